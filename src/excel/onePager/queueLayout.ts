// Writes a one-pager layout into its sheet. A new sheet gets everything; a refresh writes only the
// add-in's cells: the user's typed cells get null in every array (null leaves a cell as it is:
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
import type { CellStyle, OnePagerLayout } from "../../core/kam";
import type { CellValue } from "../../core/types";

const TYPED_FILL = "#FFF2CC";
const HEADER_FILL = "#DDEBF7";
const GREY = "#595959";

/** The font and fill of each style; the rest of a cell's formatting stays Excel's default. */
function queueStyle(range: Excel.Range, style: CellStyle): void {
  const font = range.format.font;
  switch (style) {
    case "title":
      font.bold = true;
      font.size = 16;
      break;
    case "section":
      font.bold = true;
      font.size = 12;
      font.color = "#1F4E78";
      break;
    case "header":
      font.bold = true;
      range.format.fill.color = HEADER_FILL;
      break;
    case "note":
      font.italic = true;
      font.color = GREY;
      break;
    case "label":
      font.color = GREY;
      break;
    case "key":
    case "helper":
      font.size = 8;
      font.color = "#A6A6A6";
      break;
  }
}

/** Cells hidden under a merged area (all but its top-left one): written as null. */
function hiddenCells(layout: OnePagerLayout): Set<string> {
  const hidden = new Set<string>();
  for (const m of layout.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) hidden.add(`${r},${c}`);
      }
    }
  }
  return hidden;
}

/** Runs of one style within a row: [row, first column, count, style]. */
function styleRuns(layout: OnePagerLayout): [number, number, number, CellStyle][] {
  const runs: [number, number, number, CellStyle][] = [];
  layout.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      const style = cell.kind === "typed" ? undefined : cell.style;
      if (!style) return;
      const last = runs[runs.length - 1];
      if (last && last[0] === r && last[1] + last[2] === c && last[3] === style) last[2]++;
      else runs.push([r, c, 1, style]);
    });
  });
  return runs;
}

/** Values, formulas, number formats and styles of the add-in's cells; `created`: the typed ones too. */
export function queueLayout(
  sheet: Excel.Worksheet,
  layout: OnePagerLayout,
  created: boolean
): void {
  const hidden = hiddenCells(layout);
  const grid = <T>(pick: (cell: OnePagerLayout["cells"][0][0]) => T | null) =>
    layout.cells.map((row, r) =>
      row.map((cell, c) => (hidden.has(`${r},${c}`) ? null : pick(cell)))
    );
  const formats = grid<string>((cell) => {
    if (cell.kind === "typed") return created ? "@" : null;
    if (cell.kind === "blank") return "General";
    return cell.format ?? "General";
  });
  const values = grid<CellValue>((cell) => {
    if (cell.kind === "value") return cell.value;
    if (cell.kind === "blank") return "";
    if (cell.kind === "typed") return created ? "" : null;
    return null;
  });
  const formulas = grid<string>((cell) => (cell.kind === "formula" ? cell.formula : null));
  const block = sheet.getRangeByIndexes(0, 0, layout.cells.length, layout.cells[0].length);
  // Text format before the values, so that a customer called "=HYPERLINK(...)" stays text.
  block.numberFormat = formats as string[][];
  block.values = values as CellValue[][];
  block.formulas = formulas as string[][];
  for (const [r, c, n, style] of styleRuns(layout)) {
    queueStyle(sheet.getRangeByIndexes(r, c, 1, n), style);
  }
  if (!created) return;
  for (const m of layout.merges) {
    const area = sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1);
    area.merge(false);
    area.format.wrapText = true;
    area.format.verticalAlignment = "Top";
    if (layout.cells[m.top][m.left].kind === "typed") area.format.fill.color = TYPED_FILL;
  }
  for (const { row, height } of layout.rowHeights) {
    sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
  }
  layout.columnWidths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width;
  });
}
