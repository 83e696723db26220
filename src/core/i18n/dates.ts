// How months and days read to people, in German and English: the analysis sheet, the pane, the
// one-pager and the command line's text all say "Mär 2026" and "05.01.2026" the same way.
// Machine forms ("2026-03", ISO days in CSV/JSON output and stored state) stay in time/months.ts.
import type { Language } from "../types";

// Our own table rather than Intl's month names: Intl gives German "Jan.", "März", "Juni",
// "Sept." (lengths and dots vary, and ICU versions of browsers and Node differ). A controller
// writes three letters without a dot above monthly columns ("Jan", "Mär", "Okt", "Dez"), the
// same width for every month; "Mär" rather than Windows' "Mrz" because it reads as März at a
// glance, and the header reader (time/monthText.ts) takes every form back.
const MONTHS: Record<Language, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  de: ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
};

/** A month index (year * 12 + month − 1) as people read it: "Mär 2026", "Mar 2026". */
export function monthText(index: number, lang: Language): string {
  const year = Math.floor(index / 12);
  return `${MONTHS[lang][index - year * 12]} ${year}`;
}

/**
 * A calendar day: German "05.01.2026", English "2026-01-05". The same forms as the date cells of
 * the KAM sheets (kam/columns.ts); a numeric English date such as 05/01/2026 is 5 January in
 * London and 1 May in New York, the ISO form is one day for both.
 */
export function calendarDayText(
  d: { year: number; month: number; day: number },
  lang: Language
): string {
  return lang === "de"
    ? `${two(d.day)}.${two(d.month)}.${d.year}`
    : `${d.year}-${two(d.month)}-${two(d.day)}`;
}

/** A "YYYY-MM-DD" day as people read it; any other text is shown as it is. */
export function dayText(isoDay: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return isoDay;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return isoDay;
  return calendarDayText({ year, month, day }, lang);
}

/** A moment in the user's time zone: "05.01.2026, 14:30", "2026-01-05, 14:30" (24 hours in both). */
export function dateTimeText(at: Date, lang: Language): string {
  const day = { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() };
  return `${calendarDayText(day, lang)}, ${two(at.getHours())}:${two(at.getMinutes())}`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
