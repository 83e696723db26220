import { analyze } from "../../../src/core/analyze";
import { writeKamSheets } from "../../../src/excel/kam";
import type { FakeHost } from "../../../fake-excel";
import { invoices } from "../timeData";
import { columnOf, installHost, tableGrid } from "./helpers";

const A_AND_B = { includeB: true, extraKeys: [] as string[], roadmap: false };

let host: FakeHost;
beforeEach(() => (host = installHost("de-DE")));
afterEach(() => host.uninstall(globalThis));

const withTime = () => analyze(invoices(), { method: "fixed", thresholds: [80, 95] });

describe("XYZ, growth and the previous period's class in the KAM plan", () => {
  it("are computed columns, filled from the time axis and refreshed in place", async () => {
    const result = withTime();
    await writeKamSheets(result, A_AND_B, "de");
    const g = tableGrid(host, "KAM_Plan");
    expect(g.header).toEqual(expect.arrayContaining(["XYZ", "Wachstum", "Klasse im Vorzeitraum"]));
    const cell = (name: string, header: string) =>
      columnOf(host, "KAM_Plan", header)[columnOf(host, "KAM_Plan", "Kunde").indexOf(name)];
    expect(cell("Alpha", "XYZ")).toBe("X");
    expect(cell("Alpha", "Wachstum")).toBeCloseTo(0.25, 12);
    expect(cell("Alpha", "Klasse im Vorzeitraum")).toBe("A");
    expect(cell("Gamma", "Wachstum")).toBe("neu");
    expect(cell("Gamma", "Klasse im Vorzeitraum")).toBe("");
    const growthColumn = g.header.indexOf("Wachstum");
    expect(g.sheet.getNumberFormat(1, growthColumn)).toBe("+0.0%;-0.0%;0.0%");

    // The user's notes survive; the computed cells are refreshed; Gamma (new in the period,
    // B both runs) says so in the change column.
    const notes = g.header.indexOf("Notizen");
    g.sheet.setValue(1, notes, "Jahresgespräch");
    g.sheet.setValue(1, growthColumn, 9);
    await writeKamSheets(result, A_AND_B, "de");
    expect(cell("Alpha", "Wachstum")).toBeCloseTo(0.25, 12);
    expect(tableGrid(host, "KAM_Plan").rows[0][notes]).toBe("Jahresgespräch");
    expect(cell("Gamma", "Veränderung")).toBe("neu");
    expect(cell("Alpha", "Veränderung")).toBe("");
  });

  it("a plan made without the time axis gains the three columns at its right end", async () => {
    const plain = analyze(
      [
        ["Kunde", "Umsatz"],
        ["Alpha", 900],
        ["Beta", 100],
        ["Gamma", 50],
      ],
      { method: "fixed", thresholds: [80, 95] }
    );
    await writeKamSheets(plain, A_AND_B, "de");
    expect(tableGrid(host, "KAM_Plan").header).not.toContain("XYZ");
    await writeKamSheets(withTime(), A_AND_B, "de");
    const header = tableGrid(host, "KAM_Plan").header;
    expect(header.slice(-3)).toEqual(["XYZ", "Wachstum", "Klasse im Vorzeitraum"]);
    expect(columnOf(host, "KAM_Plan", "XYZ")[0]).toBe("X");
  });
});
