// Browser test of the key-account proposal (issue 10): weights, the score proposal next to the
// ABC proposal with the differences and each customer's reason, the confirmed choice written to
// the KAM plan, stored, and applied again by Refresh. Helpers come from ./run.js.
const h = require("./harness");
const { assert, shot } = h;

const WORDS = {
  en: {
    sum: (n) => `Sum: ${n}`,
    chosen: /the top 7 by score \(confirmed\)/,
    why: /class [BC], but score \d+ \(place \d of 40\)/,
    reason: /^\d+: revenue \d+ of \d+/,
    differ: /^Where they differ \([1-9]\d*\)$/,
    noLonger: /no longer/i,
    due: /^Review: .+in 3 days$/,
  },
  de: {
    sum: (n) => `Summe: ${n}`,
    chosen: /die besten 7 nach Score \(bestätigt\)/,
    why: /Klasse [BC], aber Score \d+ \(Platz \d von 40\)/,
    reason: /^\d+: Umsatz \d+ von \d+/,
    differ: /^Unterschiede \([1-9]\d*\)$/,
    noLonger: /kein Key Account mehr/,
    due: /^Review: .+in 3 Tagen$/,
  },
};

/** "3. Müller GmbH: 72" -> "Müller GmbH". */
const nameOfItem = (text) =>
  text
    .trim()
    .replace(/^\d+\.\s*/, "")
    .replace(/:\s*[\d.,–]+$/, "");

