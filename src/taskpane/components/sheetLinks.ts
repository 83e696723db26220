import type { StoredRun } from "../../excel/types";
import type { T } from "../i18n/text";
import { goToAddress } from "../logic/goTo";
import type { SheetLink } from "./ChangesCard";

/** "Go to" links for the outputs a stored run has. */
export function sheetLinks(run: StoredRun, t: T): SheetLink[] {
  const o = run.outputs;
  const links: SheetLink[] = [];
  if (o.classColumns)
    links.push({ label: t("columnsTitle"), address: goToAddress(o.classColumns.address) });
  if (o.analysisSheet)
    links.push({ label: t("analysisTitle"), address: goToAddress(o.analysisSheet) });
  if (o.kamSheets?.length)
    links.push({ label: t("kamTitle"), address: goToAddress(o.kamSheets[0]) });
  return links;
}
