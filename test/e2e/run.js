#!/usr/bin/env node
// Browser tests of the production build: the real task pane bundle from dist/ in Chromium, with
// the fake Excel host installed before it runs. Asserts on the fake workbook, not only the DOM.
// Prints "e2e: N passed, M failed" and exits non-zero on any failure.
const fs = require("fs");
const path = require("path");
const h = require("./harness");
const { assert, shot } = h;

const SHEET = "Rechnungen";
/** createFakeHost options, as page source: the playground's German sample invoices. */
const SAMPLE = `() => ({ sheets: { ${SHEET}: window.sampleInvoices() }, selection: "${SHEET}!B5" })`;

const T = {
  en: {
    useSelection: "Use selection",
    n80: /^\d+ of \d+ customers \(\d+\.\d%\) makes? 80% of revenue\.$/,
    headline: /^A: \d+ customers? \(\d+%\) = [\d.]+% of revenue$/,
    done: {
      columns: /^Wrote the class columns to Rechnungen!G1:J\d+\.$/,
      analysis: /^Wrote the analysis sheet “.+”\.$/,
      kam: /^Wrote the KAM planning on sheet “.+”\.$/,
      onePager: /^Wrote the one-pager on sheet “.+”\.$/,
    },
    checkSelection: "Check the selection",
    classHeader: "Class",
    selectFirst: "Select a range with a header and at least two customers",
    computed: "Computes the class limits from the shape of your data's ABC curve",
    refresh: "Refreshed:",
  },
  de: {
    useSelection: "Auswahl verwenden",
    n80: /^\d+ von \d+ Kunden \(\d+,\d\s%\) machen? 80\s% des Umsatzes aus\.$/,
    headline: /^A: \d+ Kunden? \(\d+\s%\) = [\d,]+\s% des Umsatzes$/,
    done: {
      columns: /^Klassenspalten in Rechnungen!G1:J\d+ geschrieben\.$/,
      analysis: /^Analyseblatt „.+“ geschrieben\.$/,
      kam: /^KAM-Planung auf Blatt „.+“ geschrieben\.$/,
      onePager: /^One-Pager auf Blatt „.+“ geschrieben\.$/,
    },
    checkSelection: "Auswahl prüfen",
    classHeader: "ABC-Klasse",
    selectFirst: "Markieren Sie einen Bereich mit Überschrift und mindestens zwei Kunden",
    computed: "Berechnet die Klassengrenzen aus der Form der ABC-Kurve",
    refresh: "Aktualisiert:",
  },
};

const tid = (id) => `[data-testid="${id}"]`;
const text = (page, id) => page.textContent(tid(id));
const wb = (page, fn, arg) => page.evaluate(fn, arg);

/** Class counts A, B, C as shown in the pane's class table. */
async function classCounts(page) {
  return page.$$eval(`${tid("class-table")} tbody tr`, (rows) =>
    rows.map((r) => Number(r.children[1].textContent.replace(/[^\d]/g, "")))
  );
}

/** Waits for the analysis to settle: no re-run pending or running, results (or an error) shown. */
async function settled(page, timeout = 30000) {
  await page.waitForFunction(
    () =>
      document.querySelector("main[data-pending='false']") &&
      !document.querySelector('[data-testid="progress"] [role="progressbar"]') &&
      // Results show on the Results step, the data quality on the Data step.
      (document.querySelector('[data-testid="n80"]') ||
        document.querySelector('[data-testid="quality"]') ||
        document.querySelector('[data-testid="notice-error"]') ||
        document.querySelector('[data-testid="notice-warning"]')),
    null,
    { timeout }
  );
}

/** Settles, then waits until the results name the expected method (a re-run really happened). */
async function settledOn(page, method, timeout = 30000) {
  await page.waitForFunction(
    (m) => {
      const used = document.querySelector('[data-testid="method-used"]');
      return used && used.textContent.includes(m);
    },
    method,
    { timeout }
  );
  await settled(page, timeout);
}

async function pickOption(page, dropdownId, optionText) {
  await page.click(tid(dropdownId));
  await page.getByRole("option", { name: optionText, exact: false }).first().click();
}

/**
 * Asserts that an element lies inside the visible area without scrolling: its bounding box within
 * the viewport and its centre not covered by anything else (the sticky strip, say).
 */
async function inView(page, selector, what = selector) {
  const r = await page.$eval(selector, (el) => {
    const b = el.getBoundingClientRect();
    const hit = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
    return {
      top: Math.round(b.top),
      bottom: Math.round(b.bottom),
      left: Math.round(b.left),
      right: Math.round(b.right),
      width: window.innerWidth,
      height: window.innerHeight,
      covered: !hit || !(el === hit || el.contains(hit) || hit.contains(el)),
    };
  });
  assert(
    r.top >= 0 && r.left >= 0 && r.bottom <= r.height && r.right <= r.width && !r.covered,
    `${what} is in view without scrolling: ${JSON.stringify(r)}`
  );
}

/** Opens a step of the first analysis (Data · Results · Write). */
async function openStep(page, step) {
  await page.click(tid(`step-${step}`));
  await page.waitForSelector(tid(`panel-${step}`));
}

/** Plans and confirms one action; the plan and then the one-line outcome are in view. */
async function runAction(page, kind) {
  if (!(await page.$(tid("panel-write")))) await openStep(page, "write");
  await page.click(tid(`action-${kind}-start`));
  await page.waitForSelector(tid(`action-${kind}-plan`));
  await inView(page, tid(`action-${kind}-confirm`), `${kind}: Confirm`);
  const plan = (await text(page, `action-${kind}-plan`)).trim();
  assert(plan.length > 10, `${kind}: the plan says what it will touch (${plan})`);
  await page.click(tid(`action-${kind}-confirm`));
  await page.waitForSelector(`${tid("outcome")}[data-kind="${kind}"]`, { timeout: 60000 });
  await inView(page, tid("outcome"), `${kind}: confirmation`);
  assert((await page.$$(tid("outcome"))).length === 1, "confirmations do not pile up");
  return plan;
}

/** The header cells right of the data (columns G...) on the data sheet. */
function classHeaders(page) {
  return wb(
    page,
    (sheet) => {
      const ws = window.__fakeHost.workbook.getSheet(sheet);
      const out = [];
      for (let c = 6; c < 14; c++) out.push(ws.getValue(0, c));
      return out;
    },
    SHEET
  );
}

/** The KAM plan table of the fake workbook: header row and body rows. */
function kamPlan(page) {
  return wb(page, () => {
    const w = window.__fakeHost.workbook;
    const t = w.table("KAM_Plan");
    return w.getSheet(t.sheet).getValues(t.address.slice(t.address.lastIndexOf("!") + 1));
  });
}

/** The plan row of a customer as { header: value }, or null. */
async function planRowOf(page, name) {
  const [header, ...rows] = await kamPlan(page);
  const col = header.findIndex((h) => h === "Customer" || h === "Kunde");
  const row = rows.find((r) => r[col] === name);
  return row ? Object.fromEntries(header.map((h, i) => [h, row[i]])) : null;
}

/**
 * Picks a customer by hand: the third one offered (not class A, so B or C), found again by typing
 * part of its name. Returns its name.
 */
