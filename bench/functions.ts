// Times the worksheet functions as Excel calls them, with the arguments a range gives (one array
// per row): `npm run bench:functions`. =KAM.ABC over 100,000 values (fixed and computed) and
// =KAM.PARETO over 1,048,575 rows (a full sheet below its header), median of several calls.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { kamAbc } from "../src/functions/abc";
import { kamPareto } from "../src/functions/pareto";
import { makeRows } from "./data";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Median milliseconds of `count` calls after `warmUp` untimed ones, each after a collection. */
function time(count: number, warmUp: number, fn: () => unknown): number {
  const ms: number[] = [];
  for (let i = 0; i < warmUp + count; i++) {
    gc();
    const t0 = process.hrtime.bigint();
    fn();
    if (i >= warmUp) ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(ms);
}

const column = <T>(xs: ArrayLike<T>): T[][] => Array.from(xs, (x) => [x]);
const line = (name: string, rows: number, ms: number) =>
  console.log(
    `${name.padEnd(34)} ${rows.toLocaleString("en-US").padStart(9)} rows  ${ms.toFixed(1).padStart(8)} ms/call  ${((ms * 1e6) / rows).toFixed(0).padStart(5)} ns/row`
  );

console.log(`node ${process.version}, ${new Date().toISOString()}`);
const abcRows = makeRows(100_000);
const abcValues = column(abcRows.values);
line(
  "=KAM.ABC(values)",
  abcValues.length,
  time(9, 3, () => kamAbc(abcValues))
);
line(
  '=KAM.ABC(values,,,"computed")',
  abcValues.length,
  time(9, 3, () => kamAbc(abcValues, null, null, "computed"))
);
const full = makeRows(1_048_575);
const customers = column(full.names);
const values = column(full.values);
line(
  "=KAM.PARETO(customers, values)",
  values.length,
  time(5, 1, () => kamPareto(customers, values))
);
line(
  "=KAM.PARETO(customers, values, 20)",
  values.length,
  time(5, 1, () => kamPareto(customers, values, 20))
);