module.exports = function scoreTests(x) {
  const { SAMPLE, tid, text, wb, settled, openStep, runAction, kamPlan } = x;

  async function planCustomers(page) {
    const [header, ...rows] = await kamPlan(page);
    const name = header.findIndex((c) => c === "Customer" || c === "Kunde");
    const change = header.findIndex((c) => c === "Change" || c === "Veränderung");
    return rows.map((r) => ({ name: r[name], change: String(r[change] ?? "") }));
  }

  async function proposalFlow(env, lang) {
    const w = WORDS[lang];
    const tag = `score-${lang}`;
    const page = await h.openPane(env, { lang, seed: SAMPLE });
    await page.waitForSelector(tid("use-selection"));
    await page.click(tid("use-selection"));
    await settled(page);

    // The sample has a margin column: the classes may be built on it, and back on revenue.
    await page.click(`${tid("value-column")} input[value="margin"]`);
    await page.waitForSelector(`${tid("value-column")} input[value="margin"]:checked`);
    await settled(page);
    await page.click(`${tid("value-column")} input[value="revenue"]`);
    await settled(page);

    await openStep(page, "write");
    await page.click(tid("score-open"));
    await page.waitForSelector(tid("score-panel"));
    assert((await text(page, "weights-sum")) === w.sum(100), "default weights add up to 100");
    // A weight typed in: the sum and the note that each counts as its share.
    await page.fill(tid("weight-revenue"), "60");
    await page.keyboard.press("Tab");
    await page.waitForFunction(
      ([id, want]) => document.querySelector(id)?.textContent === want,
      [tid("weights-sum"), w.sum(130)]
    );
    assert(await page.$(tid("weights-scaled")), "the renormalised note is shown");
    // A weight field emptied is nothing typed: the field shows its weight again, never 0.
    await page.fill(tid("weight-revenue"), "");
    await page.keyboard.press("Tab");
    await page.waitForFunction(
      (id) => document.querySelector(id)?.value !== "",
      tid("weight-revenue")
    );
    const kept = await page.inputValue(tid("weight-revenue"));
    assert(kept === "60", `an emptied weight field keeps 60: ${kept}`);
    assert((await text(page, "weights-sum")) === w.sum(130), "the sum keeps the weight of 60");

    // The score proposal: the top 7, two more than class A holds.
    await page.fill(tid("rule-count"), "7");
    await page.keyboard.press("Tab");
    await page.waitForFunction(
      (id) => document.querySelectorAll(id).length === 7,
      tid("score-item")
    );
    const names = (await page.$$eval(tid("score-item"), (b) => b.map((e) => e.textContent))).map(
      nameOfItem
    );
    const heading = await page.textContent("#differences-h");
    assert(w.differ.test(heading.trim()), `differences heading: ${heading}`);
    const why = await text(page, "differences");
    assert(w.why.test(why), `why they differ: ${why}`);
    // Focus shows how a customer's score came about.
    await page.focus(`${tid("score-item")} >> nth=0`);
    await page.waitForSelector(tid("score-reason"));
    const reason = await text(page, "score-reason");
    assert(w.reason.test(reason), `the first customer's reason: ${reason}`);
    await shot(page, `${tag}-1-proposal`);

    // Confirm the score's list; the KAM plan holds exactly these customers.
    await page.click(`${tid("choice")} input[value="score"]`);
    await page.click(tid("confirm-choice"));
    await page.waitForFunction(
      (id) => document.querySelector(id)?.textContent !== "",
      tid("choice-status")
    );
    const chosen = await text(page, "choice-summary");
    assert(w.chosen.test(chosen), `the confirmed choice in one line: ${chosen}`);
    await runAction(page, "kam");
    const written = await planCustomers(page);
    assert(
      written.length === 7 && names.every((n) => written.some((r) => r.name === n)),
      `plan holds the 7 customers by score: ${JSON.stringify(written)} vs ${names}`
    );
    const record = await wb(page, () => {
      const n = window.__fakeHost.workbook.names().find((x) => x.name === "KAA_Run");
      return n ? n.formula : "";
    });
    // The record is JSON cut into 255-character text constants ("..."&"..."): join them first.
    const pieces = record.replace(/^=/, "").match(/"(?:[^"]|"")*"/g) || [];
    const stored = JSON.parse(pieces.map((p) => p.slice(1, -1).replace(/""/g, '"')).join(""));
    assert(
      stored.settings.scoreWeights && stored.kam.proposal,
      `weights and choice stored: ${JSON.stringify(stored.settings)} ${JSON.stringify(stored.kam)}`
    );
    await shot(page, `${tag}-2-kam`);

    // A review typed for the first key account in three days: due, listed after the refresh.
    await wb(page, () => {
      const book = window.__fakeHost.workbook;
      const t = book.table("KAM_Plan");
      const ws = book.getSheet(t.sheet);
      const header = ws.getValues(t.address.slice(t.address.lastIndexOf("!") + 1))[0];
      const col = header.findIndex((c) => c === "Next review" || c === "Nächstes Review");
      const now = new Date();
      const today =
        (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) /
        86400000;
      ws.setValue(1, col, today + 3);
    });

    // Refresh repeats the stored choice: the same seven stay key accounts.
    await page.click(tid("refresh"));
    await page.waitForSelector(`${tid("outcome")}[data-kind="refresh"]`, { timeout: 60000 });
    const refreshed = await planCustomers(page);
    for (const n of names) {
      const row = refreshed.find((r) => r.name === n);
      assert(row && !w.noLonger.test(row.change), `${n} still a key account: ${row?.change}`);
    }
    // Reviews due: a button that selects the plan row in Excel.
    await page.waitForSelector(tid("due-item"));
    const due = await text(page, "due-list");
    assert(w.due.test(due), `the review is due: ${due}`);
    await page.click(tid("due-item"));
    await page.waitForFunction(() => /!A2:[A-Z]+2$/.test(window.__fakeHost.workbook.selection));
    await shot(page, `${tag}-3-due`);
    await openStep(page, "write");
    assert(w.chosen.test(await text(page, "choice-summary")), "the stored choice is shown again");
    await page.click(tid("score-open"));
    await page.waitForSelector(tid("score-panel"));
    assert((await text(page, "weights-sum")) === w.sum(130), "the stored weights are back");
    await shot(page, `${tag}-4-refresh`);

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 350, `no horizontal scrolling (content ${width} px)`);
    const violations = await h.axeCheck(page);
    assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 1)}`);
    assert(page.problems.length === 0, page.problems.join("\n"));
    await page.close();
  }

  return [
    ["key-account proposal by score, English", (env) => proposalFlow(env, "en")],
    ["key-account proposal by score, German", (env) => proposalFlow(env, "de")],
  ];
};
