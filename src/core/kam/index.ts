// Key Account Management: the workbook layout as data and the refresh as a pure change set.

export * from "./types";
export {
  KAM_LISTS,
  LISTS_SHEET,
  LIST_CAPACITY,
  listSpec,
  listLabel,
  listNameFormula,
  sheetRef,
} from "./lists";
export { FORMATS } from "./columns";
export {
  PLAN,
  PLAN_TABLE_NAME,
  ALL_PLAN_COLUMNS,
  CONTROLLING_COLUMN_IDS,
  planColumns,
  planTable,
} from "./planTable";
export type { DataShape, PlanColumnId } from "./planTable";
export { ACTIONS_TABLE, ACTIONS_TABLE_NAME, ACTION_COLUMNS } from "./actionsTable";
export {
  STAKEHOLDERS_TABLE,
  STAKEHOLDERS_TABLE_NAME,
  STAKEHOLDER_COLUMNS,
} from "./stakeholdersTable";
export {
  ROADMAP_TABLE,
  ROADMAP_TABLE_NAME,
  ROADMAP_COLUMNS,
  ROADMAP_STEPS,
  roadmapRows,
} from "./roadmapTable";
export { kamLayout, headersOf, validationSource, resolveFormula, formulaColumns } from "./layout";
export { selectKeyAccounts, unknownExtraKeys, figuresByKey, figuresAt } from "./keyAccounts";
export type {
  KeyAccount,
  KeyAccountOptions,
  KeyAccountProposal,
  CustomerFigures,
} from "./keyAccounts";
export { changeText, marksNoLongerKey } from "./changeText";
export type { RowTransition } from "./changeText";
export { matchColumns } from "./matchColumns";
export { rowKey } from "./rowKeys";
export { planRefresh } from "./refreshPlan";
export type { PlanRefreshInput, PlanChangeSet, CellUpdate, AddedColumn } from "./refreshPlan";
export { runs, updateBlocks } from "./updateBlocks";
export type { Block } from "./updateBlocks";
export { refreshFromResult, dataShape, keyAccountListValues } from "./refresh";
export { excelSerial, fromSerial, calendarDay, isoDate, addMonths } from "./dates";
export type { CalendarDate } from "./dates";
export { KAM_MESSAGES } from "./messages";
export {
  COCKPIT_SHEET,
  COCKPIT_COLUMNS,
  COCKPIT_FORMATS,
  COCKPIT_TEXT,
  COCKPIT_VALUE_COLUMNS,
  HEALTH_PARTS,
  HEALTH_TEXT,
  cockpitBlock,
  cockpitColumnIndex,
  cockpitFormula,
  structuredRef,
} from "./cockpit";
export type { CockpitBlock, CockpitInput, CockpitTables, TimeFigures } from "./cockpit";
export { portfolioPoints, quadrantTables, typedRatings } from "./portfolio";
export type { PortfolioInput, PortfolioPoint, TypedRatings } from "./portfolio";
export { dueEntries, dueReviews, overdueActions, type DueEntry } from "./dueItems";
export * from "./onePager";
