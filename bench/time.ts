// Times the time axis: `npm run bench:time`.
// 1,048,575 invoice lines over 24 months (Excel date serials, as Range.values gives them) of
// 20,000 customers; analyze(grid) with the time axis against analyze(grid, { time: false }) on
// the same grid (target: at most 1.5x). Then the run record's size for 10,000 customers x 36 runs.
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { analyze } from "../src/core/analyze";
import {
  encodeRunRecord,
  recordPieces,
  RECORD_PIECE_CHARS,
  type RunRecord,
} from "../src/core/time/runRecord";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** mulberry32, seeded: every run times the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROWS = 1_048_575;
const CUSTOMERS = 20_000;
const FIRST_SERIAL = 45627; // 2024-12-01
const DAYS = 730; // 24 months

/** Invoice lines: Kundennummer, Kunde, Rechnungsdatum (serial or "dd.mm.yyyy"), Umsatz. */
function invoiceGrid(textDates: boolean): (string | number)[][] {
  const rnd = prng(7);
  const grid: (string | number)[][] = new Array(ROWS + 1);
  grid[0] = ["Kundennummer", "Kunde", "Rechnungsdatum", "Umsatz"];
  const ids = Array.from({ length: CUSTOMERS }, (_, i) => ["K", String(100000 + i)].join(""));
  const names = Array.from({ length: CUSTOMERS }, (_, i) =>
    ["Kunde ", String(i).padStart(6, "0"), " GmbH"].join("")
  );
  const dates = Array.from({ length: DAYS }, (_, d) => {
    const t = new Date(Date.UTC(1899, 11, 30) + (FIRST_SERIAL + d) * 86400000);
    const p = (n: number) => String(n).padStart(2, "0");
    return [p(t.getUTCDate()), p(t.getUTCMonth() + 1), String(t.getUTCFullYear())].join(".");
  });
  for (let i = 1; i <= ROWS; i++) {
    const c = Math.min(CUSTOMERS - 1, Math.floor(CUSTOMERS * Math.pow(rnd(), 2.5)));
    const d = Math.floor(rnd() * DAYS);
    const normal = rnd() + rnd() + rnd() + rnd() - 2;
    const cents = Math.max(1, Math.round(Math.exp(6 + 2 * normal) * 100));
    grid[i] = [ids[c], names[c], textDates ? dates[d] : FIRST_SERIAL + d, cents / 100];
  }
  return grid;
}

/**
 * Both variants in turns (plain, time, plain, time, ...), so that load from elsewhere on a
 * shared machine hits both alike; the fastest run of each counts. Wall time and the process's
 * CPU time (user + system, collector threads included): on a machine shared with other work the
 * wall time also holds the time the process waited for a core, the CPU time not.
 * `collect`: a full collection before every run. It gives every run the same heap, but it also
 * throws away the optimised code that refers to objects of the run before ("weak objects" in
 * --trace-deopt), so each run then begins unoptimised; that costs the variant with more code
 * more. Both are printed: steady (no collection, the target) and after a full collection.
 */
async function fastestInTurns(
  fns: (() => void)[],
  collect: boolean,
  count = 9,
  warmUp = 4
): Promise<{ wall: number[]; cpu: number[] }> {
  const wall = fns.map(() => Infinity);
  const cpu = fns.map(() => Infinity);
  for (let i = 0; i < warmUp + count; i++) {
    for (let f = 0; f < fns.length; f++) {
      if (collect) {
        gc();
        await new Promise((r) => setTimeout(r, 100));
      }
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      fns[f]();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const c = process.cpuUsage(c0);
      if (i >= warmUp) {
        wall[f] = Math.min(wall[f], ms);
        cpu[f] = Math.min(cpu[f], (c.user + c.system) / 1000);
      }
    }
  }
  return { wall, cpu };
}

