// Invoice lines with dates for the tests of the time axis in the workbook.

/**
 * Invoice lines over 24 months (2025-01 … 2026-12): Alpha steady and growing 25 %, Beta erratic,
 * Gamma new in 2026, Delta only in 2025 (lost), Epsilon small and steady.
 */
export function invoices(): (string | number)[][] {
  const rows: (string | number)[][] = [["Kunde", "Datum", "Umsatz"]];
  for (let m = 0; m < 24; m++) {
    const year = 2025 + Math.floor(m / 12);
    const date = `${year}-${String((m % 12) + 1).padStart(2, "0")}-15`;
    rows.push(["Alpha", date, year === 2025 ? 800 : 1000]);
    if (m % 12 === 3) rows.push(["Beta", date, 5000]);
    if (m % 12 === 4) rows.push(["Beta", date, 10]);
    if (year === 2026) rows.push(["Gamma", date, 300]);
    else rows.push(["Delta", date, 200]);
    rows.push(["Epsilon", date, 50.05]);
  }
  return rows;
}
