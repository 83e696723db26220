// The Excel layer behind the task pane: the only code that talks to Office.js. Each feature has
// its folder (host plumbing, source, class columns, analysis sheet, KAM sheets); this file only
// assembles them into the ExcelApi the task pane receives.
import type { ExcelApi } from "./api";
import { planClassColumns, writeClassColumns } from "./classColumns/classColumns";
import { language } from "./host/language";
import { loadRun, saveRun } from "./host/runStore";
import { loadRunRecord, saveRunRecord } from "./host/runRecordStore";
import { readSource } from "./source/readSource";
import { select } from "./source/select";

// The writers of the analysis sheet and of the KAM, controlling and one-pager sheets load on first
// use, each group as a chunk of its own: reading and analysing the data needs none of them, and
// the pane's start-up scripts stay within their budget (scripts/bundle-size.js).
const analysisSheet = () =>
  import(/* webpackChunkName: "excel-analysis" */ "./analysisSheet/analysisSheet");
const kam = () => import(/* webpackChunkName: "excel-kam" */ "./kam");
const cockpit = () => import(/* webpackChunkName: "excel-kam" */ "./cockpit");
const onePager = () => import(/* webpackChunkName: "excel-kam" */ "./onePager");

export function createExcelApi(): ExcelApi {
  return {
    language,
    readSource,
    planClassColumns,
    writeClassColumns,
    planAnalysisSheet: async (...a) => (await analysisSheet()).planAnalysisSheet(...a),
    writeAnalysisSheet: async (...a) => (await analysisSheet()).writeAnalysisSheet(...a),
    planKamSheets: async (...a) => (await kam()).planKamSheets(...a),
    writeKamSheets: async (...a) => (await kam()).writeKamSheets(...a),
    writeCockpit: async (...a) => (await cockpit()).writeCockpit(...a),
    writePortfolio: async (...a) => (await cockpit()).writePortfolio(...a),
    loadRun,
    saveRun,
    select,
    planOnePager: async (...a) => (await onePager()).planOnePager(...a),
    writeOnePager: async (...a) => (await onePager()).writeOnePager(...a),
    loadRunRecord,
    saveRunRecord,
    readPlanRatings: async () => (await kam()).readPlanRatings(),
    readDueItems: async () => (await kam()).readDueItems(),
  };
}
