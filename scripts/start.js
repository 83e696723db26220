#!/usr/bin/env node
// `npm start`: on Windows and macOS build, start the https dev server and sideload the add-in
// into Excel desktop; elsewhere (Linux, CI) start the dev server and print the URLs to open.
// The Office tools are reached through npx with exact versions: they need native modules and
// downloads that fail on Linux, so they are not dependencies (see docs/taskpane.md).
const { spawn, spawnSync } = require("child_process");
const path = require("path");

const DEV_CERTS = "office-addin-dev-certs@3.0.0";
const DEBUGGING = "office-addin-debugging@7.0.0";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const root = path.resolve(__dirname, "..");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(cmd, args) {
  console.log(`> ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (r.status !== 0) {
    console.error(`${cmd} ${args[0]} failed (exit ${r.status}).`);
    process.exit(r.status || 1);
  }
}

if (process.platform === "win32" || process.platform === "darwin") {
  // Trusted localhost certificates; webpack.config.js picks them up from ~/.office-addin-dev-certs.
  run(npx, ["--yes", DEV_CERTS, "install"]);
  run(npm, ["run", "build:dev"]);
  // Starts the dev server unless one already runs on the port, then sideloads into Excel.
  run(npx, [
    "--yes",
    DEBUGGING,
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npx webpack serve --mode development",
    "--dev-server-port",
    String(PORT),
  ]);
  console.log("Excel opens with the add-in: Home > Analyze customers. `npm run stop` ends it.");
} else {
  const base = `https://localhost:${PORT}`;
  // webpack-cli straight from node_modules: no npm layer between the signals and the server.
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const server = spawn(process.execPath, [cli, "serve", "--mode", "development"], {
    cwd: root,
    stdio: ["inherit", "pipe", "inherit"],
  });
  let told = false;
  // The URLs come after the first build, so they are not buried in webpack's output.
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (told || !/compiled/.test(String(chunk))) return;
    told = true;
    console.log("");
    console.log(`Playground (pane + simulated workbook): ${base}/playground.html`);
    console.log(`Task pane (needs Excel):                ${base}/taskpane.html`);
    console.log(
      "Excel on the web: open a workbook, Insert > Add-ins > Upload My Add-in, choose manifest.xml."
    );
    console.log("The certificate is self-signed: accept it once in the browser. Ctrl+C stops.");
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}
