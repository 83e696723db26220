// Times the analysis core on generated grids: `npm run bench`.
// Core = analyze(grid, { method: "fixed" }) on a grid built beforehand: reading the table,
// summing per customer, ranking, classes and figures. Float64Array.prototype.sort on a fresh
// copy of the same row values is the yardstick (ratio = core / sort).
// Each size runs in a fresh process (this script with --size N), so that one size's heap and
// allocator state do not carry over into the next; peak_rss_mb is that process's peak resident
// set as the kernel counts it (getrusage ru_maxrss, not sampled): input grid, warm-ups, runs.
import { execFileSync } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { analyze } from "../src/core/analyze";
import { type Method } from "../src/core/types";
import { makeRows, toGrid } from "./data";

const SIZES = [10_000, 100_000, 1_048_575];

// A full collection before every timed run, so that each run starts from the same heap and
// does not pay for the garbage of the one before (the npm script cannot pass --expose-gc).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const GC_BETWEEN_RUNS = process.env.BENCH_GC !== "0";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const MB = 1048576;

/**
 * Median wall time of `count` runs of `fn` after `warmUp` untimed runs (which let V8 optimise);
 * `prepare` runs untimed before each run.
 */
async function runs<T>(
  count: number,
  warmUp: number,
  prepare: () => T,
  fn: (input: T) => void
): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < warmUp + count; i++) {
    if (GC_BETWEEN_RUNS) await settle();
    const input = prepare();
    const t0 = process.hrtime.bigint();
    fn(input);
    const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i >= warmUp) ms.push(elapsed);
  }
  return median(ms);
}

/** Collects garbage, then idles so that the collector's background threads are done. */
async function settle(): Promise<void> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 100));
}

async function heapMb(): Promise<number> {
  await settle();
  const m = process.memoryUsage();
  return (m.heapUsed + m.external) / MB; // external includes arrayBuffers
}

const analyzeWith = (method: Method) => (grid: (string | number)[][]) =>
  void analyze(grid, { method });

/** One size, in this process: prints its line and then the "bench:" line. */
async function measure(n: number): Promise<void> {
  const rows = makeRows(n);
  const { values } = rows;
  const grid = toGrid(rows);
  const inputMb = await heapMb();
  const count = n > 500_000 ? 3 : 5;
  const warmUp = n > 500_000 ? 1 : 3;
  const fixedMs = await runs(count, warmUp, () => grid, analyzeWith("fixed"));
  const computedMs = await runs(count, warmUp, () => grid, analyzeWith("computed"));
  const sortMs = await runs(
    count,
    warmUp,
    () => values.slice(),
    (copy) => void copy.sort()
  );
  // What a result keeps alive: the table, the customers and the ranking.
  const before = await heapMb();
  const result = analyze(grid, { method: "fixed" });
  const resultMb = (await heapMb()) - before;
  const ratio = fixedMs / sortMs;
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / MB; // maxRSS is in KiB
  console.log(
    `rows=${n} customers=${result.summary.customers} fixed_ms=${fixedMs.toFixed(1)} ` +
      `computed_ms=${computedMs.toFixed(1)} sort_ms=${sortMs.toFixed(1)} ratio=${ratio.toFixed(2)} ` +
      `input_heap_mb=${inputMb.toFixed(0)} result_heap_mb=${resultMb.toFixed(0)} ` +
      `peak_rss_mb=${peakRssMb.toFixed(0)}`
  );
  console.log(
    `bench: rows=${n} ms=${fixedMs.toFixed(1)} sort_ms=${sortMs.toFixed(1)} ratio=${ratio.toFixed(2)}`
  );
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--size");
  if (at > 0) return measure(Number(process.argv[at + 1]));
  console.log(
    `node ${process.version}; median of 5 runs after 3 warm-ups (3 after 1 for the largest); ` +
      "full GC before each run; one process per size, peak RSS of that process"
  );
  let last = "";
  for (const n of SIZES) {
    const out = execFileSync(process.execPath, [__filename, "--size", String(n)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines = out.trim().split("\n");
    last = lines.pop() ?? "";
    for (const line of lines) console.log(line);
  }
  console.log(last);
}

void main();
