// The KAM workbook layout as plain data: the Excel layer builds sheets from it, the refresh reads it.
import type { Language } from "../types";

/** A text the user reads, in both workbook languages. */
export type Bilingual = Readonly<Record<Language, string>>;

/** Computed columns are rewritten from the latest analysis; manual ones belong to the user. */
export type ColumnKind = "computed" | "manual";

export type ColumnType = "text" | "number" | "integer" | "percent" | "date" | "list";

export type ListId =
  "focus" | "planStatus" | "actionStatus" | "role" | "influence" | "attitude" | "keyAccounts";

export type ValidationSpec =
  | { kind: "list"; list: ListId; strict: boolean; message: Bilingual }
  | { kind: "wholeNumber"; min: number; max: number; message: Bilingual }
  | { kind: "decimal"; min: number; max: number; message: Bilingual }
  | { kind: "date"; message: Bilingual };

export interface ColumnSpec {
  id: string;
  header: Bilingual;
  kind: ColumnKind;
  type: ColumnType;
  /** Excel number format code (invariant, as Range.numberFormat takes it) per workbook language. */
  numberFormat: Bilingual;
  /** Column width in points. */
  width: number;
  validation?: ValidationSpec;
  /** Kept out of the way (grey, narrow) but visible, so sorting and copying stay predictable. */
  unobtrusive?: boolean;
  /** Free text of several sentences (goals, notes): wraps in its cells instead of running on. */
  wrap?: boolean;
}

export interface ConditionalFormatSpec {
  id: string;
  /** Column the format applies to (its data cells). */
  column: string;
  /**
   * Formula for the first data row; `{columnId}` stands for that column's cell in the same row
   * (absolute column, relative row), so the rule follows each row.
   */
  formula: string;
  fill: string;
  font: string;
  description: Bilingual;
}

export type TableId = "plan" | "actions" | "stakeholders" | "roadmap";

export interface TableSpec {
  id: TableId;
  sheet: Bilingual;
  /** Excel table name (workbook-unique, language-neutral). */
  tableName: string;
  columns: readonly ColumnSpec[];
  conditionalFormats: readonly ConditionalFormatSpec[];
}

export interface ListSpec {
  id: ListId;
  /** Workbook-scoped named range the validations refer to. */
  name: string;
  header: Bilingual;
  /** Labels per workbook language; empty for lists the add-in fills on each refresh. */
  values: Readonly<Record<Language, readonly string[]>>;
  /** True when the add-in rewrites the list on every refresh (the key accounts). */
  refreshed: boolean;
}

export interface KamLayout {
  tables: readonly TableSpec[];
  lists: readonly ListSpec[];
  listsSheet: Bilingual;
}
