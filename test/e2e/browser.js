// Which Chromium the browser tests drive. In this order:
//   1. CHROMIUM_PATH (or CHROME_PATH, the name chrome-launcher and Lighthouse read): that executable;
//   2. a system Chromium or Chrome: on PATH, then the usual install locations;
//   3. the Chromium inside the npm package @sparticuz/chromium (a devDependency), so that
//      `npm install && npm test` works on a machine without a browser and without apt.
// E2E_BROWSER=system or E2E_BROWSER=packaged skips the other kinds (to test each one on purpose).
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

/** Flags for every kind: no first-run UI and no traffic besides the pages under test. */
const COMMON_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const ON_PATH = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
const LOCATIONS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function which(name) {
  try {
    const cmd = process.platform === "win32" ? "where" : "which";
    const out = execFileSync(cmd, [name], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const first = out.split(/\r?\n/)[0].trim();
    return first && isExecutable(first) ? first : null;
  } catch {
    return null;
  }
}

function systemBrowser() {
  for (const name of ON_PATH) {
    const found = which(name);
    if (found) return found;
  }
  return LOCATIONS.find(isExecutable) || null;
}

/**
 * Unpacks the packaged Chromium once per version into the temp folder and returns its launch
 * options. The package unpacks into os.tmpdir() itself; pointing TMPDIR at a fresh folder and
 * renaming it into place keeps two test runs (or another version in /tmp/chromium) from seeing a
 * half-written binary.
 */
async function packagedBrowser() {
  let chromium;
  try {
    chromium = require("@sparticuz/chromium");
  } catch {
    return null;
  }
  if (process.platform !== "linux" || process.arch !== "x64") return null;
  const buildDir = path.dirname(require.resolve("@sparticuz/chromium"));
  const pkgDir = path.resolve(buildDir, "..", "..");
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
  const home = path.join(os.tmpdir(), `kaa-chromium-${version}`);
  if (!isExecutable(path.join(home, "chromium"))) await unpack(chromium, pkgDir, home, buildDir);
  return {
    kind: `Chromium ${version} from @sparticuz/chromium`,
    executablePath: path.join(home, "chromium"),
    // The package's flags (single process, no zygote, headless shell) are what its build runs with.
    args: [...new Set([...chromium.args, ...COMMON_ARGS])],
    env: {
      ...process.env,
      // NSS and expat ship in the package for machines without them; always taking them keeps
      // the packaged browser the same on every machine.
      LD_LIBRARY_PATH: [process.env.LD_LIBRARY_PATH, path.join(home, "al2023", "lib")]
        .filter(Boolean)
        .join(":"),
      FONTCONFIG_FILE: path.join(home, "fonts.conf"),
    },
  };
}

async function unpack(chromium, pkgDir, home, buildDir) {
  const staging = fs.mkdtempSync(`${home}-unpacking-`);
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await chromium.executablePath();
    // The package unpacks these libraries only on Amazon Linux; its own inflate does it here.
    const { inflate } = require(path.join(buildDir, "lambdafs.cjs"));
    await inflate(path.join(pkgDir, "bin", "al2023.tar.br"));
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  // The package's fonts.conf names Lambda's folders; this one adds the system's fonts (when there
  // are any) and the package's Open Sans where it was unpacked.
  fs.writeFileSync(
    path.join(staging, "fonts.conf"),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${path.join(home, "fonts")}</dir>
  <cachedir>${path.join(home, "fonts-cache")}</cachedir>
</fontconfig>
`
  );
  try {
    fs.renameSync(staging, home);
  } catch (err) {
    // Another run finished first: use its copy.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!isExecutable(path.join(home, "chromium"))) throw err;
  }
}

/** Launch options for playwright-core: { kind, executablePath, args, env? }. */
async function findBrowser() {
  const named = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
  const mode = process.env.E2E_BROWSER || "auto";
  if (named) {
    if (!isExecutable(named))
      throw new Error(`CHROMIUM_PATH/CHROME_PATH: no executable at ${named}`);
    return { kind: `${named} (CHROMIUM_PATH)`, executablePath: named, args: COMMON_ARGS };
  }
  if (mode !== "packaged") {
    const found = systemBrowser();
    if (found) return { kind: found, executablePath: found, args: COMMON_ARGS };
  }
  if (mode !== "system") {
    const packaged = await packagedBrowser();
    if (packaged) return packaged;
  }
  throw new Error(
    mode === "packaged"
      ? "E2E_BROWSER=packaged: @sparticuz/chromium is not installed or does not run on " +
          `${process.platform}-${process.arch}; run \`npm install\`.`
      : "No Chromium or Chrome found. Install one, set CHROMIUM_PATH to it, or run `npm install` " +
          "on Linux x64 to get the packaged Chromium (@sparticuz/chromium)."
  );
}

module.exports = { findBrowser };