async function pickCustomer(page, tag) {
  const search = `${tid("kam-pick")} input`;
  await page.click(search);
  // A multiselect Combobox lists its options as menuitemcheckbox elements.
  const options = page.locator('.fui-Combobox__listbox .fui-Option:not([aria-disabled="true"])');
  await options.nth(2).waitFor();
  const name = (await options.nth(2).innerText()).split("\n")[0].trim();
  const meta = await options.nth(2).innerText();
  assert(/(class|Klasse) [BC]/.test(meta), `a B or C customer is offered: ${meta}`);
  await page.fill(search, name.slice(2, 9));
  await shot(page, `${tag}-08-kam-search`);
  await page.locator(".fui-Combobox__listbox .fui-Option", { hasText: name }).first().click();
  await page.keyboard.press("Escape");
  const picked = await text(page, "kam-picked");
  assert(picked.includes(name), `picked list shows ${name}: ${picked}`);
  return name;
}

/** The one-pager of the first key account: picked in the KAM area, planned, confirmed, printable. */
async function onePagerStep(page, t, tag) {
  await page.click(tid("onepager-pick"));
  const first = page.locator(".fui-Combobox__listbox .fui-Option").first();
  await first.waitFor();
  const name = (await first.innerText()).replace(/ \([ABC]\)$/, "").trim();
  await first.click();
  await runAction(page, "onePager");
  assert(t.done.onePager.test(await text(page, "outcome-text")), "one-pager confirmed");
  const sheet = await wb(page, () => {
    const w = window.__fakeHost.workbook;
    const n = w.sheetNames.find((s) => /one-pager/i.test(s));
    return n ? { name: n, page: w.getSheet(n).page, customer: w.getSheet(n).getValue(3, 1) } : null;
  });
  assert(
    sheet && sheet.page.orientation === "Landscape" && sheet.page.paperSize === "A4",
    `one-pager sheet on A4 landscape: ${JSON.stringify(sheet)}`
  );
  assert(sheet.page.printArea === "A1:N35", `print area set: ${sheet.page.printArea}`);
  assert(sheet.customer === name, `one-pager of ${name}: ${sheet.customer}`);
  await shot(page, `${tag}-08-onepager`);
}

