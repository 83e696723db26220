import { evaluateFormula } from "../../src/playground/formula/evaluate";
import { parseFormula } from "../../src/playground/formula/parseFormula";
import { createFakeHost } from "../../fake-excel";

const rows = [
  ["Kunde", "Umsatz", "Jan", "Feb"],
  ["Müller GmbH", 5000, 100, 100],
  ["Schulz AG", 3000, 100, 0],
  ["Weber KG", 1000, "", 300],
  ["Müller GmbH", 500, 0, 0],
  ["Fischer OHG", "offen", 50, 60],
];
const model = () =>
  createFakeHost({ sheets: { Daten: rows, "Andere Daten": [[1], [2]] } }).workbook;
const run = (formula: string, lang: "en" | "de" = "en") =>
  evaluateFormula(formula, model(), "Daten", lang);

describe("parseFormula", () => {
  it("reads English and German separators, percent, decimal commas and quoted text", () => {
    expect(parseFormula('=KAM.ABC(B2:B6,80%,0.95,"fixed")')).toEqual({
      ok: true,
      id: "ABC",
      args: [
        { kind: "range", sheet: null, address: "B2:B6" },
        { kind: "number", value: 0.8 },
        { kind: "number", value: 0.95 },
        { kind: "text", value: "fixed" },
      ],
    });
    expect(parseFormula('=kam.abc($B$2:$B$6;;0,95;"computed")')).toMatchObject({
      ok: true,
      args: [
        { kind: "range", address: "B2:B6" },
        { kind: "omitted" },
        { kind: "number", value: 0.95 },
        { kind: "text", value: "computed" },
      ],
    });
    expect(parseFormula("='Andere Daten'!A1:A2")).toEqual({ ok: false, error: "syntax" });
    expect(parseFormula("=KAM.N80('Andere Daten'!A1:A2)")).toMatchObject({
      args: [{ kind: "range", sheet: "Andere Daten", address: "A1:A2" }],
    });
  });
  it("knows only the add-in's functions", () => {
    expect(parseFormula("=KAM.MEDIAN(B2:B6)")).toEqual({ ok: false, error: "#NAME?" });
    expect(parseFormula("=SUM(B2:B6)")).toEqual({ ok: false, error: "#NAME?" });
    expect(parseFormula('=KAM.ABC(B2:B6,"open)')).toEqual({ ok: false, error: "syntax" });
  });
});

describe("evaluateFormula on the simulated sheet", () => {
  it("spills one class per row, empty where the cell is text", () => {
    expect(run("=KAM.ABC(B2:B6)")).toEqual({
      kind: "spill",
      rows: [["A"], ["A"], ["B"], ["B"], [""]], // 500 crosses 95 % of 9,500: B
    });
  });
  it("gives the same German and English, and a Pareto table with duplicates summed", () => {
    expect(run("=KAM.PARETO(A2:A6;B2:B6;2)", "de")).toEqual(run("=KAM.PARETO(A2:A6,B2:B6,2)"));
    const pareto = run("=KAM.PARETO(A2:A6,B2:B6)");
    expect(pareto).toMatchObject({ kind: "spill" });
    expect((pareto as { rows: unknown[][] }).rows[0].slice(0, 2)).toEqual(["Müller GmbH", 5500]);
  });
  it("shows a figure as a one-cell spill and reads other sheets", () => {
    expect(run("=KAM.N80(B2:B6)")).toEqual({ kind: "spill", rows: [[2]] });
    expect(run("=KAM.HHI('Andere Daten'!A1:A2)")).toMatchObject({ kind: "spill" });
    expect(run("=KAM.XYZ(C2:D6)")).toEqual({
      kind: "spill",
      rows: [["X"], ["Y"], ["Y"], [""], ["X"]], // cv 0, 1, 1, none, 0.09
    });
  });
  it("shows Excel's errors with the function's message", () => {
    expect(run('=KAM.ABC(B2:B6,,,"best")', "de")).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: "Methode muss „fixed“, „count“ oder „computed“ sein",
    });
    expect(run("=KAM.ABC()")).toMatchObject({ kind: "error", code: "#N/A" });
    expect(run("=KAM.PARETO(A2:A6)")).toMatchObject({ kind: "error", code: "#N/A" });
    expect(run("=KAM.GINI(Fehlt!A1:A3)")).toMatchObject({ kind: "error", code: "#REF!" });
    expect(run("=KAM.TOP(B2:B6)")).toMatchObject({ kind: "error", code: "#NAME?" });
  });
});
