// Plurals through Intl.PluralRules, selection mistakes as warnings with advice, "Go to sheet".
import { translator } from "../../src/taskpane/i18n/text";
import { goToAddress, sheetOfAddress } from "../../src/taskpane/logic/goTo";
import { isSelectionMistake, selectionAdvice } from "../../src/taskpane/logic/selectionAdvice";
import { langValue } from "../../src/taskpane/i18n/langValue";

describe("plurals", () => {
  it("takes the One wording where the plural rules say one", () => {
    expect(translator("en")("changesKamAdded", { count: 1 })).toBe("1 key account added");
    expect(translator("en")("changesKamAdded", { count: 3 })).toBe("3 key accounts added");
    expect(translator("de")("changesKamLost", { count: 1 })).toBe(
      "1 Kunde ist kein Key Account mehr"
    );
    expect(translator("de")("rowsSkippedShort", { count: 1200 })).toBe("1.200 Zeilen übersprungen");
    expect(translator("de")("selectedRows", { count: 1 })).toBe("1 Zeile in Excel markiert.");
    expect(translator("de")("hiddenRowsLeftOut", { count: 1 })).toBe(
      "1 ausgeblendete oder herausgefilterte Zeile bleibt unberücksichtigt."
    );
    expect(translator("en")("hiddenRowsCount", { count: 1 })).toMatch(/^1 row is hidden/);
    // Limits with a fraction keep it, with the decimal comma: "80,5/95".
    expect(translator("de")("preset", { a: 80.5, b: 95 })).toBe("80,5/95");
    // Zero is "other" in both languages.
    expect(translator("en")("rowsSkippedShort", { count: 0 })).toBe("0 rows skipped");
  });
});

describe("selection mistakes", () => {
  const oneColumn = { grid: [["Kunde"], ["Müller"], ["Bauer"]], firstColumn: 3 };

  it("are warnings with advice that names the one column selected", () => {
    const n = { kind: "core", message: { code: "NO_REVENUE_COLUMN" } } as const;
    expect(isSelectionMistake(n)).toBe(true);
    const advice = selectionAdvice(n, oneColumn);
    expect(langValue("en").say(advice!)).toBe(
      "Your selection holds only column D: Kunde. Select the whole list with the customer and revenue columns, or one cell in it."
    );
    expect(langValue("de").say(advice!)).toContain("nur die Spalte D: Kunde");
  });

  it("leave other errors alone", () => {
    const n = { kind: "ui", key: "errorUnexpected", params: { message: "x" } } as const;
    expect(isSelectionMistake(n)).toBe(false);
    expect(selectionAdvice(n, oneColumn)).toBeNull();
    const wide = { grid: [["Kunde", "Umsatz"]], firstColumn: 0 };
    expect(selectionAdvice({ kind: "core", message: { code: "HEADER_ONLY" } }, wide)).toBeNull();
  });
});

describe("go to sheet", () => {
  it("goes to an address as is and to A1 of a bare sheet name", () => {
    expect(goToAddress("Rechnungen!G1:J241")).toBe("Rechnungen!G1:J241");
    expect(goToAddress("ABC-Analyse")).toBe("'ABC-Analyse'!A1");
    expect(sheetOfAddress("'KAM-Plan'!A1:F9")).toBe("KAM-Plan");
    expect(sheetOfAddress("Lists")).toBe("Lists");
  });
});
