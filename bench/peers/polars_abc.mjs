// ABC analysis in Polars, a yardstick for `kam analyze` in bench/e2e.sh (see pandas_abc.py for
// the rules). usage: node bench/peers/polars_abc.mjs IN.csv OUT.csv
import { createRequire } from "node:module";
import process from "node:process";

const pl = createRequire(import.meta.url)("nodejs-polars");
const [src, dst] = process.argv.slice(2);
if (!src || !dst) {
  process.stderr.write("usage: node bench/peers/polars_abc.mjs IN.csv OUT.csv\n");
  process.exit(2);
}
const rows = pl.readCSV(src, { dtypes: { customer: pl.Utf8, revenue: pl.Float64 } });
const sums = rows
  .withColumns(pl.col("customer").str.strip().str.toLowerCase().alias("key"))
  .groupBy("key")
  .agg(pl.col("customer").first(), pl.col("revenue").sum().alias("value"))
  .filter(pl.col("value").gtEq(0))
  .sort("value", true);
const total = sums.getColumn("value").sum();
const ranked = sums
  .withColumns(pl.col("value").div(total).alias("share"))
  .withColumns(pl.col("share").cumSum().alias("cumulative_share"))
  .withColumns(
    pl
      .when(pl.col("cumulative_share").minus(pl.col("share")).lt(0.8))
      .then(pl.lit("A"))
      .when(pl.col("cumulative_share").minus(pl.col("share")).lt(0.95))
      .then(pl.lit("B"))
      .otherwise(pl.lit("C"))
      .alias("cls")
  )
  // Equal revenue is never split at a limit: a tie takes the class of its first member.
  .withColumns(pl.col("cls").min().over("value").alias("class"))
  .withRowIndex("rank", 1)
  .select("rank", "customer", "value", "share", "cumulative_share", "class");
ranked.writeCSV(dst);
