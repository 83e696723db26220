import { analyze } from "../../../src/core/analyze";
import {
  ACTION_COLUMNS,
  ONE_PAGER_HEIGHT,
  ONE_PAGER_WIDTH,
  PLAN,
  STAKEHOLDER_COLUMNS,
  onePagerFigures,
  onePagerLayout,
  onePagerSheetName,
  selectKeyAccounts,
  type OnePagerCell,
  type OnePagerInput,
} from "../../../src/core/kam";
import type { Language } from "../../../src/core/types";
import { onePagerInputOf } from "./helpers";

const invoices = [
  ["Kunde", "Rechnungsdatum", "Umsatz", "Deckungsbeitrag"],
  ["Alpha AG", "15.01.2026", 300, 90],
  ["Alpha AG", "15.02.2026", 300.55, 100],
  ["Alpha AG", "15.02.2025", 200, 60],
  ["Beta KG", "15.02.2026", 100, 10],
  ["Gamma", "03.02.2026", 50, 5],
  ["Gamma", "10.03.2024", 10, 1], // the data reach back to the previous period
];

function inputFor(lang: Language, grid = invoices): OnePagerInput {
  return onePagerInputOf(analyze(grid, { method: "fixed", thresholds: [80, 95] }), lang);
}

const formulasOf = (cells: OnePagerCell[][]) =>
  cells.flat().flatMap((c) => (c.kind === "formula" ? [c.formula] : []));
const textsOf = (cells: OnePagerCell[][]) =>
  cells.flat().flatMap((c) => (c.kind === "value" && typeof c.value === "string" ? [c.value] : []));

