// planKamSheets and writeKamSheets: the ExcelApi methods for the KAM planning sheets.
import {
  ACTIONS_TABLE,
  LISTS_SHEET,
  ROADMAP_TABLE,
  listSpec,
  STAKEHOLDERS_TABLE,
  calendarDay,
  isoDate,
  planColumns,
  planTable,
  roadmapRows,
  type Bilingual,
  type TableId,
  type TableSpec,
} from "../../core/kam";
import type { AnalysisResult } from "../../core/analyze";
import type { CellValue, Language, Message } from "../../core/types";
import type { KamOptions, Progress } from "../api";
import { runBatch, syncInSteps, type Batch } from "../host/batch";
import type { ActionReport } from "../types";
import { planAddress, refreshUnits } from "./applyRefresh";
import { keyAccountListUnit, queueListsSheet, restoreNamesUnit } from "./listsSheet";
import { prepare, type Prepared } from "./prepare";
import { contextLines, planLines, selectionLines, sheetsLine } from "./report";
import { uniqueSheetName } from "../host/sheetNames";
import { missingListNames } from "./snapshot";
import { KAM_RECORD, queueSaveState, type KamState, type StoredObject } from "./state";
import { tableSheetUnits, type NewTableSheet } from "./tableSheet";
import { packUnits, type Unit } from "./work";

const KEY_LIST_NAME = listSpec("keyAccounts").name;

interface NewSheet {
  table: TableSpec;
  rows: CellValue[][];
}

/** The sheets this run creates: missing tables (the roadmap only when asked) and the lists. */
function sheetsToCreate(p: Prepared, options: KamOptions): { tables: NewSheet[]; lists: boolean } {
  const tables: NewSheet[] = [];
  const plan = planTable(p.shape);
  if (!p.located.plan) tables.push({ table: plan, rows: p.changes.appends });
  if (!p.located.actions) tables.push({ table: ACTIONS_TABLE, rows: [] });
  if (!p.located.stakeholders) tables.push({ table: STAKEHOLDERS_TABLE, rows: [] });
  if (options.roadmap && !p.located.roadmap) {
    tables.push({ table: ROADMAP_TABLE, rows: roadmapRows(calendarDay(new Date()), p.sheetLang) });
  }
  return { tables, lists: !p.lists };
}

function namer(p: Prepared) {
  const taken = p.snap.sheets.map((s) => s.name);
  return (name: Bilingual) => {
    const unique = uniqueSheetName(name[p.sheetLang], taken);
    taken.push(unique);
    return unique;
  };
}

function roadmapLines(
  p: Prepared,
  options: KamOptions,
  created: boolean,
  sheet: string,
  done = true
): Message[] {
  if (!options.roadmap) return [];
  if (created)
    return [{ code: done ? "KAM_ROADMAP_CREATED" : "KAM_ROADMAP_WILL", params: { sheet } }];
  return [{ code: "KAM_ROADMAP_EXISTS", params: { sheet: p.located.roadmap?.sheetName ?? "" } }];
}

export function planKamSheets(
  result: AnalysisResult,
  options: KamOptions,
  lang: Language
): Promise<ActionReport> {
  return runBatch(async (context) => {
    const p = await prepare(context, result, options, lang);
    const todo = sheetsToCreate(p, options);
    const name = namer(p);
    const sheets = todo.tables.map((t) => name(t.table.sheet));
    if (todo.lists) sheets.push(name(LISTS_SHEET));
    const roadmapSheet = sheets[todo.tables.findIndex((t) => t.table.id === "roadmap")] ?? "";
    return {
      lines: [
        ...selectionLines(p),
        ...contextLines(p, lang, false),
        ...sheetsLine(sheets, false),
        ...planLines(p, false),
        ...roadmapLines(p, options, roadmapSheet !== "", roadmapSheet, false),
      ],
      touched: [...(p.plan ? [planAddress(p.plan, p.changes)] : []), ...sheets],
      syncs: context.syncs,
    };
  });
}

/** The lists sheet for a new workbook, or the refreshed key-account list (and lost names). */
function listUnits(
  context: Batch,
  p: Prepared,
  newSheet: string | null
): { units: Unit[]; created: (() => Excel.Worksheet) | null; sheetName: string } {
  if (newSheet) {
    const made = queueListsSheet(context, newSheet, p.keyAccountNames, p.sheetLang, p.snap.names);
    return { units: made.units, created: made.created, sheetName: newSheet };
  }
  const sheetName = p.lists?.name ?? "";
  const units: Unit[] = [];
  if (p.keyListAnchor) {
    const exists = p.snap.names.has(KEY_LIST_NAME.toLowerCase());
    const previous = p.snap.state?.keyAccountCount ?? 0;
    units.push(
      keyAccountListUnit(context, p.keyListAnchor, p.keyAccountNames, previous, exists, p.sheetLang)
    );
  }
  const missing = missingListNames(p.snap).filter((n) => n !== KEY_LIST_NAME);
  if (missing.length && sheetName) {
    units.push(restoreNamesUnit(context, sheetName, missing, p.sheetLang));
  }
  return { units, created: null, sheetName };
}

