// Excel date serials (1900 date system) to calendar months, without Date objects: a million
// cells cost a few milliseconds.

/** Serial 1 is 1900-01-01; serials up to 2958465 (9999-12-31) are dates. */
export const MAX_SERIAL = 2958465;

/**
 * Month index (year * 12 + month - 1) of an Excel serial; NaN outside 1..MAX_SERIAL. The time
 * of day (the fraction) does not matter. Excel counts a 1900-02-29 that never was (serial 60);
 * from serial 61 (1900-03-01) on its serials are days since 1899-12-30, below 60 since 1899-12-31.
 */
export function serialMonth(serial: number): number {
  if (!(serial >= 1 && serial < MAX_SERIAL + 1)) return NaN;
  const whole = Math.floor(serial);
  if (whole === 60) return 1900 * 12 + 1; // Excel's 1900-02-29
  // The days before it are a day off against the proleptic calendar.
  const days = whole < 60 ? whole + 1 : whole;
  return civilMonth(days - 25569); // 25569 = serial of 1970-01-01
}

/**
 * Month index of the day `days` after 1970-01-01 (H. Hinnant's civil_from_days, integer only:
 * https://howardhinnant.github.io/date_algorithms.html#civil_from_days).
 */
export function civilMonth(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}
