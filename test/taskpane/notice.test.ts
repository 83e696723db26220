import { AnalysisError } from "../../src/core/errors";
import { langValue } from "../../src/taskpane/i18n/langValue";
import { noticeOf, selectedNotice } from "../../src/taskpane/state/notice";

describe("noticeOf", () => {
  it("translates core errors with their parameters", () => {
    const n = noticeOf(new AnalysisError("TOO_FEW_CUSTOMERS", { count: 1 }));
    expect(n).toEqual({
      kind: "core",
      message: { code: "TOO_FEW_CUSTOMERS", params: { count: 1 } },
    });
    expect(langValue("de").say(n)).toContain("mindestens zwei Kunden");
  });

  it("translates errors of the Excel layer, whose texts are in the pane's catalogue", () => {
    const err = Object.assign(new Error("x"), { code: "XL_SOURCE_MISSING" });
    expect(langValue("de").say(noticeOf(err))).toBe(
      "Die Daten des letzten Laufs wurden nicht mehr gefunden. Markieren Sie die Daten und starten Sie die Analyse neu."
    );
  });

  it("names anything else as unexpected, with a next step", () => {
    const n = noticeOf(Object.assign(new Error("RichApi.Error"), { code: "GeneralException" }));
    expect(langValue("en").say(n)).toBe(
      "Unexpected error: RichApi.Error. Try again; if it persists, select the data again."
    );
  });
});

describe("selectedNotice", () => {
  const selected = { address: "Daten!A2:B2", areas: 30, selectedAreas: 20, rows: 20 };

  it("says how many of the rows were selected when only the first blocks could be", () => {
    const n = selectedNotice({ ...selected, limited: "manyBlocks" }, 30);
    expect(langValue("en").say(n)).toBe(
      "20 of 30 rows selected in Excel: the first 20 blocks. Excel selects only a limited number of separate blocks at once."
    );
    expect(langValue("de").say(n)).toBe(
      "20 von 30 Zeilen in Excel markiert: die ersten 20 Blöcke. Excel markiert nur eine begrenzte Zahl getrennter Blöcke auf einmal."
    );
  });

  it("names the first block below ExcelApi 1.9, and all rows when all were selected", () => {
    const first = selectedNotice(
      { ...selected, selectedAreas: 1, rows: 1, limited: "oneBlock" },
      30
    );
    expect(langValue("de").say(first)).toContain(
      "Nur der erste Block wurde markiert (Daten!A2:B2: 1 von 30 Zeilen)"
    );
    expect(langValue("en").say(selectedNotice({ ...selected, areas: 20 }, 20))).toBe(
      "20 rows selected in Excel."
    );
  });
});
