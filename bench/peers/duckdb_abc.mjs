// ABC analysis in DuckDB, a yardstick for `kam analyze` in bench/e2e.sh (see pandas_abc.py for
// the rules). usage: node bench/peers/duckdb_abc.mjs IN.csv OUT.csv
import process from "node:process";
import { DuckDBInstance } from "@duckdb/node-api";

const [src, dst] = process.argv.slice(2);
if (!src || !dst) {
  process.stderr.write("usage: node bench/peers/duckdb_abc.mjs IN.csv OUT.csv\n");
  process.exit(2);
}
const quote = (s) => "'" + s.replaceAll("'", "''") + "'";
const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
await con.run(`
COPY (
  WITH rows AS (
    SELECT customer, revenue, lower(trim(customer)) AS key
    FROM read_csv(${quote(src)}, header = true, columns = {'customer': 'VARCHAR', 'revenue': 'DOUBLE'})
  ),
  sums AS (
    SELECT key, first(customer ORDER BY rowid) AS customer, sum(revenue) AS value
    FROM (SELECT *, row_number() OVER () AS rowid FROM rows)
    GROUP BY key HAVING sum(revenue) >= 0
  ),
  ranked AS (
    SELECT customer, value, value / sum(value) OVER () AS share,
           row_number() OVER (ORDER BY value DESC) AS rank
    FROM sums
  ),
  running AS (
    SELECT *, sum(share) OVER (ORDER BY rank ROWS UNBOUNDED PRECEDING) AS cumulative_share
    FROM ranked
  ),
  classed AS (
    SELECT *, CASE WHEN cumulative_share - share < 0.8 THEN 'A'
                   WHEN cumulative_share - share < 0.95 THEN 'B' ELSE 'C' END AS cls
    FROM running
  )
  -- Equal revenue is never split at a limit: a tie takes the class of its first member.
  SELECT rank, customer, value, share, cumulative_share, min(cls) OVER (PARTITION BY value) AS class
  FROM classed ORDER BY rank
) TO ${quote(dst)} (HEADER, DELIMITER ',')`);
