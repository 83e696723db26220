// Acceptance test of issue 8: a year of monthly refreshes through createExcelApi(), exactly as
// the task pane calls it, while a user works in the workbook. After every refresh everything the
// add-in does not own is as the user left it, every note typed into the KAM plan is still with
// its customer, and no sheet, table, chart or class column exists twice.
import { analyze } from "../../src/core/analyze";
import type { Language } from "../../src/core/types";
import { createExcelApi } from "../../src/excel";
import { CLASS_COLUMNS_NAME } from "../../src/excel/host/state";
import { OWNER_MARKER } from "../../src/excel/host/ownedSheets";
import type { RunSettings, SourceData, StoredRun } from "../../src/excel/types";
import { createFakeHost, type FakeHost } from "../../fake-excel";

const SETTINGS: RunSettings = {
  method: "fixed",
  thresholds: [80, 95],
  strict: false,
  visibleOnly: false,
};
const KAM = { includeB: false, extraKeys: [] as string[], roadmap: false };
const PLAN = "KAM_Plan";
const KAM_TABLES = ["KAM_Plan", "KAM_Actions", "KAM_Stakeholders"];
/** Headers of the user's own columns on the data sheet, named like the add-in's. */
const USER_HEADERS = { range: ["rank", "Class"], table: ["rank", "RANG", "class"] };
const CLASS_HEADERS = {
  en: ["Rank", "Share", "Cumulative share", "Class"],
  de: ["Rang", "Anteil", "Kumulierter Anteil", "ABC-Klasse"],
};

/** Seeded random numbers (mulberry32), so every run of the test sees the same year. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Cell = string | number | boolean;

/** Everything of the user's that a refresh must leave alone. */
interface Snapshot {
  /** Per sheet (by id, so that the user's renames count as the user's), per row: the user's cells. */
  cells: Record<string, string[][]>;
  rules: string[];
  sourceColumns: string[];
  sheets: string[];
}

class Year {
  readonly host: FakeHost;
  readonly api = createExcelApi();
  readonly rnd: () => number;
  /** Notes the user typed into the plan: customer key → note. */
  readonly notes = new Map<string, string>();
  private nextCustomer = 31;
  run: StoredRun | null = null;

  constructor(
    readonly mode: "range" | "table",
    readonly lang: Language
  ) {
    this.rnd = random(mode === "range" ? 17 : 29);
    const header = lang === "de" ? ["Kunde", "Umsatz"] : ["Customer", "Revenue"];
    const rows: Cell[][] = [header];
    for (let i = 1; i <= 30; i++) rows.push([`Kunde ${i}`, Math.round(1000 + this.rnd() * 90000)]);
    // A customer name that Excel would take for a formula when written back unprotected.
    rows.push(["=Minus GmbH", 55000]);
    const notes: Cell[][] = [
      ["Notiz", "Wert", "rank", "RANG", "Class"],
      ["Ziel", 1200, 1, 2, "A"],
      ["Summe", "=B2*2", '=IF(A2="","","")', "=SUM(B2:B3)", "x"],
    ];
    this.host = createFakeHost({
      displayLanguage: lang === "de" ? "de-DE" : "en-US",
      sheets: { Daten: rows, Notizen: notes },
      // Range: the user selects the two columns, so the formulas beside them are not data.
      selection: mode === "range" ? `Daten!A1:B${rows.length}` : "Daten!A2",
      supportedSets: { ExcelApi: "1.13" },
    });
    this.host.install(globalThis);
    const daten = this.host.workbook.getSheet("Daten");
    if (mode === "table") {
      this.host.workbook.addTable(`Daten!A1:B${rows.length}`, true, "Umsatz");
    } else {
      // Formulas beside the data that show "": they occupy their cells.
      for (let r = 1; r < rows.length; r++) daten.setValue(r, 2, `=IF(A${r + 1}="","","")`);
      USER_HEADERS.range.forEach((h, i) => daten.setValue(0, 8 + i, h));
    }
  }

