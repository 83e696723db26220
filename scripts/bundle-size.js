#!/usr/bin/env node
// Prints the gzip size of every JavaScript asset in dist/ and checks the budgets: the scripts
// taskpane.html loads, plus its analysis worker, must stay under 250 KB gzip; the worksheet
// functions (functions.js, loaded by Excel's custom functions runtime) under 40 KB.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const DIST = path.resolve(__dirname, "..", "dist");
const BUDGET_KB = 250;
const FUNCTIONS_BUDGET_KB = 40;

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8) + " KB";
const files = fs
  .readdirSync(DIST)
  .filter((f) => f.endsWith(".js"))
  .sort();
if (files.length === 0) {
  console.error("bundle-size: no JavaScript in dist/; run webpack first.");
  process.exit(1);
}

console.log("asset".padEnd(40) + "     minified         gzip");
const sizes = {};
for (const f of files) {
  const buf = fs.readFileSync(path.join(DIST, f));
  sizes[f] = zlib.gzipSync(buf, { level: 9 }).length;
  console.log(f.padEnd(40) + kb(buf.length) + "   " + kb(sizes[f]));
}

// What the task pane page loads up front: the <script src> tags of taskpane.html (office.js aside).
const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
// Minified HTML may drop the quotes: src=taskpane.js.
const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
  .map((m) => m[1] || m[2] || m[3])
  .filter((src) => !/^https?:/.test(src))
  .map((src) => path.basename(src.split("?")[0]));
// The analysis worker loads with the first analysis: it counts towards the pane as well.
if (sizes["analysis.worker.js"]) scripts.push("analysis.worker.js");
const total = scripts.reduce((s, f) => s + (sizes[f] || 0), 0);
console.log("");
console.log(
  `task pane total (${scripts.join(", ")}): ${kb(total).trim()} gzip, budget ${BUDGET_KB} KB`
);
// Chunks the pane loads on first use (the writers of the sheets, the analysis without a worker):
// not part of the start-up budget, printed so that their growth is seen too.
const startUp = new Set([
  ...scripts,
  "functions.js",
  "commands.js",
  "fakehost.js",
  "playground.js",
]);
const onDemand = files.filter((f) => !startUp.has(f));
if (onDemand.length > 0) {
  const lazy = onDemand.reduce((s, f) => s + sizes[f], 0);
  console.log(
    `loaded by the task pane on first use (${onDemand.join(", ")}): ${kb(lazy).trim()} gzip`
  );
}
if (total > BUDGET_KB * 1024) {
  console.error(`bundle-size: the task pane is over its ${BUDGET_KB} KB gzip budget.`);
  process.exit(1);
}

// The worksheet functions load in every workbook session where they are used: keep them lean.
if (sizes["functions.js"] === undefined) {
  console.error("bundle-size: dist/functions.js is missing.");
  process.exit(1);
}
console.log(
  `worksheet functions (functions.js): ${kb(sizes["functions.js"]).trim()} gzip, budget ${FUNCTIONS_BUDGET_KB} KB`
);
if (sizes["functions.js"] > FUNCTIONS_BUDGET_KB * 1024) {
  console.error(
    `bundle-size: the worksheet functions are over their ${FUNCTIONS_BUDGET_KB} KB gzip budget.`
  );
  process.exit(1);
}

// The add-in never evaluates code from strings (DEVELOPERS.md: no eval); guard the shipped bundles.
const evalLike = /\beval\(|new Function\(/;
const offenders = files.filter((f) => evalLike.test(fs.readFileSync(path.join(DIST, f), "utf8")));
if (offenders.length > 0) {
  console.error(`bundle-size: eval or new Function in ${offenders.join(", ")}.`);
  process.exit(1);
}
console.log("no eval or new Function in any bundle");
