#!/usr/bin/env node
// Entry point of `kam`; the command line itself is TypeScript compiled to dist-cli/.
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const compiled = path.join(__dirname, "..", "dist-cli", "src", "cli", "main.js");
if (!fs.existsSync(compiled)) {
  process.stderr.write("kam: the command line is not compiled yet; run npm run build:cli first.\n");
  process.exitCode = 1;
} else {
  // A reader that closes the pipe early (kam ... | head) is not an error.
  process.stdout.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  require(compiled)
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((e) => {
      process.stderr.write(`kam: unexpected error: ${e && e.stack ? e.stack : e}\n`);
      process.exitCode = 1;
    });
}