  /** The user adds a column to the source table (Table Design › Insert column), with a formula. */
  private async addTableColumns(names: string[]): Promise<void> {
    await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Umsatz");
      for (const name of names) {
        const col = t.columns.add(undefined, undefined, name);
        col.getDataBodyRange().getCell(0, 0).formulas = [["=B2*0"]];
      }
      await context.sync();
    });
  }

  /** Set-up that needs the Office.js side (as the user does it through Excel's UI). */
  async prepare(): Promise<void> {
    if (this.mode === "table") await this.addTableColumns(USER_HEADERS.table);
  }

  get daten() {
    return this.host.workbook.getSheet("Daten");
  }

  /** One monthly step of the data: next month's invoices, changed amounts, new and lost customers. */
  async changeData(): Promise<void> {
    const sheet = this.daten;
    const last = this.mode === "table" ? this.lastTableRow() : sheet.usedRange().rowCount - 1;
    const rows: Cell[][] = [];
    for (let i = 0; i < 4; i++) {
      const r = 1 + Math.floor(this.rnd() * last);
      rows.push([sheet.getValue(r, 0) as string, Math.round(500 + this.rnd() * 20000)]);
    }
    rows.push([`Kunde ${this.nextCustomer++}`, Math.round(5000 + this.rnd() * 150000)]);
    const changed = 1 + Math.floor(this.rnd() * last);
    sheet.setValue(changed, 1, Math.round(this.rnd() * 100000));
    // A lost customer: the user empties the amount of one row.
    const lost = 1 + Math.floor(this.rnd() * last);
    sheet.setValue(lost, 1, 0);
    if (this.mode === "table") {
      await Excel.run(async (context) => {
        const t = context.workbook.tables.getItem("Umsatz");
        const columns = t.columns.load("count");
        await context.sync();
        t.rows.add(
          undefined,
          rows.map((r) => [...r, ...new Array(columns.count - 2).fill("")])
        );
        await context.sync();
      });
    } else {
      // The user's formula column is right of the class columns once they exist.
      const own = this.classColumns();
      const formulaColumn = own ? own.c1 + 1 : 2;
      rows.forEach((r, i) => {
        sheet.setValue(last + 1 + i, 0, r[0]);
        sheet.setValue(last + 1 + i, 1, r[1]);
        sheet.setValue(last + 1 + i, formulaColumn, `=IF(A${last + 2 + i}="","","")`);
      });
    }
  }

  private lastTableRow(): number {
    return this.host.workbook.table("Umsatz")!.rowCount;
  }

  /** First analysis, or Refresh: the stored run repeated on the grown data. */
  async analyseAndWrite(): Promise<void> {
    const data: SourceData = this.run
      ? await this.api.readSource({ ref: this.run.source })
      : await this.api.readSource({});
    const lang = this.run?.language ?? this.lang;
    const result = analyze(data.grid, { method: "fixed", thresholds: [80, 95] });
    await this.api.writeClassColumns(data, result, lang);
    await this.api.writeAnalysisSheet(data, result, SETTINGS, lang);
    await this.api.writeKamSheets(result, KAM, lang);
    this.run = {
      version: 1,
      source: data.ref,
      settings: SETTINGS,
      ranAt: new Date().toISOString(),
      language: lang,
      outputs: {},
    };
    await this.api.saveRun(this.run);
  }

  /** Sheets the add-in owns: marked ones and those of its KAM tables. */
  ownSheets(): Set<string> {
    const wb = this.host.workbook;
    const own = new Set(
      wb
        .names()
        .filter((n) => n.name === OWNER_MARKER)
        .map((n) => n.scope)
    );
    for (const t of KAM_TABLES) {
      const info = wb.table(t);
      if (info) own.add(info.sheet);
    }
    return own;
  }

  /** The add-in's class columns on the Daten sheet (its workbook name), 0-based rows and columns. */
  classColumns(): { r0: number; r1: number; c0: number; c1: number } | null {
    const name = this.host.workbook.names().find((n) => n.name === CLASS_COLUMNS_NAME);
    const m = name && /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(name.formula);
    if (!m) return null;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { r0: Number(m[2]) - 1, r1: Number(m[4]) - 1, c0: col(m[1]), c1: col(m[3]) };
  }

  snapshot(): Snapshot {
    const wb = this.host.workbook;
    const own = this.ownSheets();
    const skip = this.classColumns();
    const cells: Record<string, string[][]> = {};
    for (const name of wb.sheetNames) {
      if (own.has(name)) continue;
      const sheet = wb.getSheet(name);
      const used = sheet.usedRange(false);
      const rows: string[][] = [];
      for (let r = 0; r < used.rowIndex + used.rowCount; r++) {
        const row: string[] = [];
        for (let c = 0; c < used.columnIndex + used.columnCount; c++) {
          const owned = skip && r >= skip.r0 && r <= skip.r1 && c >= skip.c0 && c <= skip.c1;
          if (name === "Daten" && owned) continue;
          const f = sheet.getFormula(r, c) ?? sheet.getValue(r, c);
          if (f === "") continue;
          row.push(`${JSON.stringify(f)} ${sheet.getNumberFormat(r, c)}`);
        }
        rows.push(row);
      }
      cells[sheet.id] = rows;
    }
    const rules = wb.sheetNames.flatMap((s) =>
      wb
        .getSheet(s)
        .conditionalFormats()
        .filter((cf) => cf.type === "ContainsText" && String(cf.text).startsWith("user"))
        .map((cf) => `${cf.address} ${cf.text}`)
    );
    const table = wb.table("Umsatz");
    const sourceColumns = table
      ? table.headers.filter((_, i) => !skip || i < skip.c0 || i > skip.c1)
      : [];
    const sheets = wb.sheetNames.filter((s) => !own.has(s)).sort();
    return { cells, rules: rules.sort(), sourceColumns, sheets };
  }

  /** What the user typed into the plan is still in the row of its customer. */
  expectNotesWithTheirCustomers(): void {
    const t = this.host.workbook.table(PLAN)!;
    const sheet = this.host.workbook.getSheet(t.sheet);
    const values = sheet.getValues(t.address.slice(t.address.lastIndexOf("!") + 1));
    const key = values[0].indexOf(this.lang === "de" ? "Schlüssel" : "Key");
    const notes = values[0].indexOf(this.lang === "de" ? "Notizen" : "Notes");
    const found = new Map(values.slice(1).map((r) => [String(r[key]), String(r[notes])]));
    for (const [k, note] of this.notes) expect([k, found.get(k)]).toEqual([k, note]);
  }

  /** A note typed into the plan for the first key account without one. */
  typeNote(month: number): void {
    const t = this.host.workbook.table(PLAN)!;
    const sheet = this.host.workbook.getSheet(t.sheet);
    const values = sheet.getValues(t.address.slice(t.address.lastIndexOf("!") + 1));
    const key = values[0].indexOf(this.lang === "de" ? "Schlüssel" : "Key");
    const notes = values[0].indexOf(this.lang === "de" ? "Notizen" : "Notes");
    const r = values.findIndex((row, i) => i > 0 && row[notes] === "");
    if (r < 0) return;
    const note = `Gespräch im Monat ${month}`;
    const headerRow = Number(/(\d+)$/.exec(t.headerAddress)![1]) - 1;
    sheet.setValue(headerRow + r, notes, note);
    this.notes.set(String(values[r][key]), note);
  }

  /** The user's filter on the plan's Class column still holds and shows exactly the A rows. */
  expectPlanFilteredOnA(): void {
    const t = this.host.workbook.table(PLAN)!;
    const cls = t.headers.indexOf(this.lang === "de" ? "Klasse" : "Class");
    expect(this.host.workbook.tableFilters(PLAN)[cls]).toEqual({
      filterOn: "Values",
      values: ["A"],
    });
    const sheet = this.host.workbook.getSheet(t.sheet);
    const values = sheet.getValues(t.address.slice(t.address.lastIndexOf("!") + 1));
    const headerRow = Number(/(\d+)$/.exec(t.headerAddress)![1]) - 1;
    values.slice(1).forEach((row, i) => {
      expect([row[cls], sheet.isRowHidden(headerRow + 1 + i)]).toEqual([
        row[cls],
        row[cls] !== "A",
      ]);
    });
  }

  /** Nothing the add-in made exists twice. */
  expectEverythingOnce(sheetCount: number): void {
    const wb = this.host.workbook;
    expect(wb.sheetNames).toHaveLength(sheetCount);
    const tables = wb.tables().map((t) => t.name.toLowerCase());
    expect(new Set(tables).size).toBe(tables.length);
    for (const t of KAM_TABLES) expect(tables).toContain(t.toLowerCase());
    const markers = wb.names().filter((n) => n.name === OWNER_MARKER);
    expect(markers.filter((n) => n.formula === '="analysis"')).toHaveLength(1);
    const analysis = markers.find((n) => n.formula === '="analysis"')!.scope;
    expect(wb.getSheet(analysis).charts()).toHaveLength(2);
    const headers =
      this.mode === "table"
        ? wb.table("Umsatz")!.headers
        : (this.daten.getValues("1:1")[0] as Cell[]).map(String);
    const lang = this.run!.language;
    // Once each, besides the user's own columns of the same names.
    for (const h of CLASS_HEADERS[lang]) {
      const own = headers.filter((x) => x === h || x === `${h} (ABC)`).length;
      expect([h, own]).toEqual([h, 1 + USER_HEADERS[this.mode].filter((u) => u === h).length]);
    }
    const own = this.classColumns()!;
    expect(own.c1 - own.c0 + 1).toBe(4);
  }
}

