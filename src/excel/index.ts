// The Excel layer behind the task pane: the only code that talks to Office.js. Each feature has
// its folder (host plumbing, source, class columns, analysis sheet, KAM sheets); this file only
// assembles them into the ExcelApi the task pane receives.
import { planAnalysisSheet, writeAnalysisSheet } from "./analysisSheet/analysisSheet";
import type { ExcelApi } from "./api";
import { planClassColumns, writeClassColumns } from "./classColumns/classColumns";
import { language } from "./host/language";
import { loadRun, saveRun } from "./host/runStore";
import { loadRunRecord, saveRunRecord } from "./host/runRecordStore";
import { writeCockpit, writePortfolio } from "./cockpit";
import { planKamSheets, readDueItems, readPlanRatings, writeKamSheets } from "./kam";
import { planOnePager, writeOnePager } from "./onePager";
import { readSource } from "./source/readSource";
import { select } from "./source/select";

export function createExcelApi(): ExcelApi {
  return {
    language,
    readSource,
    planClassColumns,
    writeClassColumns,
    planAnalysisSheet,
    writeAnalysisSheet,
    planKamSheets,
    writeKamSheets,
    writeCockpit,
    writePortfolio,
    loadRun,
    saveRun,
    select,
    planOnePager,
    writeOnePager,
    loadRunRecord,
    saveRunRecord,
    readPlanRatings,
    readDueItems: () => readDueItems(),
  };
}
