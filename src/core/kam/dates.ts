// Calendar dates as Excel serial numbers (days since 1899-12-30), free of time zones.

export interface CalendarDate {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_OFFSET = 25_569; // serial of 1970-01-01

export function excelSerial(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY + EPOCH_OFFSET;
}

export function fromSerial(serial: number): CalendarDate {
  const t = new Date((Math.floor(serial) - EPOCH_OFFSET) * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The user's calendar day of a moment (local time). */
export function calendarDay(moment: Date): CalendarDate {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

/** "2026-01-05", the stored form of a day (run records, the plan's state). */
export function isoDate(d: CalendarDate): string {
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${d.year}-${two(d.month)}-${two(d.day)}`;
}

/** Same day `months` later; the 31st becomes the month's last day when the month is shorter. */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}
