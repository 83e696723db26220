// The KAM planning sheets of the Excel layer; createExcelApi() wires these into ExcelApi.
export { planKamSheets, writeKamSheets } from "./kamSheets";
export { readDueItems, readPlanRatings } from "./readBack";
export { KAM_STATE_KEY, parseState } from "./state";
export type { KamState } from "./state";
