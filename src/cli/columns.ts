// --customer and --value: a header name, a column letter or a 1-based column number.
import { columnIndex, columnLetter } from "../core/a1";
import { gridWidth } from "../core/table/gridWidth";
import type { CellValue, ColumnMapping, ColumnRole, Grid } from "../core/types";
import { UsageError } from "./errors";

export interface ColumnArgs {
  customer?: string;
  value?: string;
  date?: string;
}

/**
 * The user's columns as overrides for the core, which takes a named column away from any other
 * role it guessed for it (say, --customer Kundennummer where it saw the customer id).
 */
export function resolveColumns(
  grid: Grid,
  headerRow: number | null,
  args: ColumnArgs
): Partial<ColumnMapping> {
  const width = gridWidth(grid);
  const chosen: [ColumnRole, number][] = [];
  if (args.customer !== undefined)
    chosen.push(["customer", findColumn(grid, headerRow, width, args.customer, "--customer")]);
  if (args.value !== undefined)
    chosen.push(["revenue", findColumn(grid, headerRow, width, args.value, "--value")]);
  if (args.date !== undefined)
    chosen.push(["date", findColumn(grid, headerRow, width, args.date, "--date")]);
  if (chosen.length === 0) return {};
  for (let i = 0; i < chosen.length; i++) {
    for (let j = i + 1; j < chosen.length; j++) {
      if (chosen[i][1] === chosen[j][1])
        throw new UsageError("CLI_SAME_COLUMN", {
          column: columnLetter(chosen[i][1]),
          options: `--${OPTION[chosen[i][0]]} / --${OPTION[chosen[j][0]]}`,
        });
    }
  }

  const columns: Partial<ColumnMapping> = {};
  for (const [role, index] of chosen) columns[role] = index;
  return columns;
}

const OPTION: Partial<Record<ColumnRole, string>> = {
  customer: "customer",
  revenue: "value",
  date: "date",
};

/** Header names first (ignoring case and surrounding spaces), then letters, then numbers. */
function findColumn(
  grid: Grid,
  headerRow: number | null,
  width: number,
  spec: string,
  option: string
): number {
  const wanted = spec.trim().toLowerCase();
  const header: readonly CellValue[] = headerRow === null ? [] : grid[headerRow];
  for (let c = 0; c < header.length; c++) {
    if (
      String(header[c] ?? "")
        .trim()
        .toLowerCase() === wanted
    )
      return c;
  }
  let index = -1;
  if (/^[a-z]{1,3}$/.test(wanted)) index = columnIndex(wanted);
  else if (/^[0-9]+$/.test(wanted)) index = Number(wanted) - 1;
  if (index >= 0 && index < width) return index;
  throw new UsageError("CLI_COLUMN_NOT_FOUND", {
    column: spec,
    option,
    columns: describeColumns(header, width),
  });
}

/** "A Kunde, B Umsatz" for the error message. */
function describeColumns(header: readonly CellValue[], width: number): string {
  const parts: string[] = [];
  for (let c = 0; c < width; c++) {
    const label = String(header[c] ?? "").trim();
    parts.push(label ? `${columnLetter(c)} "${label}"` : columnLetter(c));
  }
  return parts.join(", ");
}
