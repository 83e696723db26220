// Runs the real `kam` binary (compiled by `npm run build:cli`, which `npm test` runs before jest).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "kam.js");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function kam(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env): Run {
  if (!existsSync(join(ROOT, "dist-cli", "src", "cli", "main.js")))
    throw new Error("dist-cli is missing: run npm run build:cli before these tests");
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env,
    encoding: "utf8",
    maxBuffer: 1 << 28, // the default 1 MB stops a large output
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder, removed after the file's tests. */
export function tempDir(): {
  dir: string;
  file: (name: string, content: string | Uint8Array) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), "kam-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

export function json(run: Run): Record<string, unknown> & JsonResult {
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown> & JsonResult;
}

export interface JsonCustomer {
  rank: number;
  customer: string;
  customerId?: string | null;
  value: number;
  share: number;
  cumulativeShare: number;
  class: "A" | "B" | "C";
  reason: string;
}

export interface JsonResult {
  method: string;
  thresholds: [number, number] | null;
  summary: {
    customers: number;
    total: number;
    n80: number;
    gini: number;
    hhi: number;
    classes: Record<"A" | "B" | "C", { count: number; value: number; share: number }>;
  };
  customers: JsonCustomer[];
  excluded: { customer: string; value: number; reason: string }[];
  warnings: string[];
  issues: { row: number; text: string }[];
}