/** A user's highlight (ContainsText "user…"), added on top of every other rule. */
async function userRule(sheet: string, address: string, text: string): Promise<void> {
  await Excel.run(async (context) => {
    const cf = context.workbook.worksheets
      .getItem(sheet)
      .getRange(address)
      .conditionalFormats.add("ContainsText");
    cf.textComparison.rule = { operator: "Contains", text };
    cf.textComparison.format.font.color = "#C00000";
    await context.sync();
  });
}

async function moveSheet(name: string, position: number): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).position = position;
    await context.sync();
  });
}

describe.each([
  ["range", "en"],
  ["range", "de"],
  ["table", "en"],
  ["table", "de"],
] as const)("a year of monthly refreshes (%s source, %s)", (mode, lang) => {
  let year: Year;
  afterEach(() => year.host.uninstall(globalThis));

  it("leaves every user cell, rule, column and sheet as the user left it", async () => {
    year = new Year(mode, lang);
    await year.prepare();
    await userRule("Daten", "A2:A20", "user-data");
    await userRule("Notizen", "A1:E3", "user-notes");
    const first = year.snapshot();
    await year.analyseAndWrite();
    expect(year.snapshot()).toEqual(first);
    const sheetCount = year.host.workbook.sheetNames.length;
    year.expectEverythingOnce(sheetCount);

    for (let month = 1; month <= 12; month++) {
      const wb = year.host.workbook;
      if (month === 7) {
        // The user sorts the data with the class columns beside it, largest amount first (before
        // this month's rows come in: rows sorted below the add-in's named block would count as
        // the user's and be moved aside, not overwritten).
        const last =
          mode === "table" ? wb.table("Umsatz")!.rowCount : year.daten.usedRange().rowCount - 1;
        year.daten.sortRows(1, last, { column: 1, ascending: false });
      }
      await year.changeData();
      year.typeNote(month);
      const own = [...year.ownSheets()];
      if (month === 2) wb.renameSheet(own[0], `${own[0]} 2027`);
      if (month === 3) wb.renameSheet("Notizen", "Notes 2027");
      if (month === 4) await moveSheet(wb.table(PLAN)!.sheet, 0);
      if (month === 5)
        await moveSheet(
          wb.sheetNames.find((s) => s.startsWith("Not"))!,
          1
        );
      if (month === 6) year.host.reopen({ newIds: true });
      if (month === 8) {
        const plan = wb.table(PLAN)!;
        const cls = plan.headers.indexOf(lang === "de" ? "Klasse" : "Class");
        wb.filterTable(PLAN, cls, { filterOn: "Values", values: ["A"] });
      }
      if (month === 9) {
        const next = wb.sheetNames.find((s) => !year.ownSheets().has(s) && s !== "Daten")!;
        await userRule(next, "G1:G5", "user-neighbour");
        const plan = wb.table(PLAN)!;
        await userRule(plan.sheet, "AA1:AA5", "user-beside-plan");
      }
      const before = year.snapshot();
      await year.analyseAndWrite();
      expect([month, year.snapshot()]).toEqual([month, before]);
      year.expectNotesWithTheirCustomers();
      year.expectEverythingOnce(sheetCount);
      if (month >= 8) year.expectPlanFilteredOnA();
    }
  });
});
