// --customer and --value: a header name, a column letter or a 1-based column number.
import { columnIndex, columnLetter } from "../core/a1";
import { gridWidth } from "../core/table/gridWidth";
import type { CellValue, ColumnMapping, Grid } from "../core/types";
import { UsageError } from "./errors";

export interface ColumnArgs {
  customer?: string;
  value?: string;
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
  const find = (spec: string | undefined, option: string) =>
    spec === undefined ? undefined : findColumn(grid, headerRow, width, spec, option);
  const customer = find(args.customer, "--customer");
  const revenue = find(args.value, "--value");
  if (customer !== undefined && customer === revenue)
    throw new UsageError("CLI_SAME_COLUMN", { column: columnLetter(customer) });
  const columns: Partial<ColumnMapping> = {};
  if (customer !== undefined) columns.customer = customer;
  if (revenue !== undefined) columns.revenue = revenue;
  return columns;
}

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
