// Reviews due and overdue actions from the KAM tables, read again whenever the stored run changes
// (after a KAM run or a refresh), so the list matches what the sheets show.
import type { ExcelApi } from "../../excel/api";
import type { DueItem, StoredRun } from "../../excel/types";
import { useWorkbookRead } from "./useWorkbookRead";

const NONE: DueItem[] = [];

export function useDueItems(api: ExcelApi, run: StoredRun | null): DueItem[] {
  const hasKam = !!run?.outputs.kamSheets?.length;
  return useWorkbookRead(hasKam ? () => api.readDueItems() : null, NONE, [api, run, hasKam]);
}
