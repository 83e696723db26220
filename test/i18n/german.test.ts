// The German texts of every face as a German controller reads them: „Anführungszeichen“, the
// decimal comma, and every text in both languages.
import * as fs from "fs";
import * as path from "path";
import { CLI_MESSAGES } from "../../src/cli/messages";
import type { MessageTable } from "../../src/core/i18n/catalogue";
import { CORE_MESSAGES } from "../../src/core/i18n/messages";
import { KAM_MESSAGES } from "../../src/core/kam/messages";
import { TIME_MESSAGES } from "../../src/core/time/messages";
import { EXCEL_MESSAGES } from "../../src/excel/host/labels";
import { FUNCTION_MESSAGES } from "../../src/functions/messages";
import { STRINGS } from "../../src/taskpane/i18n/strings";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(p) ? [p] : [];
  });
}

/** Every German text in the sources: the `de:` literals and the pane's German strings. */
function germanTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const literal = /\bde:\s*("(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')/g;
  for (const file of sourceFiles(SRC)) {
    const src = fs.readFileSync(file, "utf8");
    for (const m of src.matchAll(literal)) {
      const line = src.slice(0, m.index).split("\n").length;
      out.push({ where: `${path.relative(SRC, file)}:${line}`, text: m[1].slice(1, -1) });
    }
  }
  for (const [key, text] of Object.entries(STRINGS.de))
    out.push({ where: `strings.ts de.${key}`, text });
  return out;
}

// A decimal point between digits, unless it groups thousands ("1.000", "10.000").
const DECIMAL_POINT = /\d\.(?!\d{3}(?!\d))\d/;
// A straight double quote inside the text (escaped in a "..." literal, plain in `...`).
const STRAIGHT_QUOTE = /\\"|^[^"]*"[^"]*"/;

describe("German texts", () => {
  const texts = germanTexts();

  it("are found in the sources (the scan reads what it should)", () => {
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.some((t) => t.text.includes("Gesamtumsatz"))).toBe(true);
  });

  it("use „deutsche“ Anführungszeichen, never straight quotes", () => {
    expect(texts.filter((t) => STRAIGHT_QUOTE.test(t.text))).toEqual([]);
  });

  // Machine syntax and an English number shown as one: `kam --xyz 0.5,1.0`, „1,234.56“.
  const NOT_GERMAN_NUMBERS = ["0.5,1.0", "1,234.56"];

  it("write numbers with the decimal comma", () => {
    const german = (t: string) => NOT_GERMAN_NUMBERS.reduce((s, x) => s.split(x).join(""), t);
    expect(texts.filter((t) => DECIMAL_POINT.test(german(t.text)))).toEqual([]);
  });

  it("the scan itself tells a thousands point from a decimal point", () => {
    expect(DECIMAL_POINT.test("bis zu 1.000 je Art")).toBe(false);
    expect(DECIMAL_POINT.test("0–10.000")).toBe(false);
    expect(DECIMAL_POINT.test("Grenzen 80.5/95")).toBe(true);
    expect(DECIMAL_POINT.test("etwa 1,8 × 10^308")).toBe(false);
    expect(STRAIGHT_QUOTE.test('Befehl \\"{command}\\"')).toBe(true);
    expect(STRAIGHT_QUOTE.test("Befehl „{command}“")).toBe(false);
  });
});

describe("every text in both languages", () => {
  const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  const tables: [string, MessageTable][] = [
    ["core", CORE_MESSAGES],
    ["kam", KAM_MESSAGES],
    ["time", TIME_MESSAGES],
    ["excel", EXCEL_MESSAGES],
    ["cli", CLI_MESSAGES],
    ["functions", FUNCTION_MESSAGES],
  ];

  it.each(tables)("%s messages: English and German, same placeholders", (_, table) => {
    const wrong = Object.entries(table)
      .filter(
        ([, t]) =>
          !t.en ||
          !t.de ||
          placeholders(t.en).join() !== placeholders(t.de).join() ||
          (t.one !== undefined && (!t.one.en || !t.one.de))
      )
      .map(([code]) => code);
    expect(wrong).toEqual([]);
  });

  it("pane strings: the same keys in both, each filled, same placeholders", () => {
    expect(Object.keys(STRINGS.de).sort()).toEqual(Object.keys(STRINGS.en).sort());
    const en = STRINGS.en as Record<string, string>;
    const wrong = Object.entries(STRINGS.de as Record<string, string>)
      .filter(([k, de]) => !de || placeholders(de).join() !== placeholders(en[k]).join())
      .map(([k]) => k);
    expect(wrong).toEqual([]);
  });
});
