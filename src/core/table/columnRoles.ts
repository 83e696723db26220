import type { ColumnRole } from "../types";

/** Order in which roles claim columns when header names are ambiguous ("Kundennummer" is an id). */
export const COLUMN_ROLES: readonly ColumnRole[] = ["customerId", "margin", "revenue", "customer"];
