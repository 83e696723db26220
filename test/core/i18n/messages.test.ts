import * as fs from "fs";
import * as path from "path";
import { MESSAGES, describeIssue, translate } from "../../../src/core/i18n/messages";
import { formatAmount, formatPercent, languageOf } from "../../../src/core/i18n/format";

describe("message catalogue", () => {
  it("has German and English for every code, with the same placeholders", () => {
    for (const [code, t] of Object.entries(MESSAGES)) {
      expect([code, t.en.length > 0, t.de.length > 0]).toEqual([code, true, true]);
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([code, ph(t.de)]).toEqual([code, ph(t.en)]);
    }
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
    // readTable builds ROW_VALUE_* and MARGIN_* from parse failures.
    for (const r of ["BLANK", "ERROR", "PERCENT", "UNIT", "TEXT", "BOOLEAN"]) {
      codes.add("ROW_VALUE_" + r);
      codes.add("MARGIN_" + r);
    }
    const missing = [...codes].filter((c) => c !== "ROW_VALUE_" && c !== "MARGIN_" && !MESSAGES[c]);
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
  it("describes a row issue with the sheet row number", () => {
    const text = describeIssue({ code: "ROW_VALUE_TEXT", row: 4, value: "n.a." }, "de", 3);
    expect(text).toBe('Zeile 7: "n.a." ist keine Zahl, Zeile übersprungen.');
  });
  it("reads the language from Office's display language", () => {
    expect(languageOf("de-AT")).toBe("de");
    expect(languageOf("en-GB")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });
});
