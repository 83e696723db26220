import * as fs from "fs";
import * as path from "path";
import { CLI_CATALOGUE } from "../../../src/cli/catalogue";
import { CLI_MESSAGES } from "../../../src/cli/messages";
import { buildCatalogue } from "../../../src/core/i18n/catalogue";
import { fillTemplate } from "../../../src/core/i18n/fill";
import { CORE_MESSAGES } from "../../../src/core/i18n/messages";
import { KAM_MESSAGES } from "../../../src/core/kam/messages";
import { ONE_PAGER_MESSAGES } from "../../../src/core/kam/onePager/messages";
import { TIME_MESSAGES } from "../../../src/core/time/messages";
import { EXCEL_CATALOGUE } from "../../../src/excel/catalogue";
import { TIME_SHEET_MESSAGES } from "../../../src/excel/analysisSheet/timeLabels";
import { EXCEL_MESSAGES } from "../../../src/excel/host/labels";
import { functionErrorMessage, FunctionInputError } from "../../../src/functions/messages";
import { PANE_CATALOGUE } from "../../../src/taskpane/i18n/catalogue";

const codes = (...tables: object[]) => tables.flatMap((t) => Object.keys(t)).sort();

describe("catalogues built at each face's entry point", () => {
  it("hold exactly the tables each face names", () => {
    const excel = codes(
      CORE_MESSAGES,
      KAM_MESSAGES,
      ONE_PAGER_MESSAGES,
      TIME_MESSAGES,
      TIME_SHEET_MESSAGES,
      EXCEL_MESSAGES
    );
    expect([...EXCEL_CATALOGUE.codes()].sort()).toEqual(excel);
    expect([...PANE_CATALOGUE.codes()].sort()).toEqual(excel);
    expect([...CLI_CATALOGUE.codes()].sort()).toEqual(
      codes(CORE_MESSAGES, TIME_MESSAGES, CLI_MESSAGES)
    );
    // The command line writes no KAM sheets, so it has no KAM report lines.
    expect(CLI_CATALOGUE.texts("KAM_PLAN_DONE")).toBeUndefined();
  });

  it("refuse a code defined twice instead of letting one text hide the other", () => {
    expect(() =>
      buildCatalogue(CORE_MESSAGES, { EMPTY_SELECTION: { en: "Other", de: "Anders" } })
    ).toThrow("message code EMPTY_SELECTION is defined twice");
  });

  it("are separate: one face's tables do not leak into another's", () => {
    const mine = buildCatalogue({ ONLY_HERE: { en: "Only here", de: "Nur hier" } });
    expect(mine.translate({ code: "ONLY_HERE" }, "de")).toBe("Nur hier");
    expect(PANE_CATALOGUE.translate({ code: "ONLY_HERE" }, "de")).toBe("ONLY_HERE");
  });

  it("give worksheet functions their own short texts", () => {
    expect(functionErrorMessage(new FunctionInputError("TOP"), "de")).toBe(
      "Top muss eine ganze Zahl ab 1 sein"
    );
    expect(functionErrorMessage(new Error("boom"), "en")).toBe("the calculation failed");
  });

  it("leave no module that adds texts to a catalogue when it is imported", () => {
    const root = path.resolve(__dirname, "../../../src");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(p)) {
          const text = fs.readFileSync(p, "utf8");
          if (/registerMessages|import "[^"]*messages"/.test(text)) offenders.push(p);
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});

describe("the one placeholder filler", () => {
  it("formats parameters by name for the language and keeps a missing one visible", () => {
    const t = "{count} Kunden, {sharePct} Umsatz, {totalAmount}, {name}, {missing}";
    expect(
      fillTemplate(t, { count: 1234, sharePct: 0.784, totalAmount: 1234.5, name: "Müller" }, "de")
    ).toBe("1.234 Kunden, 78,4\u00a0% Umsatz, 1.234,50, Müller, {missing}");
    expect(fillTemplate("{a}/{b}", { a: 80.5, b: 95 }, "de")).toBe("80,5/95");
    expect(fillTemplate("{a}/{b}", { a: 80.5, b: 95 }, "en")).toBe("80.5/95");
  });

  it("is the same text the pane, the command line and the Excel layer show", () => {
    const m = { code: "WARN_ROWS_SKIPPED", params: { count: 1 } };
    const de = "1 Zeile übersprungen; siehe Liste der betroffenen Zeilen.";
    expect(PANE_CATALOGUE.translate(m, "de")).toBe(de);
    expect(CLI_CATALOGUE.translate(m, "de")).toBe(de);
    expect(EXCEL_CATALOGUE.translate(m, "de")).toBe(de);
  });
});
