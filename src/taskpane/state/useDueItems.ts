// Reviews due and overdue actions from the KAM tables, read again whenever the stored run changes
// (after a KAM run or a refresh), so the list matches what the sheets show.
import { useEffect, useState } from "react";
import type { ExcelApi } from "../../excel/api";
import type { DueItem, StoredRun } from "../../excel/types";

export function useDueItems(api: ExcelApi, run: StoredRun | null): DueItem[] {
  const [items, setItems] = useState<DueItem[]>([]);
  const hasKam = !!run?.outputs.kamSheets?.length;
  useEffect(() => {
    if (!hasKam) {
      setItems([]);
      return;
    }
    let live = true;
    // A workbook without the tables (deleted by hand) simply has nothing due.
    api.readDueItems().then(
      (found) => live && setItems(found),
      () => live && setItems([])
    );
    return () => {
      live = false;
    };
  }, [api, run, hasKam]);
  return items;
}
