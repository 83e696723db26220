// Whether cells hold anything, asked before the add-in writes where it does not own the cells.
import { columnCount, formatRect, rowCount, type Rect } from "../../core/a1";
import type { Batch } from "./batch";
import type { Capabilities } from "./capabilities";

/** Up to this many cells the values themselves are checked (about 150 KB of response). */
const VALUE_CHECK_CELLS = 50_000;

type Probe =
  | { kind: "values"; range: Excel.Range }
  | { kind: "special"; constants: Excel.RangeAreas; formulas: Excel.RangeAreas }
  | { kind: "used"; used: Excel.Range };

function queueProbe(ws: Excel.Worksheet, rect: Rect, caps: Capabilities): Probe {
  const range = ws.getRange(formatRect(rect));
  if (rowCount(rect) * columnCount(rect) <= VALUE_CHECK_CELLS) {
    // `formulas`, not `values`: a formula such as =IF(A2="","","") has the value "" but the cell
    // is the user's. `formulas` gives the formula of a formula cell and the value of any other.
    range.load("formulas");
    return { kind: "values", range };
  }
  if (caps.visibleCells) {
    // ExcelApi 1.9: exact and cheap for large areas.
    const constants = range.getSpecialCellsOrNullObject("Constants");
    const formulas = range.getSpecialCellsOrNullObject("Formulas");
    constants.load("address");
    formulas.load("address");
    return { kind: "special", constants, formulas };
  }
  // Older hosts: the used range with formats (valuesOnly false), so that a formula showing ""
  // surely counts. It may count formatted blanks; erring towards "occupied" only means cells
  // are inserted, never that the user's content is overwritten.
  const used = range.getUsedRangeOrNullObject(false);
  used.load("address");
  return { kind: "used", used };
}

function occupied(probe: Probe): boolean {
  if (probe.kind === "values") return probe.range.formulas.some((row) => row.some((v) => v !== ""));
  if (probe.kind === "special")
    return !probe.constants.isNullObject || !probe.formulas.isNullObject;
  return !probe.used.isNullObject;
}

/**
 * One round trip (shared with whatever else the caller queued): for each rectangle, whether
 * any cell holds a value or formula.
 */
export async function occupiedRects(
  context: Batch,
  ws: Excel.Worksheet,
  rects: readonly Rect[],
  caps: Capabilities
): Promise<boolean[]> {
  const probes = rects.map((r) => queueProbe(ws, r, caps));
  await context.sync();
  return probes.map(occupied);
}
