import * as fs from "fs";
import * as path from "path";
import { buildCatalogue, type MessageTable } from "../../../src/core/i18n/catalogue";
import { CORE_MESSAGES } from "../../../src/core/i18n/messages";
import { formatAmount, formatPercent, languageOf } from "../../../src/core/i18n/format";

const MESSAGES: MessageTable = CORE_MESSAGES;
const { describeIssue, translate } = buildCatalogue(CORE_MESSAGES);

describe("message catalogue", () => {
  it("has German and English for every code, with the same placeholders", () => {
    for (const [code, t] of Object.entries(MESSAGES)) {
      expect([code, t.en.length > 0, t.de.length > 0]).toEqual([code, true, true]);
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([code, ph(t.de)]).toEqual([code, ph(t.en)]);
    }
  });
  it("has both languages for every wording of a count of one, with the same placeholders", () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    let ones = 0;
    for (const [code, t] of Object.entries(MESSAGES)) {
      if (!t.one) continue;
      ones++;
      expect([code, t.one.en.length > 0, t.one.de.length > 0]).toEqual([code, true, true]);
      expect([code, ph(t.one.en), ph(t.one.de)]).toEqual([code, ph(t.en), ph(t.en)]);
      // The count that picks the wording is in the text.
      expect([code, /\{(count|rows)\}/.test(t.en)]).toEqual([code, true]);
      expect([code, t.one.en !== t.en, t.one.de !== t.de]).toEqual([code, true, true]);
    }
    expect(ones).toBeGreaterThanOrEqual(8);
  });
  it("has a wording for one in every core message that counts rows or customers", () => {
    const missing = Object.entries(MESSAGES)
      .filter(([, t]) => /\{(count|rows)\}/.test(t.en) && !t.one)
      .map(([code]) => code);
    expect(missing).toEqual([]);
  });
  it("covers every code the core emits", () => {
    const src = path.resolve(__dirname, "../../../src/core");
    const files: string[] = [];
    const walk = (d: string) =>
      fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".ts") && !p.includes("i18n")) files.push(p);
      });
    walk(src);
    const codes = new Set<string>();
    for (const f of files) {
      for (const m of fs
        .readFileSync(f, "utf8")
        .matchAll(/"((?:ROW|CELL|MARGIN|WARN|REASON|EXCLUDED)_[A-Z_]+)"/g)) {
        codes.add(m[1]);
      }
      for (const m of fs.readFileSync(f, "utf8").matchAll(/AnalysisError\("([A-Z_]+)"/g))
        codes.add(m[1]);
    }
    // readTable builds ROW_VALUE_*, MARGIN_* and MONTH_VALUE_* from parse failures, ROW_DATE_*
    // from date problems.
    for (const r of ["BLANK", "ERROR", "PERCENT", "UNIT", "TEXT", "BOOLEAN", "INVALID"]) {
      codes.add("ROW_VALUE_" + r);
      codes.add("MARGIN_" + r);
      if (r !== "BLANK") codes.add("MONTH_VALUE_" + r);
    }
    for (const r of ["BLANK", "ERROR", "TEXT", "AMBIGUOUS", "INVALID"]) codes.add("ROW_DATE_" + r);
    const prefixes = ["ROW_VALUE_", "MARGIN_", "ROW_DATE_"];
    const missing = [...codes].filter((c) => !prefixes.includes(c) && !MESSAGES[c]);
    expect(missing).toEqual([]);
  });
  it("formats numbers for the locale", () => {
    expect(formatPercent(0.784, "en")).toBe("78.4%");
    expect(formatPercent(0.784, "de")).toBe("78,4\u00a0%");
    expect(formatAmount(1234.5, "en")).toBe("1,234.50");
    expect(formatAmount(1234.5, "de")).toBe("1.234,50");
    expect(translate({ code: "INVALID_THRESHOLDS", params: { a: "95", b: "80" } }, "de")).toContain(
      "95"
    );
  });
  it("uses the singular for a count of one, in both languages", () => {
    const say = (code: string, params: Record<string, number>, lang: "en" | "de") =>
      translate({ code, params }, lang);
    expect(say("WARN_ROWS_SKIPPED", { count: 1 }, "en")).toBe(
      "1 row skipped; see the list of affected rows."
    );
    expect(say("WARN_ROWS_SKIPPED", { count: 1 }, "de")).toBe(
      "1 Zeile übersprungen; siehe Liste der betroffenen Zeilen."
    );
    expect(say("WARN_ROWS_SKIPPED", { count: 2 }, "en")).toBe(
      "2 rows skipped; see the list of affected rows."
    );
    expect(say("WARN_ROWS_SKIPPED", { count: 1000 }, "de")).toBe(
      "1.000 Zeilen übersprungen; siehe Liste der betroffenen Zeilen."
    );
    expect(say("WARN_DUPLICATES_SUMMED", { rows: 1 }, "de")).toBe(
      "1 Zeile gehört zu einem mehrfach aufgeführten Kunden; der Umsatz wurde addiert."
    );
    expect(say("WARN_DUPLICATES_SUMMED", { rows: 3 }, "en")).toBe(
      "3 rows belong to customers listed more than once; their revenue was summed."
    );
    expect(say("TOO_FEW_CUSTOMERS", { count: 1 }, "en")).toMatch(/^Only 1 customer with /);
    expect(say("TOO_FEW_CUSTOMERS", { count: 0 }, "de")).toMatch(/^Nur 0 Kunden mit /);
    expect(say("WARN_NEGATIVE_EXCLUDED", { count: 1, valueAmount: -5 }, "en")).toBe(
      "1 customer with a negative total (-5.00) is left out of shares and classes."
    );
    // `count` decides where a message has both; no parameters: the usual wording.
    expect(say("WARN_CREDIT_NOTES", { count: 2, rows: 1 }, "en")).toMatch(/^2 rows are /);
    expect(translate({ code: "WARN_BLANK_ROWS" }, "en")).toBe(
      "{count} empty rows inside the data."
    );
  });
  it("describes a row issue with the sheet row number", () => {
    const text = describeIssue({ code: "ROW_VALUE_TEXT", row: 4, value: "n.a." }, "de", 3);
    expect(text).toBe("Zeile 7: „n.a.“ ist keine Zahl, Zeile übersprungen.");
    // German Excel names the error #NV; the English text keeps Excel's English name.
    const error = { code: "ROW_VALUE_ERROR", row: 4, value: "#N/A" };
    expect(describeIssue(error, "de", 1)).toContain("„#NV“");
    expect(describeIssue(error, "en", 1)).toContain('"#N/A"');
  });
  it("reads the language from Office's display language", () => {
    expect(languageOf("de-AT")).toBe("de");
    expect(languageOf("en-GB")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });
});
