// --format csv: one row per customer in rank order, RFC 4180, safe to open in Excel.
import type { AnalysisResult } from "../core/analyze";
import { CLASS_LETTERS } from "../core/classify/classCodes";
import { classReason } from "../core/reason";
import type { Language } from "../core/types";
import { fastTranslator } from "./fastTranslate";
import { plainAmount, plainShare } from "./numbers";
import type { Sink } from "./sink";

const HEADERS: Record<Language, Record<string, string>> = {
  en: {
    rank: "rank",
    customer: "customer",
    customerId: "customer_id",
    value: "value",
    margin: "margin",
    share: "share",
    cumulativeShare: "cumulative_share",
    class: "class",
    reason: "reason",
  },
  de: {
    rank: "Rang",
    customer: "Kunde",
    customerId: "Kundennummer",
    value: "Umsatz",
    margin: "Deckungsbeitrag",
    share: "Anteil",
    cumulativeShare: "Kumulierter Anteil",
    class: "Klasse",
    reason: "Begründung",
  },
};

/**
 * English: comma-separated with decimal points, for scripts and tools. German: what German Excel
 * opens by double-click: semicolons, decimal commas and a UTF-8 byte order mark for the umlauts.
 * Shares are fractions (0.25 = 25%) with 12 decimals.
 */
export function writeCsv(result: AnalysisResult, lang: Language, sink: Sink): void {
  const sep = lang === "de" ? ";" : ",";
  const decimal = lang === "de" ? "," : ".";
  const { ranking, customers } = result;
  const ids = customers.ids;
  const margins = customers.margin;
  const reasonText = fastTranslator(lang);
  const h = HEADERS[lang];
  const header = [
    h.rank,
    h.customer,
    ...(ids ? [h.customerId] : []),
    h.value,
    ...(margins ? [h.margin] : []),
    h.share,
    h.cumulativeShare,
    h.class,
    h.reason,
  ];
  sink.write((lang === "de" ? "\ufeff" : "") + header.map((f) => csvField(f, sep)).join(sep) + EOL);
  for (let r = 0; r < ranking.count; r++) {
    const c = ranking.customer[r];
    let line = r + 1 + sep + csvField(safeText(customers.names[c]), sep);
    if (ids) line += sep + csvField(safeText(ids[c] ?? ""), sep);
    line += sep + plainAmount(ranking.value[r], decimal);
    if (margins) line += sep + (Number.isNaN(margins[c]) ? "" : plainAmount(margins[c], decimal));
    line += sep + plainShare(ranking.share[r], decimal);
    line += sep + plainShare(ranking.cumulativeShare[r], decimal);
    line += sep + CLASS_LETTERS[ranking.classes[r]];
    line += sep + csvField(reasonText(classReason(result, r)), sep);
    sink.write(line + EOL);
  }
}

const EOL = "\r\n";

/** RFC 4180: quote a field holding the separator, a quote or a line break; double its quotes. */
export function csvField(text: string, sep: string): string {
  if (!needsQuotes(text, sep)) return text;
  return '"' + text.replace(/"/g, '""') + '"';
}

function needsQuotes(text: string, sep: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === sep || c === '"' || c === "\n" || c === "\r") return true;
  }
  return false;
}

/**
 * Excel reads a cell starting with =, +, -, @ (or a tab or carriage return) as a formula, which
 * a hostile name can abuse (CSV injection). OWASP's advice: prefix such text with a quote.
 */
export function safeText(text: string): string {
  const c = text.charCodeAt(0);
  // = + - @ \t \r
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? "'" + text : text;
}