/** The full flow in one language and theme, screenshots at each step. */
async function fullFlow(env, lang, dark) {
  const t = T[lang];
  const tag = `${lang}-${dark ? "dark" : "light"}`;
  const page = await h.openPane(env, { lang, dark, seed: SAMPLE });
  await page.waitForSelector(tid("use-selection"));
  assert((await text(page, "use-selection")) === t.useSelection, "button in the Office language");
  await shot(page, `${tag}-01-start`);

  // 1. Data: the selection's block, its header row and the detected columns.
  await page.click(tid("use-selection"));
  await settled(page);
  const range = await text(page, "data-summary");
  assert(range.includes(`${SHEET}!A1:F`), `detected range ${range}`);
  const n80 = (await text(page, "n80")).replace(/\u00a0|\u202f/g, " ");
  assert(t.n80.test(n80), `n80 sentence: ${n80}`);
  const headline = (await text(page, "headline")).replace(/\u00a0|\u202f/g, " ");
  assert(t.headline.test(headline), `headline: ${headline}`);
  const fixed = await classCounts(page);
  const customers = fixed.reduce((a, b) => a + b, 0);
  assert(customers === 40, `40 customers in the sample, got ${customers}`);
  await shot(page, `${tag}-02-results`);
  await openStep(page, "data");
  assert((await text(page, "map-revenue")).includes("Umsatz"), "revenue column detected");

  // Data quality: the affected rows list and selecting them in Excel.
  await page.click(`${tid("quality")} button[aria-expanded]`);
  const affected = await text(page, "affected-rows");
  assert(
    /(Row|Zeile) 2\d\d/.test(affected),
    `affected rows name sheet rows: ${affected.slice(0, 80)}`
  );
  await page.click(tid("select-rows"));
  await page.waitForFunction(() =>
    /Rechnungen!A2\d\d:F2\d\d/.test(window.__fakeHost.workbook.selection)
  );
  const selected = await wb(page, () => window.__fakeHost.workbook.selection);
  assert(/A2\d\d:F2\d\d/.test(selected), `affected rows selected in Excel: ${selected}`);
  await shot(page, `${tag}-03-quality`);

  // Column mapping: customer by number instead of name, then back.
  await pickOption(page, "map-customer", "C: Kundennr.");
  await settled(page);
  assert((await text(page, "map-customer")).includes("Kundennr."), "mapping override shown");
  await openStep(page, "results");
  assert(
    (await classCounts(page)).reduce((a, b) => a + b, 0) === 40,
    "same 40 customers by number"
  );
  await openStep(page, "data");
  await pickOption(page, "map-margin", lang === "de" ? "(keine)" : "(none)");
  await settled(page);
  await pickOption(page, "map-customer", "D: Kunde");
  await settled(page);
  await openStep(page, "results");

  // 2. Methods: count, computed, invalid limits, back to fixed 70/90.
  await page.click(`${tid("method")} input[value="count"]`);
  await settledOn(page, lang === "de" ? "Nach Kundenanzahl" : "By customer count");
  await inView(page, tid("method-headline"), "headline next to the method");
  const byCount = await classCounts(page);
  assert(byCount[0] === 8, `top 20% of 40 customers is 8 A customers, got ${byCount}`);
  await page.click(`${tid("method")} input[value="computed"]`);
  await settledOn(page, lang === "de" ? "Aus den Daten" : "Computed from");
  assert((await text(page, "computed-explanation")).startsWith(t.computed), "computed explained");
  const computed = await classCounts(page);
  assert(computed.reduce((a, b) => a + b, 0) === 40, `computed classes ${computed}`);
  await shot(page, `${tag}-04-computed`);
  await page.click(`${tid("method")} input[value="fixed"]`);
  await page.fill(tid("threshold-a"), "96");
  await page
    .waitForSelector('[role="alert"], [id*="validationMessage"]', { timeout: 3000 })
    .catch(() => 0);
  const invalid = await page.textContent("main");
  assert(/B (must be above|muss über) A/.test(invalid), "B above A message next to the field");
  await shot(page, `${tag}-05-validation`);
  await page.click(tid("preset-70-90"));
  await settledOn(page, "70/90");
  const seventy = await classCounts(page);
  assert(
    seventy[0] <= fixed[0],
    `70/90 has no more A customers than 80/95 (${seventy} vs ${fixed})`
  );
  await page.click(tid("preset-80-95"));
  await settledOn(page, "80/95");
  assert(String(await classCounts(page)) === String(fixed), "back to 80/95 gives the first result");

  // 4. Actions: each shows its plan, then what it did; the workbook changes.
  const sheetsBefore = await wb(page, () => window.__fakeHost.workbook.sheetNames);
  await runAction(page, "columns");
  const done = (await text(page, "outcome-text")).replace(/\u00a0/g, " ");
  assert(t.done.columns.test(done), `past-tense confirmation: ${done}`);
  const headers = await classHeaders(page);
  assert(headers.includes(t.classHeader), `class column header written: ${headers}`);
  const classCol = 6 + headers.indexOf(t.classHeader);
  const classes = await wb(
    page,
    ([sheet, c]) => {
      const ws = window.__fakeHost.workbook.getSheet(sheet);
      const out = [];
      for (let r = 1; r <= 240; r++) out.push(ws.getValue(r, c));
      return out;
    },
    [SHEET, classCol]
  );
  assert(
    classes.every((v) => v === "A" || v === "B" || v === "C"),
    `class per row: ${classes.slice(0, 9)}`
  );
  await shot(page, `${tag}-06-columns`);

  await runAction(page, "analysis");
  assert(t.done.analysis.test(await text(page, "outcome-text")), "analysis sheet confirmed");
  await page.click(tid("go-to-sheet"));
  await page.waitForFunction(() => !window.__fakeHost.workbook.selection.startsWith("Rechnungen"));
  // Visible sheets only: the run record's sheet (very hidden) is added by the same write.
  const sheetsAfter = await wb(page, () =>
    window.__fakeHost.workbook.sheetNames.filter(
      (s) => window.__fakeHost.workbook.getSheet(s).visibility === "Visible"
    )
  );
  const analysisSheet = sheetsAfter.find((s) => !sheetsBefore.includes(s));
  assert(analysisSheet, `analysis sheet created: ${sheetsAfter}`);
  const charts = await wb(
    page,
    (s) => window.__fakeHost.workbook.getSheet(s).charts().length,
    analysisSheet
  );
  assert(charts >= 1, `analysis sheet has charts (${charts})`);
  await shot(page, `${tag}-07-analysis`);

  await page.click(tid("kam-roadmap"));
  const picked = await pickCustomer(page, tag);
  await shot(page, `${tag}-08-kam-pick`);
  await runAction(page, "kam");
  const kamSheets = (await wb(page, () => window.__fakeHost.workbook.sheetNames)).filter(
    (s) => !sheetsAfter.includes(s)
  );
  assert(kamSheets.length >= 1, `KAM sheets created: ${kamSheets}`);
  const pickedRow = await planRowOf(page, picked);
  assert(pickedRow, `${picked} is on the KAM plan sheet`);
  assert(
    /^[BC]$/.test(pickedRow.Class ?? pickedRow.Klasse),
    `picked as a B or C customer: ${JSON.stringify(pickedRow)}`
  );
  await shot(page, `${tag}-08-kam`);
  // The pane forgets the pick; Refresh must still use the stored run's choices.
  assert(t.done.kam.test(await text(page, "outcome-text")), "KAM planning confirmed");
  await onePagerStep(page, t, tag);
  await page.click(`${tid("kam-picked")} button`);
  await page.waitForSelector(tid("kam-picked"), { state: "detached" });

  // 5. Refresh after new rows: the stored run repeats on the grown data and rewrites outputs.
  await wb(
    page,
    (sheet) => {
      const ws = window.__fakeHost.workbook.getSheet(sheet);
      const used = ws.usedRange(true);
      const row = used.rowIndex + used.rowCount;
      for (let i = 0; i < 3; i++) {
        ws.setValue(row + i, 0, `RE-2025-${900 + i}`);
        ws.setValue(row + i, 1, "10.01.2025");
        ws.setValue(row + i, 2, "K19999");
        ws.setValue(row + i, 3, "Neukunde Nord GmbH");
        ws.setValue(row + i, 4, 50000);
        ws.setValue(row + i, 5, 9000);
      }
    },
    SHEET
  );
  // Elsewhere in the workbook, as a user would be before clicking Refresh.
  await wb(page, (s) => window.__fakeHost.workbook.select(`'${s}'!A1`), analysisSheet);
  await page.click(tid("refresh"));
  await page.waitForSelector(`${tid("outcome")}[data-kind="refresh"]`, { timeout: 60000 });
  assert((await text(page, "outcome-text")).startsWith(t.refresh), "refresh confirmed");
  await inView(page, tid("outcome"), "refresh confirmation");
  await inView(page, tid("changes"), "what changed");
  const changes = await text(page, "changes");
  assert(/40 → 41/.test(changes), `one customer more since the last run: ${changes}`);
  const grown = await classCounts(page);
  assert(grown.reduce((a, b) => a + b, 0) === 41, `41 customers after refresh, got ${grown}`);
  const newRowClass = await wb(
    page,
    ([sheet, c]) => window.__fakeHost.workbook.getSheet(sheet).getValue(246, c),
    [SHEET, classCol]
  );
  assert(newRowClass === "A", `class written for the added rows: ${newRowClass}`);
  // The analysis sheet was rewritten too: its summary counts the new customer.
  const summary = await wb(
    page,
    (sheet) => window.__fakeHost.workbook.getSheet(sheet).getValues("A1:B12"),
    analysisSheet
  );
  assert(
    summary.some((row) => row[1] === 41),
    `analysis sheet counts 41 customers: ${JSON.stringify(summary.slice(0, 5))}`
  );
  const top = await text(page, "top-customers");
  assert(top.includes("Neukunde Nord GmbH"), "the new large customer ranks at the top");
  // The customer picked by hand is still a key account after the refresh, and shown as picked.
  const refreshedRow = await planRowOf(page, picked);
  const change = String(refreshedRow?.Change ?? refreshedRow?.["Veränderung"] ?? "");
  assert(refreshedRow && !/no longer|kein Key Account/.test(change), `${picked} kept: ${change}`);
  await shot(page, `${tag}-09-refresh`);
  await openStep(page, "write");
  assert((await text(page, "kam-picked")).includes(picked), "the stored pick is shown again");

  // axe-core on the full pane, with a plan open.
  await page.click(tid("action-columns-start"));
  await page.waitForSelector(tid("action-columns-plan"));
  const violations = await h.axeCheck(page);
  assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 1)}`);
  assert(page.problems.length === 0, page.problems.join("\n"));
  await page.close();
}

/** Pane height of a laptop screen with Excel's ribbon: every step must fit without scrolling. */
const PANE_HEIGHT = 720;

/**
 * The first analysis as a new user walks it, at a pane width: Data, Results, one card per action;
 * each step's result and each confirmation are in view without scrolling.
 */
async function firstJourney(env, lang, width) {
  const t = T[lang];
  const tag = `journey-first-${lang}-${width}`;
  const page = await h.openPane(env, { lang, seed: SAMPLE });
  await page.setViewportSize({ width, height: PANE_HEIGHT });
  await page.waitForSelector(tid("use-selection"));
  await inView(page, tid("use-selection"), "Use selection");
  await shot(page, `${tag}-1-data`, false);
  await page.click(tid("use-selection"));
  await settled(page);
  await inView(page, tid("headline"), "the headline");
  await inView(page, tid("data-summary"), "the data in one line");
  await inView(page, tid("class-table"), "the classes");
  const headline = (await text(page, "headline")).replace(/\u00a0/g, " ");
  assert(t.headline.test(headline), `headline: ${headline}`);
  await shot(page, `${tag}-2-results`, false);
  await page.click(tid("next-write"));
  await page.waitForSelector(tid("panel-write"));
  await inView(page, tid("action-columns-start"), "the first action");
  for (const kind of ["columns", "analysis", "kam"]) {
    await runAction(page, kind);
    const done = (await text(page, "outcome-text")).replace(/\u00a0/g, " ");
    assert(t.done[kind].test(done), `${kind}: past-tense confirmation: ${done}`);
    await shot(page, `${tag}-3-${kind}`, false);
  }
  const width2 = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(width2 <= width, `no horizontal scrolling at ${width} px (content is ${width2} px wide)`);
  // The run is stored: Refresh says what it will touch before it runs.
  const touches = await text(page, "refresh-touches");
  assert(touches.length > 20, `Refresh names its outputs: ${touches}`);
  await page.click(tid("refresh"));
  await page.waitForSelector(`${tid("outcome")}[data-kind="refresh"]`, { timeout: 60000 });
  await inView(page, tid("outcome"), "refresh confirmation");
  await inView(page, tid("changes"), "what changed");
  await shot(page, `${tag}-4-refresh`, false);
  assert(page.problems.length === 0, page.problems.join("\n"));
  await page.close();
}

/** A stored run of last month, as the workbook holds it after the first analysis. */
function monthlySeed(lang) {
  return `() => {
    const rows = window.sampleInvoices();
    const run = {
      version: 1,
      source: { kind: "range", address: "${SHEET}!A1:F" + rows.length, sheet: "${SHEET}" },
      settings: { method: "fixed", thresholds: [80, 95], strict: false, visibleOnly: false },
      ranAt: "2026-11-02T08:30:00.000Z",
      language: "${lang}",
      outputs: {
        classColumns: { name: "KAA_ClassColumns", address: "${SHEET}!G1:J" + rows.length, inTable: false },
        analysisSheet: "${lang === "de" ? "ABC-Analyse" : "ABC analysis"}",
      },
      figures: { customers: 38, rowsUsed: 230, total: 2500000, classes: { A: 5, B: 15, C: 18 }, n80: 5 },
    };
    return { sheets: { ${SHEET}: rows }, selection: "${SHEET}!A1", run };
  }`;
}

/**
 * The monthly refresh: the pane opens on the last run (figures, what Refresh touches, Refresh as
 * the primary button); after Refresh what changed and the confirmation are in view.
 */
async function monthlyJourney(env, lang, width) {
  const tag = `journey-monthly-${lang}-${width}`;
  const page = await h.openPane(env, { lang, seed: monthlySeed(lang) });
  await page.setViewportSize({ width, height: PANE_HEIGHT });
  await page.waitForSelector(tid("last-run"));
  await inView(page, tid("refresh"), "Refresh on the last run card");
  const figures = await text(page, "last-run-figures");
  assert(/38/.test(figures), `last month's figures: ${figures}`);
  const touches = await text(page, "refresh-touches");
  assert(/ABC/.test(touches), `Refresh names the analysis sheet before it runs: ${touches}`);
  await shot(page, `${tag}-1-last-run`, false);
  // A month of new invoices: a new customer, dated in the sample's last month (December 2024) so
  // that the time axis's 12-month period still holds every customer.
  await wb(
    page,
    (sheet) => {
      const ws = window.__fakeHost.workbook.getSheet(sheet);
      const used = ws.usedRange(true);
      const row = used.rowIndex + used.rowCount;
      ws.setValues(`A${row + 1}:F${row + 1}`, [
        ["RE-2024-990", "03.12.2024", "K19999", "Neukunde Nord GmbH", 50000, 9000],
      ]);
    },
    SHEET
  );
  await page.click(tid("refresh"));
  await page.waitForSelector(`${tid("outcome")}[data-kind="refresh"]`, { timeout: 60000 });
  await inView(page, tid("outcome"), "refresh confirmation");
  await inView(page, tid("changes"), "what changed");
  const changes = await text(page, "changes");
  assert(/38 → 41/.test(changes), `customers since last month: ${changes}`);
  await shot(page, `${tag}-2-changes`, false);
  await page.click(
    `${tid("changes-link")}:has-text("${lang === "de" ? "Analyseblatt" : "Analysis sheet"}")`
  );
  await page.waitForFunction(() => window.__fakeHost.workbook.selection.includes("ABC"));
  const violations = await h.axeCheck(page);
  assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 1)}`);
  assert(page.problems.length === 0, page.problems.join("\n"));
  await page.close();
}

/** Texts of the time axis in the pane (the sample's invoices cover January to December 2024). */
const TIME = {
  en: {
    period: "Jan 2024 to Dec 2024 (12 months)",
    chosen: "Jul 2024 to Dec 2024 (6 months)",
    refreshed: "Feb 2024 to Jan 2025 (12 months)",
    meaning: "AX: Large and steady: secure and develop.",
    moves: "Class moves since the last run",
    newToA: "new → A: 1",
    limits: "Coefficient of variation: X ≤ 0.5 · Y ≤ 1.0 · Z > 1.0",
    steps: ["0.55", "0.6", "0.65"],
    chosenLimits: "Coefficient of variation: X ≤ 0.65 · Y ≤ 1.0 · Z > 1.0",
    tooLow: "0.6",
    y: "1.0",
    typedX: "0.7",
    typedXUp: "0.75",
    yAboveX: "Must be above X (0.65).",
  },
  de: {
    period: "Jan 2024 bis Dez 2024 (12 Monate)",
    chosen: "Jul 2024 bis Dez 2024 (6 Monate)",
    refreshed: "Feb 2024 bis Jan 2025 (12 Monate)",
    meaning: "AX: Groß und stetig: sichern und ausbauen.",
    moves: "Klassenwechsel seit dem letzten Lauf",
    newToA: "neu → A: 1",
    limits: "Variationskoeffizient: X ≤ 0,5 · Y ≤ 1,0 · Z > 1,0",
    steps: ["0,55", "0,6", "0,65"],
    chosenLimits: "Variationskoeffizient: X ≤ 0,65 · Y ≤ 1,0 · Z > 1,0",
    tooLow: "0,6",
    y: "1,0",
    typedX: "0,7",
    typedXUp: "0,75",
    yAboveX: "Muss über X (0,65) liegen.",
  },
};

/**
 * The time axis at 320 px: the period line and the ABC-XYZ matrix in the results, a chosen period
 * re-runs the analysis, "latest 12 months" comes back; after writing and a month of new invoices,
 * Refresh takes the latest 12 months of the new data and lists the class moves since the run.
 */
async function timeAxis(env, lang) {
  const x = TIME[lang];
  const tag = `time-${lang}-320`;
  const page = await h.openPane(env, { lang, seed: SAMPLE });
  await page.setViewportSize({ width: 320, height: PANE_HEIGHT });
  await page.click(tid("use-selection"));
  await settled(page);
  const period = async () => (await text(page, "period-line")).trim();
  assert((await period()) === x.period, `period line: ${await period()}`);
  const cells = await page.$$(`${tid("abc-xyz")} [data-testid^="cell-"]`);
  assert(cells.length === 9, `3×3 matrix cells: ${cells.length}`);
  const counted = await page.$$eval(`${tid("abc-xyz")} [data-testid^="cell-"]`, (els) =>
    els.reduce((n, el) => n + Number(el.dataset.count), 0)
  );
  const classes = await classCounts(page);
  assert(
    counted === classes.reduce((a, b) => a + b, 0),
    `matrix counts every ranked customer: ${counted} of ${classes}`
  );
  // The meaning of a cell on focus (keyboard) as on hover.
  await page.focus(tid("cell-AX"));
  const tip = await page.waitForSelector('[role="tooltip"]');
  assert((await tip.textContent()).trim() === x.meaning, `AX meaning: ${await tip.textContent()}`);
  await page.locator(tid("abc-xyz")).scrollIntoViewIfNeeded();
  await shot(page, `${tag}-1-matrix`, false);
  await page.keyboard.press("Escape");

  // A chosen period: July to December.
  await page.check(`${tid("period-kind")} input[value="fixed"]`);
  await page.waitForSelector(tid("period-from"));
  await page.selectOption(tid("period-from"), "2024-07");
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="period-line"]')?.textContent.trim() === want,
    x.chosen,
    { timeout: 30000 }
  );
  await settled(page);
  await page.locator(tid("period-kind")).scrollIntoViewIfNeeded();
  await shot(page, `${tag}-2-period`, false);
  await page.check(`${tid("period-kind")} input[value="latest"]`);
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="period-line"]')?.textContent.trim() === want,
    x.period,
    { timeout: 30000 }
  );
  await settled(page);
  await xyzLimitsByKeyboard(page, x, tag);

  // Written once; next month's invoices bring a large new customer.
  await runAction(page, "columns");
  await wb(
    page,
    (sheet) => {
      const ws = window.__fakeHost.workbook.getSheet(sheet);
      const used = ws.usedRange(true);
      const row = used.rowIndex + used.rowCount;
      ws.setValues(`A${row + 1}:F${row + 1}`, [
        ["RE-2025-001", "08.01.2025", "K19999", "Neukunde Nord GmbH", 250000, 40000],
      ]);
    },
    SHEET
  );
  await page.click(tid("refresh"));
  await page.waitForSelector(`${tid("outcome")}[data-kind="refresh"]`, { timeout: 60000 });
  await inView(page, tid("changes"), "what changed");
  const moves = await text(page, "changes");
  assert(moves.includes(x.moves), `class moves since the last run: ${moves}`);
  assert((await text(page, "changes-moves")).includes(x.newToA), `new customer into A: ${moves}`);
  assert(
    (await text(page, "changes-movers")).includes("Neukunde Nord GmbH"),
    `the new customer is listed: ${moves}`
  );
  await shot(page, `${tag}-3-refresh`, false);
  assert((await period()) === x.refreshed, `latest 12 months of the new data: ${await period()}`);
  const limits = (await text(page, "matrix-limits")).replace(/\u00a0/g, " ").trim();
  assert(limits === x.chosenLimits, `Refresh keeps the chosen XYZ limits: ${limits}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= 320, `no horizontal scrolling at 320 px (content is ${width} px wide)`);
  const violations = await h.axeCheck(page);
  assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 1)}`);
  assert(page.problems.length === 0, page.problems.join("\n"));
  await page.close();
}

/**
 * The XYZ limits by keyboard: X up three steps (0.5 → 0.65) re-runs the analysis and the sample's
 * steadiest key account (CV 0.62) becomes AX; Y typed below X is refused next to the field and
 * the matrix keeps its limits; Y typed back is taken.
 */
async function xyzLimitsByKeyboard(page, x, tag) {
  // The terms hold together with no-break spaces ("X ≤ 0.5" never wraps after "≤").
  const raw = await text(page, "matrix-limits");
  assert(raw.includes("X\u00a0≤\u00a0"), `no-break spaces in the limits: ${JSON.stringify(raw)}`);
  const limitsLine = async () => (await text(page, "matrix-limits")).replace(/\u00a0/g, " ").trim();
  const limitsShow = (want) =>
    page.waitForFunction(
      (w) =>
        document
          .querySelector('[data-testid="matrix-limits"]')
          ?.textContent.replace(/\u00a0/g, " ")
          .includes(w),
      want,
      { timeout: 30000 }
    );
  assert(
    (await limitsLine()) === x.limits,
    `the default limits with the matrix: ${await limitsLine()}`
  );
  const ax = () => page.getAttribute(tid("cell-AX"), "data-count");
  assert((await ax()) === "0", `no AX customer at X ≤ 0.5: ${await ax()}`);
  for (const step of x.steps) {
    // The fields are disabled while the analysis runs: each step after the previous re-run.
    await page.waitForSelector(`${tid("xyz-limit-x")}:not([disabled])`);
    await page.focus(tid("xyz-limit-x"));
    await page.keyboard.press("ArrowUp");
    await limitsShow(`X ≤ ${step} ·`);
  }
  await limitsShow(x.chosenLimits);
  await settled(page);
  assert((await ax()) === "1", `one AX customer at X ≤ 0.65: ${await ax()}`);

  await page.fill(tid("xyz-limit-y"), x.tooLow);
  await page.keyboard.press("Tab");
  await page.waitForSelector(tid("xyz-refused"));
  const field = (await page.textContent(tid("xyz-limits"))).replace(/\u00a0/g, " ");
  assert(field.includes(x.yAboveX), `the refused pair says why: ${field}`);
  assert(
    (await limitsLine()) === x.chosenLimits,
    `a refused pair is not analysed: ${await limitsLine()}`
  );
  await page.locator(tid("xyz-limits")).scrollIntoViewIfNeeded();
  await shot(page, `${tag}-xyz-refused`, false);
  await page.fill(tid("xyz-limit-y"), x.y);
  await page.keyboard.press("Tab");
  await page.waitForSelector(tid("xyz-refused"), { state: "detached" });
  assert(
    await page.$(tid("xyz-reset")),
    "the reset is offered for limits that are not the defaults"
  );
  // Typed with the language's decimal mark, then an arrow key: the step starts from the typed
  // number ("0,7" and ArrowUp gave 0,05 while the SpinButton read the text with parseFloat).
  await page.waitForSelector(`${tid("xyz-limit-x")}:not([disabled])`);
  await page.fill(tid("xyz-limit-x"), x.typedX);
  await page.keyboard.press("ArrowUp");
  await limitsShow(`X ≤ ${x.typedXUp} ·`);
  await settled(page);
  // Back to the chosen limits for the rest of the flow.
  await page.waitForSelector(`${tid("xyz-limit-x")}:not([disabled])`);
  await page.fill(tid("xyz-limit-x"), x.steps[x.steps.length - 1]);
  await page.keyboard.press("Tab");
  await limitsShow(x.chosenLimits);
  await settled(page);
}

/** Only the keyboard: Tab to each control, Enter/Space to use it. */
async function keyboardFlow(env) {
  const page = await h.openPane(env, { lang: "en", seed: SAMPLE });
  await page.waitForSelector(tid("use-selection"));
  await h.tabTo(page, tid("use-selection"));
  await page.keyboard.press("Enter");
  await settled(page);
  // Method by arrow keys inside the radio group.
  await h.tabTo(page, `${tid("method")} input[value="fixed"]`);
  await page.keyboard.press("ArrowDown");
  await settledOn(page, "By customer count");
  assert((await classCounts(page))[0] === 8, "count method chosen by keyboard");
  await h.tabTo(page, tid("next-write"));
  await page.keyboard.press("Enter");
  await page.waitForSelector(tid("panel-write"));
  await h.tabTo(page, tid("action-columns-start"));
  await page.keyboard.press("Enter");
  await page.waitForSelector(tid("action-columns-plan"));
  assert(
    await page.evaluate(() =>
      document.activeElement.matches('[data-testid="action-columns-confirm"]')
    ),
    "focus moves to Confirm"
  );
  await page.keyboard.press("Enter");
  await page.waitForSelector(`${tid("outcome")}[data-kind="columns"]`);
  assert(
    await page.evaluate(() =>
      document.activeElement.matches('[data-testid="action-columns-start"]')
    ),
    "focus returns to the action button"
  );
  assert((await classHeaders(page)).includes("Class"), "columns written by keyboard");
  // A customer picked by hand with the keyboard: type, arrow down, Enter; then removed again.
  await h.tabTo(page, `${tid("kam-pick")} input`);
  await page.keyboard.type("GmbH");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await page.waitForSelector(tid("kam-picked"));
  const status = `${tid("kam-pick")} [role="status"]`;
  assert((await page.textContent(status)).includes("added as a key account"), "pick announced");
  assert((await page.inputValue(`${tid("kam-pick")} input`)) === "", "search cleared on close");
  await h.tabTo(page, `${tid("kam-picked")} button`);
  await page.keyboard.press("Enter");
  await page.waitForSelector(tid("kam-picked"), { state: "detached" });
  assert(
    await page.evaluate(() => document.activeElement.matches('[data-testid="kam-pick"] input')),
    "focus returns to the search after the last pick is removed"
  );
  assert((await page.textContent(status)).includes("removed"), "removal announced");
  await h.tabTo(page, tid("refresh"));
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.body.textContent.includes("Refreshed:"));
  await shot(page, "en-light-10-keyboard");
  assert(page.problems.length === 0, page.problems.join("\n"));
  await page.close();
}

/** Bad selections give a clear MessageBar with the next step. */
async function badPaths(env) {
  const cases = [
    {
      name: "empty selection",
      seed: `() => ({ sheets: { Leer: [] }, selection: "Leer!C3:D9" })`,
      expect: T.en.selectFirst,
    },
    {
      name: "one column",
      seed: `() => ({ sheets: { Data: [["Kunde"], ["Müller"], ["Bauer"], ["Schulz"]] }, selection: "Data!A1:A4" })`,
      expect: "Your selection holds only column A: Kunde.",
    },
    {
      name: "header only",
      seed: `() => ({ sheets: { Data: [["Customer", "Revenue"]] }, selection: "Data!A1:B1" })`,
      expect: "only a header row",
    },
    {
      name: "text-only revenue column",
      seed: `() => ({ sheets: { Data: [["Customer", "Revenue"], ["A", "lots"], ["B", "some"], ["C", "few"]] }, selection: "Data!A1" })`,
      expect: /revenue|numbers/i,
    },
  ];
  for (const c of cases) {
    const page = await h.openPane(env, { lang: "en", seed: c.seed });
    await page.click(tid("use-selection"));
    await page.waitForSelector(tid("notice-warning"), { timeout: 15000 });
    const msg = await text(page, "notice-warning");
    assert(msg.startsWith(T.en.checkSelection), `${c.name}: a warning to check the selection`);
    await inView(page, tid("notice-warning"), `${c.name}: the warning`);
    const ok = typeof c.expect === "string" ? msg.includes(c.expect) : c.expect.test(msg);
    assert(ok, `${c.name}: clear message, got "${msg}"`);
    assert(!(await page.$(tid("n80"))), `${c.name}: no results shown`);
    await shot(page, `en-light-bad-${c.name.replace(/\W+/g, "-")}`);
    await page.close();
  }
  // German text for one of them.
  const page = await h.openPane(env, { lang: "de", dark: true, seed: cases[0].seed });
  await page.click(tid("use-selection"));
  await page.waitForSelector(tid("notice-warning"));
  const de = await text(page, "notice-warning");
  assert(de.includes(T.de.selectFirst) && de.startsWith(T.de.checkSelection), `German: ${de}`);
  await shot(page, "de-dark-bad-empty-selection");
  await page.close();
}

/** A full-height sheet: progress shows, Excel's thread keeps answering, the result arrives. */
async function millionRows(env) {
  const seed = `() => {
    const rows = new Array(1048576);
    rows[0] = ["Kunde", "Umsatz"];
    for (let i = 1; i < rows.length; i++) rows[i] = ["Kunde " + (i % 5000), (i % 997) + 1];
    return { sheets: { Gross: rows }, selection: "Gross!A1" };
  }`;
  const page = await h.openPane(env, { lang: "en", seed });
  await page.waitForSelector(tid("use-selection"));
  // Longest gap between timer ticks on the pane's thread while the work runs.
  await page.evaluate(() => {
    window.__gaps = { max: 0, last: performance.now() };
    window.__tick = setInterval(() => {
      const now = performance.now();
      window.__gaps.max = Math.max(window.__gaps.max, now - window.__gaps.last);
      window.__gaps.last = now;
    }, 20);
  });
  // Every progress label shown, to check the analysis itself reports how far it is.
  await page.evaluate(() => {
    window.__labels = new Set();
    window.__labelTick = setInterval(() => {
      const p = document.querySelector('[data-testid="progress"]');
      if (p) window.__labels.add(p.textContent);
    }, 10);
  });
  const start = Date.now();
  await page.click(tid("use-selection"));
  await page.waitForSelector(`${tid("progress")} [role="progressbar"]`, { timeout: 10000 });
  const label = await text(page, "progress");
  assert(label.length > 5, `progress label: ${label}`);
  // While the analysis runs, a focus change is handled: Tab moves focus promptly.
  await page.waitForFunction(
    () =>
      /Analyzing|Preparing/.test(document.querySelector('[data-testid="progress"]').textContent),
    null,
    { timeout: 120000 }
  );
  await shot(page, "en-light-11-million-progress");
  const before = await page.evaluate(
    () => document.activeElement && document.activeElement.outerHTML.slice(0, 60)
  );
  const t0 = Date.now();
  await page.focus(tid("stop"));
  await page.keyboard.press("Shift+Tab");
  const focusMs = Date.now() - t0;
  const after = await page.evaluate(
    () => document.activeElement && document.activeElement.outerHTML.slice(0, 60)
  );
  assert(before !== after || focusMs >= 0, "focus moved");
  await page.waitForSelector(tid("n80"), { timeout: 180000 });
  const total = Date.now() - start;
  const gap = await page.evaluate(() => (clearInterval(window.__tick), window.__gaps.max));
  const labels = await page.evaluate(
    () => (clearInterval(window.__labelTick), Array.from(window.__labels))
  );
  assert(
    labels.some((l) => /row [\d,]+ of [\d,]+ read/.test(l)),
    `the analysis reports rows read: ${labels.join(" | ")}`
  );
  await openStep(page, "data");
  const used = await page.$$eval(`${tid("quality")} dd`, (d) => d[0].textContent);
  assert(used.replace(/\D/g, "") === "1048575", `all rows used: ${used}`);
  await openStep(page, "results");
  console.log(
    `    1,048,575 rows: ${(total / 1000).toFixed(1)} s to results, focus change ${focusMs} ms, longest main-thread gap ${Math.round(gap)} ms`
  );
  // Generous: the fake host itself runs on the pane's thread, unlike Excel.
  assert(focusMs < 3000, `focus change while analyzing took ${focusMs} ms`);
  await shot(page, "en-light-12-million-results");
  // A click during the analysis is handled: Stop ends a re-run of the million rows.
  await page.click(`${tid("method")} input[value="count"]`);
  await page.waitForSelector(tid("stop"), { timeout: 10000 });
  const s0 = Date.now();
  await page.click(tid("stop"));
  await page.waitForFunction(() =>
    document.body.textContent.includes("Stopped. Nothing was changed.")
  );
  const stopMs = Date.now() - s0;
  console.log(`    Stop clicked during the re-run: handled in ${stopMs} ms`);
  assert(!(await page.$(`${tid("progress")} [role="progressbar"]`)), "progress gone after Stop");
  assert(page.problems.length === 0, page.problems.join("\n"));
  await page.close();
}

/** Hidden rows count by default (and the pane says so); "Only visible rows" leaves them out. */
async function hiddenRows(env) {
  const page = await h.openPane(env, { lang: "en", seed: SAMPLE });
  await page.waitForSelector(tid("use-selection"));
  await wb(page, (sheet) => window.__fakeHost.workbook.getSheet(sheet).hideRows(10, 5), SHEET);
  await page.click(tid("use-selection"));
  await settled(page);
  await openStep(page, "data");
  const rowsUsed = () =>
    page.$$eval(`${tid("quality")} dd`, (d) => Number(d[0].textContent.replace(/\D/g, "")));
  const all = await rowsUsed();
  const note = await page.textContent("main");
  assert(
    /5 rows are hidden or filtered\. They are included/.test(note),
    "user told that rows are hidden"
  );
  await page.click(tid("visible-only"));
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid="quality"] dd')?.textContent.replace(/\D/g, "") !==
      String(n),
    all
  );
  await settled(page);
  const visible = await rowsUsed();
  assert(visible === all - 5, `only visible rows: ${visible} of ${all}`);
  assert(
    (await page.textContent("main")).includes("5 hidden or filtered rows are left out"),
    "note updated"
  );
  await shot(page, "en-light-13-hidden-rows");
  assert(page.problems.length === 0, page.problems.join("\n"));
  await page.close();
}

/**
 * Affected rows in two blocks (a blank revenue in row 101 besides the sample's rows 243-244):
 * ExcelApi 1.9 selects both at once; below it Excel takes one block, the first, and the pane says so.
 */
async function blockSelection(env) {
  const seed = (api) =>
    `() => { const o = (${SAMPLE})(); o.sheets.${SHEET}[100][4] = ""; o.supportedSets = { ExcelApi: "${api}" }; return o; }`;
  for (const [lang, api] of [
    ["en", "1.9"],
    ["de", "1.9"],
    ["en", "1.8"],
    ["de", "1.8"],
  ]) {
    const page = await h.openPane(env, { lang, seed: seed(api) });
    await page.click(tid("use-selection"));
    await settled(page);
    await openStep(page, "data");
    await page.click(`${tid("quality")} button[aria-expanded]`);
    await page.click(tid("select-rows"));
    const old = api === "1.8";
    const intent = old ? "warning" : "info";
    await page.waitForSelector(`${tid("quality")} ${tid(`notice-${intent}`)}`);
    const selected = await wb(page, () => window.__fakeHost.workbook.selection);
    const note = await page.textContent(`${tid("quality")} ${tid(`notice-${intent}`)}`);
    if (old) {
      assert(
        selected === `${SHEET}!A101:F101`,
        `${lang} ${api}: first block selected: ${selected}`
      );
      const says = lang === "de" ? "Nur der erste Block wurde markiert" : "Only the first block";
      assert(note.includes(says) && note.includes(selected), `${lang}: the pane says so: ${note}`);
    } else {
      const both = `${SHEET}!A101:F101,${SHEET}!A243:F244`;
      assert(selected === both, `${lang} ${api}: both blocks selected: ${selected}`);
      const says = lang === "de" ? "3 Zeilen in Excel markiert" : "3 rows selected in Excel";
      assert(note.includes(says), `${lang}: rows selected: ${note}`);
    }
    // The accordion's opening motion ends before the screenshot.
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every((a) => a.playState !== "running" || a.effect.getTiming().iterations === Infinity)
    );
    await shot(page, `${lang}-light-14-select-rows-${api}`);
    assert(page.problems.length === 0, page.problems.join("\n"));
    await page.close();
  }
}

/** Hosts without Web Workers: the same analysis runs inline, loaded on demand. */
async function withoutWorker(env) {
  const page = await env.context.newPage();
  await page.addInitScript(() => {
    delete window.Worker;
  });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.addInitScript({ path: path.join(h.DIST, "fakehost.js") });
  await page.addInitScript(`(() => {
    const host = window.createFakeHost((${SAMPLE})());
    host.install(window);
    window.__fakeHost = host;
  })();`);
  await page.goto(`${env.base}/taskpane.html`);
  await page.click(tid("use-selection"));
  await settled(page);
  const total = (await classCounts(page)).reduce((a, b) => a + b, 0);
  assert(total === 40, `inline analysis: ${total} customers`);
  assert(problems.length === 0, problems.join("\n"));
  await page.close();
}

/** Screenshots of the results in the two remaining language/theme pairs. */
async function otherThemes(env) {
  for (const [lang, dark] of [
    ["en", true],
    ["de", false],
  ]) {
    const page = await h.openPane(env, { lang, dark, seed: SAMPLE });
    await page.click(tid("use-selection"));
    await settled(page);
    const bg = await page.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor
    );
    const darkBg = /rgb\((\d+)/.exec(bg) && Number(/rgb\((\d+)/.exec(bg)[1]) < 100;
    assert(darkBg === dark, `theme follows Office (${bg})`);
    await shot(page, `${lang}-${dark ? "dark" : "light"}-02-results`);
    // The narrowest usual pane: nothing may stick out sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(wide <= 320, `results: no horizontal scrolling at 320 px (content is ${wide} px wide)`);
    await openStep(page, "data");
    await page.click(`${tid("quality")} button[aria-expanded]`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 320, `no horizontal scrolling at 320 px (content is ${width} px wide)`);
    await shot(page, `${lang}-${dark ? "dark" : "light"}-02-results-320`);
    const violations = await h.axeCheck(page);
    assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 1)}`);
    await page.close();
  }
}

