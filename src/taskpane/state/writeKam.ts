// Writing the KAM sheets is one action for the user: the planning tables first, then the
// controlling and portfolio sheets over them, so a refresh updates every figure in one go.
import type { AnalysisResult } from "../../core/analyze";
import type { Language } from "../../core/types";
import type { ExcelApi, KamOptions, Progress } from "../../excel/api";
import type { ActionReport } from "../../excel/types";

export async function writeKam(
  api: ExcelApi,
  result: AnalysisResult,
  kam: KamOptions,
  lang: Language,
  onProgress?: Progress
): Promise<ActionReport> {
  const sheets = await api.writeKamSheets(result, kam, lang, onProgress);
  const cockpit = await api.writeCockpit(result, kam, lang);
  const portfolio = await api.writePortfolio(result, kam, lang);
  const reports = [sheets, cockpit, portfolio];
  return {
    lines: reports.flatMap((r) => r.lines),
    touched: [...new Set(reports.flatMap((r) => r.touched))],
    syncs: reports.reduce((n, r) => n + r.syncs, 0),
  };
}
