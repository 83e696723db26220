import { de, en } from "../../src/taskpane/i18n/strings";
import { fillTemplate as fill } from "../../src/core/i18n/fill";
import { translator } from "../../src/taskpane/i18n/text";

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe("task pane strings", () => {
  it("has the same keys in English and German", () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))("%s is filled in both languages with the same placeholders", (key) => {
    const e = (en as Record<string, string>)[key];
    const d = (de as Record<string, string>)[key];
    expect(e.trim()).not.toBe("");
    expect(d.trim()).not.toBe("");
    expect(placeholders(d)).toEqual(placeholders(e));
  });

  it("formats numbers in placeholders for the language", () => {
    expect(fill("{n} rows", { n: 1048576 }, "en")).toBe("1,048,576 rows");
    expect(fill("{n} Zeilen", { n: 1048576 }, "de")).toBe("1.048.576 Zeilen");
    expect(fill("{a} and {missing}", { a: "x" }, "en")).toBe("x and {missing}");
  });

  it("translates by key", () => {
    expect(translator("de")("useSelection")).toBe("Auswahl verwenden");
    expect(translator("en")("rowsUsed")).toBe("Rows used");
  });
});