async function playground(env) {
  const page = await env.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${env.base}/playground.html?lang=de`);
  await page.waitForSelector(tid("pg-banner"));
  assert(
    (await text(page, "pg-banner")).includes("Simulation – kein Excel verbunden"),
    "labelled as simulation"
  );
  await page.click(`${tid("pg-pane")} ${tid("use-selection")}`);
  await settled(page);
  await openStep(page, "write");
  await page.click(tid("action-analysis-start"));
  await page.click(tid("action-analysis-confirm"));
  await page.waitForSelector(`${tid("outcome")}[data-kind="analysis"]`);
  const tabs = await page.$$eval(`${tid("pg-tabs")} [role="tab"]`, (t) =>
    t.map((x) => x.textContent)
  );
  assert(tabs.length >= 2, `the analysis sheet appears as a tab: ${tabs}`);
  await page.click(`${tid("pg-tabs")} [role="tab"]:has-text("${SHEET}")`);
  await page.click(`${tid("pg-tabs")} [role="tab"]:not(:has-text("${SHEET}"))`);
  await page.waitForSelector(tid("pg-chart"));
  await shot(page, "playground-de-light");
  // KAM sheets with a customer picked by hand; the pane reloads (language switch) and still knows it.
  const picked = await pickCustomer(page, "playground-de-light");
  await runAction(page, "kam");
  assert(await planRowOf(page, picked), `${picked} on the KAM plan sheet`);
  await page.click(tid("pg-lang-en"));
  await page.click(tid("pg-dark"));
  await page.waitForFunction(() =>
    document.body.textContent.includes("Simulation — no Excel connected")
  );
  await page.click(`${tid("pg-tabs")} [role="tab"]:has-text("${SHEET}")`);
  await page.fill(tid("pg-selection"), "B5");
  await page.press(tid("pg-selection"), "Enter");
  await page.click(`${tid("pg-pane")} ${tid("use-selection")}`);
  await settled(page);
  await openStep(page, "write");
  const restored = await text(page, "kam-picked");
  assert(restored.includes(picked), `the pick is restored after a reload: ${restored}`);
  await shot(page, "playground-en-dark");
  assert(errors.length === 0, errors.join("\n"));
  await page.close();
}

/** Types a formula into the playground's formula cell and returns what it shows. */
async function formula(page, text) {
  await page.fill(tid("pg-formula"), text);
  await page.press(tid("pg-formula"), "Enter");
  await page.waitForSelector(`${tid("pg-spill")}, ${tid("pg-formula-error")}`);
  return page.evaluate(() => {
    const error = document.querySelector('[data-testid="pg-formula-error"]');
    const rows = [...document.querySelectorAll('[data-testid="pg-spill"] tr')];
    return {
      error: error ? error.textContent : null,
      rows: rows.map((r) => [...r.children].map((td) => td.textContent)),
    };
  });
}

async function formulaCell(env) {
  const page = await env.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${env.base}/playground.html?lang=de`);
  await page.waitForSelector(tid("pg-formula"));
  // German separators; the spill is the core's computed ABC of the same cells (dist-cli).
  const abc = await formula(page, '=KAM.ABC(E2:E401;;;"computed")');
  assert(abc.error === null, `no error: ${abc.error}`);
  const values = await page.evaluate(
    (sheet) => window.__fakeHost.workbook.getSheet(sheet).getValues("E2:E401"),
    SHEET
  );
  const { classifyValues, NO_CLASS } = require(
    path.join(__dirname, "..", "..", "dist-cli", "src", "core", "classify", "classifyValues.js")
  );
  const numbers = values.map((r) => (typeof r[0] === "number" ? r[0] : NaN));
  const want = Array.from(classifyValues(numbers, { method: "computed" }), (k) =>
    k === NO_CLASS ? "" : "ABC"[k]
  );
  const shown = abc.rows.map((r) => r[0]);
  assert(shown.length === 100, `the cell shows the first 100 of 400 rows (${shown.length})`);
  assert(
    JSON.stringify(shown) === JSON.stringify(want.slice(0, 100)),
    `spill equals the core's classes: ${shown.slice(0, 12)} vs ${want.slice(0, 12)}`
  );
  assert((await page.textContent(tid("pg-formula-cell"))).includes("300 weitere Zeilen"), "more");
  // A Pareto table recalculates when rows are added below the data, as a formula does in Excel.
  const before = await formula(page, "=KAM.PARETO(D2:D420;E2:E420)");
  assert(before.rows.length > 10 && before.rows[0].length === 5, "five columns per customer");
  assert(before.rows[0][4] === "A" && /^[\d.,]+$/.test(before.rows[0][1]), `${before.rows[0]}`);
  await shot(page, "playground-formula-de");
  await page.click(tid("pg-add-rows"));
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="pg-spill"] tr').length === n + 1,
    before.rows.length
  );
  const added = await page.textContent(tid("pg-spill"));
  assert(added.includes("Neukunde Nord GmbH"), "the new customer appears in the spill");
  const wrong = await formula(page, '=KAM.ABC(E2:E401;;;"beste")');
  assert(wrong.error.startsWith("#VALUE! Methode muss"), `German #VALUE! message: ${wrong.error}`);
  // English Excel: commas between arguments, the message in English.
  await page.click(tid("pg-lang-en"));
  const n80 = await formula(page, "=KAM.N80(E2:E401)");
  assert(/^\d+$/.test(n80.rows[0][0]), `N80 is a count: ${n80.rows[0]}`);
  const text = await formula(page, "=KAM.GINI(D2:D401)");
  assert(text.error === "#VALUE! values must be numbers", `English message: ${text.error}`);
  assert(errors.length === 0, errors.join("\n"));
  await page.close();
}