function recordSize(): void {
  const rnd = prng(11);
  const runs = 36;
  let bytes = 0;
  let pieces = 0;
  let largest = 0;
  for (let run = 0; run < runs; run++) {
    const record: RunRecord = {
      date: "2026-12-06",
      from: "2025-12",
      to: "2026-11",
      method: "fixed",
      thresholds: [80, 95],
      customers: Array.from({ length: 10_000 }, (_, i) => ({
        key: "#k" + (100000 + i),
        revenue: Math.round(Math.exp(8 + 3 * rnd()) * 100) / 100,
        class: (["A", "B", "C"] as const)[Math.floor(rnd() * 3)],
        xyz: (["X", "Y", "Z"] as const)[Math.floor(rnd() * 3)],
      })),
    };
    const text = encodeRunRecord(record);
    bytes += Buffer.byteLength(text, "utf8");
    const p = recordPieces(text);
    pieces += p.length;
    largest = Math.max(largest, ...p.map((x) => x.length));
  }
  console.log(
    `record: customers=10000 runs=${runs} bytes_per_customer=${(bytes / runs / 10000).toFixed(1)} ` +
      `bytes_per_run=${(bytes / runs / 1024).toFixed(0)}KiB total=${(bytes / 1048576).toFixed(2)}MiB ` +
      `pieces=${pieces} largest_piece_chars=${largest} (limit ${RECORD_PIECE_CHARS})`
  );
}

/** One kind of dates, in this process: its two lines. */
async function measure(textDates: boolean): Promise<void> {
  const grid = invoiceGrid(textDates);
  const variants = [() => void analyze(grid, { time: false }), () => void analyze(grid)];
  const r = analyze(grid);
  for (const collect of [false, true]) {
    const { wall, cpu } = await fastestInTurns(variants, collect);
    const [plainMs, timeMs] = wall;
    const [plainCpu, timeCpu] = cpu;
    console.log(
      `bench: dates=${textDates ? "text" : "serial"} runs=${collect ? "after_full_gc" : "steady"} ` +
        `customers=${r.summary.customers} months=${r.time?.period.months} ` +
        `plain_ms=${plainMs.toFixed(1)} time_ms=${timeMs.toFixed(1)} ` +
        `ratio=${(timeMs / plainMs).toFixed(2)} plain_cpu_ms=${plainCpu.toFixed(1)} ` +
        `time_cpu_ms=${timeCpu.toFixed(1)} cpu_ratio=${(timeCpu / plainCpu).toFixed(2)}`
    );
  }
}

/** Processes per kind of dates; the summary takes the median of their ratios. */
const PROCESSES = 3;

async function main(): Promise<void> {
  const at = process.argv.indexOf("--dates");
  if (at > 0) return measure(process.argv[at + 1] === "text");
  console.log(
    `node ${process.version}; rows=${ROWS} customers<=${CUSTOMERS}; fastest of 9 runs in turns after 4 warm-ups; ` +
      `${PROCESSES} processes per kind of dates; load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")}`
  );
  // Each kind of dates in fresh processes, as bench/core.ts does per size: the serial grid's
  // heap and the code V8 optimised for number cells do not carry over to the text dates. Several
  // processes, because now and then one process runs one variant ~1.6x slower in all of its
  // runs (the code V8 happened to make for it, or the core it got): the median ratio of three
  // is not thrown by one such process.
  const ratios = new Map<string, number[]>();
  for (const dates of ["serial", "text"]) {
    for (let p = 0; p < PROCESSES; p++) {
      const out = execFileSync(process.execPath, [__filename, "--dates", dates], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      });
      process.stdout.write(out);
      for (const m of out.matchAll(/dates=(\w+) runs=(\w+) .* ratio=([\d.]+) plain_cpu/g)) {
        const key = `dates=${m[1]} runs=${m[2]}`;
        ratios.set(key, [...(ratios.get(key) ?? []), Number(m[3])]);
      }
    }
  }
  for (const [key, rs] of ratios) {
    const sorted = [...rs].sort((a, b) => a - b);
    console.log(
      `summary: ${key} median_ratio=${sorted[sorted.length >> 1].toFixed(2)} ` +
        `ratios=${rs.map((r) => r.toFixed(2)).join(",")} (target <= 1.5)`
    );
  }
  recordSize();
}

void main();
