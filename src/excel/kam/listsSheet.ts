// The lists sheet: one column per validation list, one workbook name per list.
import { KAM_LISTS, LIST_CAPACITY, listNameFormula, sheetRef, type ListSpec } from "../../core/kam";
import { columnLetter } from "../../core/a1";
import type { Language } from "../../core/types";
import type { Batch } from "../host/batch";
import { queueMarkSheet } from "../host/ownedSheets";
import { TEXT_FORMAT } from "../host/safeText";
import { filledColumn, type Unit } from "./work";

const HINT: Record<Language, string> = {
  en:
    "Lists for the dropdowns of the KAM sheets. To extend a list, type new entries directly below " +
    "its last entry (no empty cells in between); every dropdown offers them at once. " +
    "The Key accounts column is rewritten by each KAM refresh.",
  de:
    "Listen für die Auswahlfelder der KAM-Blätter. Zum Erweitern neue Einträge direkt unter dem " +
    "letzten Eintrag einer Liste eingeben (ohne Leerzellen dazwischen); alle Auswahlfelder bieten " +
    "sie sofort an. Die Spalte Key Accounts wird bei jeder KAM-Aktualisierung neu geschrieben.",
};

/** Where a list column starts: sheet row and column (0-based) of its first entry. */
export interface ListAnchor {
  sheetName: string;
  row: number;
  column: number;
}

export function defaultAnchor(sheetName: string, list: ListSpec): ListAnchor {
  return { sheetName, row: 1, column: KAM_LISTS.indexOf(list) };
}

/** The key-account name covers exactly the current entries (at least one cell). */
function keyAccountFormula(a: ListAnchor, count: number): string {
  const c = columnLetter(a.column);
  const last = a.row + Math.max(1, count);
  return `=${sheetRef(a.sheetName)}!$${c}$${a.row + 1}:$${c}$${last}`;
}

/** Defines a workbook name, or points an existing one (perhaps broken by a deleted sheet) anew. */
function queueListName(
  context: Batch,
  name: string,
  formula: string,
  exists: boolean,
  comment: string
): void {
  if (exists) context.workbook.names.getItem(name).formula = formula;
  else context.workbook.names.add(name, formula, comment);
}

const comment = (list: ListSpec, lang: Language) =>
  lang === "de"
    ? `Auswahlliste ${list.header.de} (Key Account Analyzer)`
    : `Dropdown list ${list.header.en} (Key Account Analyzer)`;

/** The lists sheet with every list and its name; `existing` holds names already defined (lower case). */
export function queueListsSheet(
  context: Batch,
  sheetName: string,
  keyAccounts: readonly string[],
  lang: Language,
  existing: ReadonlySet<string>
): { units: Unit[]; created: () => Excel.Worksheet } {
  let sheet: Excel.Worksheet | null = null;
  const units: Unit[] = [];
  units.push({
    cells: KAM_LISTS.length + 1,
    queue: () => {
      sheet = context.workbook.worksheets.add(sheetName);
      sheet.load("id,name");
      queueMarkSheet(sheet, "lists");
      const header = sheet.getRangeByIndexes(0, 0, 1, KAM_LISTS.length);
      header.values = [KAM_LISTS.map((l) => l.header[lang])];
      header.format.font.bold = true;
      header.format.columnWidth = 130;
      const hint = sheet.getRangeByIndexes(0, KAM_LISTS.length + 1, 1, 1);
      hint.values = [[HINT[lang]]];
      hint.format.wrapText = true;
      hint.format.columnWidth = 320;
      hint.format.verticalAlignment = "Top";
      sheet.freezePanes.freezeRows(1);
    },
  });
  KAM_LISTS.forEach((list, i) => {
    const values = list.refreshed ? keyAccounts : list.values[lang];
    const rows = Math.max(LIST_CAPACITY, values.length);
    units.push({
      cells: rows + values.length,
      queue: () => {
        // Text format down the whole list so that entries an administrator adds stay text too.
        const s = sheet as Excel.Worksheet;
        s.getRangeByIndexes(1, i, rows, 1).numberFormat = filledColumn(rows, TEXT_FORMAT);
        if (values.length)
          s.getRangeByIndexes(1, i, values.length, 1).values = values.map((v) => [v]);
        const formula = list.refreshed
          ? keyAccountFormula(defaultAnchor(sheetName, list), values.length)
          : listNameFormula(sheetName, i);
        queueListName(
          context,
          list.name,
          formula,
          existing.has(list.name.toLowerCase()),
          comment(list, lang)
        );
      },
    });
  });
  return {
    units,
    created: () => {
      if (!sheet) throw new Error("Lists sheet was not queued");
      return sheet;
    },
  };
}

/** Rewrites the key-account list in place and fits its name to the new length. */
export function keyAccountListUnit(
  context: Batch,
  anchor: ListAnchor,
  keyAccounts: readonly string[],
  previousCount: number,
  nameExists: boolean,
  lang: Language
): Unit {
  const rows = Math.max(keyAccounts.length, previousCount, 1);
  const list = KAM_LISTS.find((l) => l.refreshed) as ListSpec;
  return {
    cells: 2 * rows,
    queue: () => {
      const block = context.workbook.worksheets
        .getItem(anchor.sheetName)
        .getRangeByIndexes(anchor.row, anchor.column, rows, 1);
      block.numberFormat = filledColumn(rows, TEXT_FORMAT);
      block.values = Array.from({ length: rows }, (_, i) => [keyAccounts[i] ?? ""]);
      queueListName(
        context,
        list.name,
        keyAccountFormula(anchor, keyAccounts.length),
        nameExists,
        comment(list, lang)
      );
    },
  };
}

/** Names of fixed lists that were deleted: defined again over their default column. */
export function restoreNamesUnit(
  context: Batch,
  sheetName: string,
  missing: readonly string[],
  lang: Language
): Unit {
  return {
    cells: missing.length,
    queue: () => {
      KAM_LISTS.forEach((list, i) => {
        if (list.refreshed || !missing.includes(list.name)) return;
        queueListName(
          context,
          list.name,
          listNameFormula(sheetName, i),
          false,
          comment(list, lang)
        );
      });
    },
  };
}