/**
 * dist/functions.js as Excel's JS-only custom functions runtime loads it: no window, document or
 * navigator, only the CustomFunctions object (custom-functions-runtime.md).
 */
async function functionsRuntime() {
  const vm = require("vm");
  const registered = {};
  class CfError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  const CustomFunctions = {
    associate: (id, fn) => (registered[id] = fn),
    Error: CfError,
    ErrorCode: { invalidValue: "#VALUE!" },
  };
  const source = fs.readFileSync(path.join(h.DIST, "functions.js"), "utf8");
  vm.runInNewContext(source, { CustomFunctions });
  const ids = Object.keys(registered).sort().join(",");
  assert(ids === "ABC,GINI,HHI,N80,PARETO,XYZ", `registered ${ids}`);
  const abc = registered.ABC([[5000], ["n/a"], [3000], [1000]], null, null, null);
  assert(JSON.stringify(abc) === '[["A"],[""],["A"],["B"]]', `ABC: ${JSON.stringify(abc)}`);
  let thrown = null;
  try {
    registered.ABC([["a"]]);
  } catch (e) {
    thrown = e;
  }
  assert(thrown instanceof CfError, "wrong input throws CustomFunctions.Error");
  assert(thrown.code === "#VALUE!" && thrown.message === "values must be numbers", thrown.message);
  for (const file of ["functions.json", "functions.de.json"]) {
    const meta = JSON.parse(fs.readFileSync(path.join(h.DIST, file), "utf8"));
    assert(meta.functions.length === 6, `${file} lists the six functions`);
  }
}

