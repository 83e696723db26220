import * as fs from "fs";
import * as path from "path";

/**
 * The acceptance data beside the repository (../shared/reference, where CI lays it too). A git
 * worktree in a folder of worktrees has it a level further up: the nearest one above wins.
 */
export const SHARED_REFERENCE = findShared(path.resolve(__dirname, "../.."));

function findShared(repoRoot: string): string {
  for (let dir = path.dirname(repoRoot); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared", "reference");
    if (fs.existsSync(candidate)) return candidate;
    if (dir === path.dirname(dir)) return path.resolve(repoRoot, "../shared/reference");
  }
}

export const REFERENCE_DIR = path.join(SHARED_REFERENCE, "computed-abc");

export function readReference<T>(name: string): T {
  const file = path.join(REFERENCE_DIR, name);
  if (!fs.existsSync(file)) throw new Error(`Reference data missing: ${file}`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

/** The Swiss communes as a grid with header, as the add-in would read it from a sheet. */
export function swissGrid(): (string | number)[][] {
  const text = fs.readFileSync(path.join(REFERENCE_DIR, "swiss_inhabitants.csv"), "utf8");
  const lines = text.trim().split(/\r?\n/);
  return lines.map((line, i) => {
    const [name, value] = line.split(",");
    return i === 0 ? [name, value] : [name, Number(value)];
  });
}