/** What to remember in the workbook once every object exists (ids of new ones are loaded). */
function stateAfter(
  p: Prepared,
  created: readonly { id: TableId; made: () => NewTableSheet }[],
  listsSheet: (() => Excel.Worksheet) | null
): KamState {
  const tables: KamState["tables"] = {};
  for (const [id, info] of Object.entries(p.located)) {
    if (info) tables[id as TableId] = { id: info.id, name: info.name };
  }
  for (const c of created) {
    const t = c.made().table;
    tables[c.id] = { id: t.id, name: t.name };
  }
  const sheet = listsSheet?.();
  const lists: StoredObject | undefined = sheet
    ? { id: sheet.id, name: sheet.name }
    : (p.lists ?? undefined);
  return {
    version: 1,
    language: p.sheetLang,
    createdOn: p.snap.state?.createdOn || isoDate(calendarDay(new Date())),
    tables,
    listsSheet: lists,
    keyAccountCount: p.keyAccountNames.length,
  };
}

export function writeKamSheets(
  result: AnalysisResult,
  options: KamOptions,
  lang: Language,
  onProgress?: Progress
): Promise<ActionReport> {
  return runBatch(async (context) => {
    const p = await prepare(context, result, options, lang);
    const todo = sheetsToCreate(p, options);
    const name = namer(p);
    const units: Unit[] = [];
    const touched: string[] = [];

    // Lists first: validations refer to their names.
    const lists = listUnits(context, p, todo.lists ? name(LISTS_SHEET) : null);
    units.push(...lists.units);
    const listsSheet = lists.created;
    const listsName = lists.sheetName;
    touched.push(listsName);

    // Existing plan: the change set. New tables: whole sheets.
    if (p.plan) {
      units.push(...refreshUnits(context, p.plan, p.changes, p.shape, p.sheetLang));
      touched.push(planAddress(p.plan, p.changes));
    }
    const created: { id: TableId; made: () => NewTableSheet }[] = [];
    for (const t of todo.tables) {
      const columns = t.table.id === "plan" ? planColumns(p.shape) : t.table.columns;
      const sheet = name(t.table.sheet);
      const made = tableSheetUnits(context, t.table, columns, sheet, t.rows, p.sheetLang, {
        freezeFirstColumn: t.table.id === "plan",
        activate: t.table.id === "plan",
      });
      units.push(...made.units);
      created.push({ id: t.table.id, made: made.created });
    }

    // The lists come first (names before validations) but belong at the back of the workbook.
    if (listsSheet) {
      const last = p.snap.sheets.length + created.length;
      const sheet = listsSheet;
      units.push({ cells: 1, queue: () => (sheet().position = last) });
    }

    const state = () => stateAfter(p, created, listsSheet);

    // Ids of new tables and sheets are known only after they exist: then one more round trip.
    const steps = packUnits(units);
    const needIds = created.length > 0 || listsSheet !== null;
    if (!needIds) {
      // Nothing new: the state goes out with the last write.
      const last = steps.pop();
      steps.push(() => {
        last?.();
        queueSaveState(context, state(), p.snap.names.has(KAM_RECORD.toLowerCase()));
      });
    }
    const total = steps.length + (needIds ? 1 : 0);
    await syncInSteps(context, steps, (done) => onProgress?.(done, total));
    if (needIds) {
      queueSaveState(context, state(), p.snap.names.has(KAM_RECORD.toLowerCase()));
      await context.sync();
      onProgress?.(total, total);
    }

    const createdSheets = [
      ...created.map((c) => c.made().sheetName),
      ...(listsSheet ? [listsName] : []),
    ];
    touched.push(...created.map((c) => c.made().address));
    const roadmap = created.find((c) => c.id === "roadmap");
    return {
      lines: [
        ...selectionLines(p),
        ...contextLines(p, lang, true),
        ...sheetsLine(createdSheets, true),
        ...planLines(p, true),
        ...roadmapLines(p, options, !!roadmap, roadmap ? roadmap.made().sheetName : ""),
        { code: "KAM_LIST_REFRESHED", params: { count: p.keyAccountNames.length } },
      ],
      touched: [...new Set(touched.filter((t) => t !== ""))],
      syncs: context.syncs,
    };
  });
}