async function staticPages(env) {
  const page = await env.context.newPage();
  await page.goto(`${env.base}/help.html`);
  const help = await page.textContent("body");
  assert(help.includes("Getting started") && help.includes("Erste Schritte"), "help is bilingual");
  const violations = await h.axeCheck(page);
  assert(violations.length === 0, `axe on help: ${JSON.stringify(violations)}`);
  const res = await page.goto(`${env.base}/commands.html`);
  assert(res.ok(), "commands.html served");
  for (const f of ["functions.html", "functions.json", "functions.de.json"]) {
    const r = await page.goto(`${env.base}/${f}`);
    assert(r.ok(), `${f} served`);
  }
  for (const f of ["manifest.xml", "assets/icon-32.png"]) {
    const r = await page.goto(`${env.base}/${f}`);
    assert(r.ok(), `${f} copied to dist`);
  }
  await page.close();
}

const TESTS = [
  ...["en", "de"].flatMap((lang) =>
    [320, 350].flatMap((width) => [
      [`journey: first analysis, ${lang}, ${width} px`, (env) => firstJourney(env, lang, width)],
      [`journey: monthly refresh, ${lang}, ${width} px`, (env) => monthlyJourney(env, lang, width)],
    ])
  ),
  ["time axis, English", (env) => timeAxis(env, "en")],
  ["time axis, German", (env) => timeAxis(env, "de")],
  ["full flow, English, light", (env) => fullFlow(env, "en", false)],
  ["full flow, German, dark", (env) => fullFlow(env, "de", true)],
  ...require("./score")({ SAMPLE, tid, text, wb, settled, openStep, runAction, kamPlan }),
  ["keyboard only", keyboardFlow],
  ["bad selections", badPaths],
  ["other language/theme pairs", otherThemes],
  ["hidden rows", hiddenRows],
  ["affected rows in two blocks, ExcelApi 1.9 and 1.8", blockSelection],
  ["without Web Worker", withoutWorker],
  ["1,048,576-row sheet", millionRows],
  ["playground", playground],
  ["playground formula cell", formulaCell],
  ["worksheet functions in a JS-only runtime", functionsRuntime],
  ["help, commands, assets", staticPages],
];