/** Every structured reference `Table[Column]` in a formula, unescaped. */
const refsOf = (formula: string) =>
  [...formula.matchAll(/([A-Za-z_][\w.]*)\[((?:[^\]']|'.)*)\]/g)].map((m) => ({
    table: m[1],
    column: m[2].replace(/'(.)/g, "$1"),
  }));

describe.each(["en", "de"] as const)("the one-pager layout (%s)", (lang) => {
  const input = inputFor(lang);
  const layout = onePagerLayout(input);
  const other: Language = lang === "en" ? "de" : "en";

  it("is a fixed block, so typed cells keep their place on refresh", () => {
    expect(layout.cells).toHaveLength(ONE_PAGER_HEIGHT);
    for (const row of layout.cells) expect(row).toHaveLength(ONE_PAGER_WIDTH);
    const typed = (l: typeof layout) =>
      l.cells.flatMap((row, r) => row.flatMap((c, k) => (c.kind === "typed" ? [[r, k]] : [])));
    // Without the time axis the same cells are the user's.
    const plain = onePagerLayout({ ...input, time: undefined });
    expect(typed(plain)).toEqual(typed(layout));
    // Five strategy fields (B:E) and four note lines (H:N), each merged.
    expect(typed(layout)).toHaveLength(5 * 4 + 4 * 7);
    expect(layout.merges.filter((m) => m.right - m.left === 3)).toHaveLength(5);
  });

  it("names the account and its figures from the analysis, to the cent", () => {
    const texts = textsOf(layout.cells);
    expect(texts[0]).toBe(lang === "en" ? "One-pager: Alpha AG" : "One-Pager: Alpha AG");
    expect(texts[1]).toContain(lang === "en" ? "2025-12-09" : "09.12.2025");
    const at = (r: number, c: number) => layout.cells[r][c];
    expect(at(3, 1)).toMatchObject({ kind: "value", value: "Alpha AG" });
    expect(at(8, 1)).toMatchObject({ kind: "value", value: 600.55 });
    expect(at(10, 1)).toMatchObject({ kind: "value", value: 190 });
    expect(at(10, 3)).toMatchObject({ kind: "value", value: 190 / 600.55 });
    expect(at(9, 3)).toMatchObject({ kind: "value", value: 200 });
    expect(at(9, 1)).toMatchObject({ kind: "value", value: 600.55 / 200 - 1 });
    const score = at(10, 5);
    expect(score.kind === "value" && typeof score.value === "number").toBe(true);
    expect((score as { value: number }).value).toBeGreaterThanOrEqual(0);
    expect((score as { value: number }).value).toBeLessThanOrEqual(100);
  });

  it("charts the months of the period, data outside the print area", () => {
    expect(layout.chart).not.toBeNull();
    const chart = layout.chart!;
    expect(chart.months).toBe(12);
    expect(chart.values.left).toBeGreaterThanOrEqual(layout.printColumns);
    const last = layout.cells[chart.values.bottom];
    expect(last[chart.categories.left]).toMatchObject({ value: "Feb 2026" });
    expect(last[chart.values.left]).toMatchObject({ value: 300.55 });
    const plain = onePagerLayout({ ...input, time: undefined });
    expect(plain.chart).toBeNull();
    expect(textsOf(plain.cells).join(" ")).toContain(
      lang === "en" ? "No monthly figures" : "Keine Monatszahlen"
    );
  });

  it("refers only to the KAM tables and their columns in the sheets' language", () => {
    const headers: Record<string, string[]> = {
      KAM_Plan: Object.values(PLAN).map((c) => c.header[lang]),
      KAM_Actions: ACTION_COLUMNS.map((c) => c.header[lang]),
      KAM_Stakeholders: STAKEHOLDER_COLUMNS.map((c) => c.header[lang]),
    };
    const refs = formulasOf(layout.cells).flatMap(refsOf);
    expect(new Set(refs.map((r) => r.table))).toEqual(new Set(Object.keys(headers)));
    for (const r of refs) {
      expect([
        r.table,
        r.column,
        headers[r.table].includes(r.column) || r.column === "#Headers",
      ]).toEqual([r.table, r.column, true]);
    }
    // Nothing of the other language slips in (German and English headers differ here).
    const foreign = new Set(ACTION_COLUMNS.map((c) => c.header[other]));
    for (const c of ACTION_COLUMNS) if (c.header.en === c.header.de) foreign.delete(c.header.en);
    expect(refs.filter((r) => r.table === "KAM_Actions" && foreign.has(r.column))).toEqual([]);
  });

  it("lists open actions and stakeholders without FILTER or MAXIFS (Excel 2016+)", () => {
    const all = formulasOf(layout.cells).join("\n");
    expect(all).not.toMatch(/FILTER\(|MAXIFS\(|XLOOKUP\(|LET\(/);
    expect(all).toMatch(/AGGREGATE\(15,6,\(ROW\(KAM_Actions\[/);
    const closed = lang === "en" ? "Done" : "Erledigt";
    expect(all).toContain(`*(KAM_Actions[Status]<>"${closed}")`);
    expect(all).toContain(`(KAM_Actions[Status]<>"Abgebrochen")`);
  });

  it("looks the plan up by the key, and shows nothing for a deleted plan column", () => {
    const owner = layout.cells[4][1] as { formula: string };
    expect(owner.formula).toBe(
      `=IFERROR(INDEX(KAM_Plan[${PLAN.owner.header[lang]}],MATCH($F$5,KAM_Plan[${PLAN.key.header[lang]}],0))&"","")`
    );
    const without = onePagerLayout({
      ...input,
      planHeader: (id) => (id === "owner" ? null : PLAN[id].header[lang]),
    });
    expect(without.cells[4][1]).toMatchObject({ kind: "formula", formula: '=""' });
  });
});

describe("the one-pager sheet name", () => {
  it("is at most 31 characters, without the characters Excel refuses", () => {
    expect(onePagerSheetName("Alpha AG", "de")).toBe("Alpha AG – One-Pager");
    expect(onePagerSheetName("Alpha AG", "en")).toBe("Alpha AG – one-pager");
    const long = onePagerSheetName("Müller Maschinenbau GmbH & Co. KG [Werk 2]: Süd", "de");
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).toBe("Müller Maschinenba… – One-Pager");
    expect(onePagerSheetName("a/b\\c?d*e[f]g:h", "en")).toBe("a b c d e f g h – one-pager");
    expect(onePagerSheetName("'Quoted'", "en")).toBe("Quoted – one-pager");
    for (const n of ["", "???"]) expect(onePagerSheetName(n, "en").length).toBeGreaterThan(12);
  });
});

describe("the score on the one-pager", () => {
  test("uses the user's weights, as the pane and the portfolio do", () => {
    const result = analyze(invoices, { method: "fixed", thresholds: [80, 95] });
    const account = selectKeyAccounts(result, { includeB: false, extraKeys: [] })[0];
    const byDefault = onePagerFigures(result, account, {}).score;
    const marginOnly = onePagerFigures(result, account, {}, { margin: 100 }).score;
    const revenueOnly = onePagerFigures(result, account, {}, { revenue: 100 }).score;
    // Alpha AG leads on revenue and on margin: 100 points on either; the default mix differs.
    expect(marginOnly).toBe(100);
    expect(revenueOnly).toBe(100);
    expect(byDefault).toBeLessThan(100);
  });
});
