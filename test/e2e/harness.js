// Browser-test plumbing: a static server for dist/, Chromium through playwright-core, pages with
// the fake Excel host installed before the task pane bundle runs, and small helpers.
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");
const { findBrowser } = require("./browser");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SHOTS = path.join(__dirname, "screenshots");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  // The custom functions metadata (functions.json, functions.de.json), as Excel fetches it.
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".css": "text/css",
};

/** Serves dist/ over plain http on a random localhost port. */
function serveDist() {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url || "/").split("?")[0]);
    const file = path.join(DIST, path.normalize(url === "/" ? "/taskpane.html" : url));
    if (!file.startsWith(DIST)) {
      res.statusCode = 403;
      return res.end();
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.statusCode = 404;
        return res.end("not found");
      }
      res.setHeader("content-type", TYPES[path.extname(file)] || "application/octet-stream");
      res.end(data);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, base: `http://127.0.0.1:${server.address().port}` })
    )
  );
}

async function launch() {
  const browser = await findBrowser();
  console.log(`e2e: browser ${browser.kind}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaa-e2e-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: browser.executablePath,
    args: browser.args,
    env: browser.env,
    headless: true,
    viewport: { width: 350, height: 900 },
  });
  // office.js comes from Microsoft's CDN in production; the fake host stands in for it here.
  await context.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "" })
  );
  return { context, dir };
}

const LIGHT = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
};
const DARK = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#333333",
  controlForegroundColor: "#FFFFFF",
};

/**
 * A page of the real task pane with the fake host installed first. `seed` is a function source
 * run in the page that returns createFakeHost options (it may use window.sampleInvoices).
 */
async function openPane(
  env,
  { lang = "en", dark = false, seed, page: pageName = "taskpane.html" }
) {
  const page = await env.context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  // The add-in may load office.js and its own files, nothing else.
  page.on("request", (r) => {
    const u = r.url();
    if (
      !u.startsWith(env.base) &&
      !u.startsWith("https://appsforoffice.microsoft.com/") &&
      !u.startsWith("data:")
    )
      problems.push(`unexpected request: ${u}`);
  });
  if (pageName === "taskpane.html") {
    await page.addInitScript({ path: path.join(DIST, "fakehost.js") });
    await page.addInitScript(
      `(() => {
        const opts = (${seed || "() => ({})"})();
        const run = opts.run;
        delete opts.run;
        opts.displayLanguage = ${JSON.stringify(lang === "de" ? "de-DE" : "en-US")};
        opts.theme = ${JSON.stringify(dark ? DARK : LIGHT)};
        const host = window.createFakeHost(opts);
        // A stored run (as saveRun writes it): the workbook of a later month.
        if (run) host.workbook.setSetting("kamAnalyzer.run", JSON.stringify(run));
        host.install(window);
        window.__fakeHost = host;
      })();`
    );
  }
  await page.goto(`${env.base}/${pageName}`);
  page.problems = problems;
  return page;
}

function assert(cond, message) {
  if (!cond) throw new Error(`assertion failed: ${message}`);
}

/** A screenshot of the whole page, or with `fullPage` false of what the pane shows at once. */
async function shot(page, name, fullPage = true) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Presses Tab until the element matching `selector` has focus (keyboard-only flow). */
async function tabTo(page, selector, max = 120) {
  for (let i = 0; i < max; i++) {
    const hit = await page.evaluate(
      (sel) => !!document.activeElement && document.activeElement.matches(sel),
      selector
    );
    if (hit) return i;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Runs axe-core and returns serious or critical violations. */
async function axeCheck(page) {
  await page.addScriptTag({ path: path.join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  const result = await page.evaluate(async () => {
    // Tabster (Fluent's focus manager, e.g. in TabList) adds <i data-tabster-dummy tabindex=0
    // aria-hidden> around arrow-key groups that only pass focus on; a known false positive of
    // aria-hidden-focus, "by design" (microsoft/fluentui#27517, microsoft/tabster#288).
    // eslint-disable-next-line no-undef
    const r = await axe.run(
      { include: [document], exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] }
    );
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

module.exports = { DIST, SHOTS, serveDist, launch, openPane, assert, shot, tabTo, axeCheck };