async function main() {
  for (const f of [
    "taskpane.html",
    "taskpane.js",
    "fakehost.js",
    "analysis.worker.js",
    "playground.html",
    "functions.js",
  ]) {
    if (!fs.existsSync(path.join(h.DIST, f))) {
      console.error(`e2e: dist/${f} is missing; run \`npm run build\` first.`);
      console.log("e2e: 0 passed, 1 failed");
      process.exit(1);
    }
  }
  const only = process.argv[2];
  const { server, base } = await h.serveDist();
  const { context } = await h.launch();
  const env = { context, base };
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  for (const [name, fn] of TESTS) {
    if (only && !name.includes(only)) continue;
    const t0 = Date.now();
    try {
      await fn(env);
      passed++;
      console.log(`  ok   ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (err) {
      failed++;
      console.log(
        `  FAIL ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n    ${String(err.stack || err)
          .split("\n")
          .slice(0, 16)
          .join("\n    ")}`
      );
      for (const p of context.pages()) await p.close().catch(() => undefined);
    }
  }
  await context.close();
  server.close();
  console.log(
    `e2e: screenshots in ${path.relative(process.cwd(), h.SHOTS)}; ${((Date.now() - started) / 1000).toFixed(0)} s`
  );
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  console.log("e2e: 0 passed, 1 failed");
  process.exit(1);
});
