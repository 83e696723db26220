import type { ColumnRole } from "../types";

/**
 * Order in which roles claim columns when header names are ambiguous ("Kundennummer" is an id,
 * "Rechnungsdatum" a date and not an invoice amount).
 */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  "date",
  "customerId",
  "margin",
  "revenue",
  "customer",
];
