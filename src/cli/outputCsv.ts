// --format csv: one row per customer in rank order, RFC 4180, safe to open in Excel.
import type { AnalysisResult } from "../core/analyze";
import { CLASS_LETTERS } from "../core/classify/classCodes";
import { classReason } from "../core/reason";
import { scoreReason } from "../core/score/scoreReason";
import type { Language } from "../core/types";
import type { OutputContext } from "./context";
import { EncodedFields, EncodedText } from "./encodedFields";
import { fastTranslator } from "./fastTranslate";
import { CsvNumbers } from "./numbers";
import type { Sink } from "./sink";
import { csvTimeHeaders, writeCsvTimeFields } from "./outputTime";

const HEADERS: Record<Language, Record<string, string>> = {
  en: {
    rank: "rank",
    customer: "customer",
    customerId: "customer_id",
    value: "value",
    margin: "margin",
    revenue: "revenue",
    share: "share",
    cumulativeShare: "cumulative_share",
    class: "class",
    reason: "reason",
    score: "score",
    scoreReason: "score_reason",
  },
  de: {
    rank: "Rang",
    customer: "Kunde",
    customerId: "Kundennummer",
    value: "Umsatz",
    margin: "Deckungsbeitrag",
    revenue: "Umsatz",
    share: "Anteil",
    cumulativeShare: "Kumulierter Anteil",
    class: "Klasse",
    reason: "Begründung",
    score: "Score",
    scoreReason: "Score-Begründung",
  },
};

/**
 * English: comma-separated with decimal points, for scripts and tools. German: what German Excel
 * opens by double-click: semicolons, decimal commas and a UTF-8 byte order mark for the umlauts.
 * Shares are fractions (0.25 = 25%) with 12 decimals.
 */
export function writeCsv(
  result: AnalysisResult,
  ctx: Pick<OutputContext, "lang" | "score" | "customerBytes">,
  sink: Sink
): void {
  const { lang, score } = ctx;
  const sep = lang === "de" ? ";" : ",";
  const SEP = sep.charCodeAt(0);
  const decimal = lang === "de" ? "," : ".";
  const { ranking, customers } = result;
  const ids = customers.ids;
  const margins = customers.margin;
  // --abc-on margin: the value column holds the margin, the second figure the revenue.
  const onMargin = result.table.valueColumn === "margin";
  const reasonText = fastTranslator(lang);
  const h = HEADERS[lang];
  const header = [
    h.rank,
    h.customer,
    ...(ids ? [h.customerId] : []),
    ...(onMargin ? [lang === "de" ? h.margin : h.value] : [h.value]),
    ...(margins ? [onMargin ? h.revenue : h.margin] : []),
    h.share,
    h.cumulativeShare,
    h.class,
    ...csvTimeHeaders(result, lang),
    h.reason,
    ...(score ? [h.score, h.scoreReason] : []),
  ];
  const out = sink.writer;
  out.text((lang === "de" ? "\ufeff" : "") + header.map((f) => csvField(f, sep)).join(sep) + EOL);
  const numbers = new CsvNumbers(out, decimal);
  const asField = (text: string) => csvField(safeText(text), sep);
  const inFile = ctx.customerBytes;
  const plain = (bytes: Uint8Array, start: number, end: number) =>
    isPlainField(bytes, start, end, SEP);
  const names = inFile
    ? EncodedFields.fromBytes(inFile.names, plain, asField)
    : EncodedFields.fromTexts(customers.names, asField);
  const idFields = ids
    ? inFile?.ids
      ? EncodedFields.fromBytes(inFile.ids, plain, asField)
      : EncodedFields.fromTexts(ids, asField)
    : null;
  // The translator hands back the same string for a repeated reason: encode it once.
  let lastReason: string | null = null;
  const lastReasonField = new EncodedText();
  for (let r = 0; r < ranking.count; r++) {
    const c = ranking.customer[r];
    out.int(r + 1);
    out.byte(SEP);
    names.write(out, c);
    if (idFields) {
      out.byte(SEP);
      idFields.write(out, c);
    }
    out.byte(SEP);
    numbers.amount(ranking.value[r]);
    if (margins) {
      out.byte(SEP);
      if (!Number.isNaN(margins[c])) numbers.amount(margins[c]);
    }
    out.byte(SEP);
    numbers.share(ranking.share[r]);
    out.byte(SEP);
    numbers.share(ranking.cumulativeShare[r]);
    out.byte(SEP);
    out.byte(CLASS_BYTES[ranking.classes[r]]);
    writeCsvTimeFields(result, r, out, numbers, SEP);
    out.byte(SEP);
    const reason = reasonText(classReason(result, r));
    if (reason !== lastReason) {
      lastReason = reason;
      lastReasonField.set(csvField(reason, sep));
    }
    lastReasonField.write(out);
    if (score) {
      out.byte(SEP);
      const points = score.score[r];
      if (!Number.isNaN(points)) numbers.amount(points);
      out.byte(SEP);
      out.text(csvField(scoreReason(score, r, lang), sep));
    }
    out.byte(13);
    out.byte(10);
  }
}

const EOL = "\r\n";
const CLASS_BYTES = CLASS_LETTERS.map((l) => l.charCodeAt(0));

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
 * True if ASCII text in `bytes` is its own field, as csvField(safeText(text), sep) would leave
 * it: nothing to quote and no start that Excel reads as a formula.
 */
export function isPlainField(bytes: Uint8Array, start: number, end: number, sep: number): boolean {
  if (start < end && isFormulaStart(bytes[start])) return false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === sep || b === 34 || b === 10 || b === 13) return false;
  }
  return true;
}

function isFormulaStart(c: number): boolean {
  // = + - @ \t \r
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/**
 * Excel reads a cell starting with =, +, -, @ (or a tab or carriage return) as a formula, which
 * a hostile name can abuse (CSV injection). OWASP's advice: prefix such text with a quote.
 */
export function safeText(text: string): string {
  return isFormulaStart(text.charCodeAt(0)) ? "'" + text : text;
}
