// Writes the end-to-end benchmark input: `node dist-cli/bench/makeCsv.js FILE [ROWS]`.
// Comma-separated, header "customer,revenue", amounts with a decimal point and cents.
import { writeFileSync } from "node:fs";
import { makeRows } from "./data";

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node dist-cli/bench/makeCsv.js FILE [ROWS]");
  process.exit(2);
}
const n = rowsArg ? Number(rowsArg) : 1_048_575;
const { names, values } = makeRows(n);
const lines: string[] = new Array(n + 1);
lines[0] = "customer,revenue";
for (let i = 0; i < n; i++) lines[i + 1] = names[i] + "," + values[i].toFixed(2);
writeFileSync(file, lines.join("\n") + "\n");
console.log(`${file}: ${n} rows, ${new Set(names).size} customers`);
