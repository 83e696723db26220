// --format json: one object, customers one per line so that `| head` and diffs stay readable.
import type { AnalysisResult } from "../core/analyze";
import { CLASS_LETTERS } from "../core/classify/classCodes";
import { classReason } from "../core/reason";
import { columnLetter } from "../core/a1";
import { scoreReason } from "../core/score/scoreReason";
import type { ScoreResult } from "../core/score/scoreCustomers";
import type { ColumnRole, Language, Message } from "../core/types";
import type { ByteWriter } from "./byteWriter";
import { EncodedFields, EncodedText } from "./encodedFields";
import { JsonNumbers } from "./numbers";
import type { OutputContext } from "./context";
import { ShareTexts } from "./shareTexts";
import { describeIssue, translate } from "./catalogue";
import { fastTranslator } from "./fastTranslate";
import { scoreParts, scoreValue } from "./scoreFields";
import type { Sink } from "./sink";
import { jsonTimeFields, jsonTimeSummary } from "./outputTime";

export function writeJson(result: AnalysisResult, ctx: OutputContext, sink: Sink): void {
  const { lang, score } = ctx;
  const s = result.summary;
  const reasonText = fastTranslator(lang);
  const hasIds = result.customers.ids !== null;
  const classes = Object.fromEntries(
    (["A", "B", "C"] as const).map((c) => [c, { ...s.classes[c] }])
  );
  const head = {
    method: result.method,
    thresholds: result.method === "computed" ? null : [...result.thresholds],
    strict: result.strict,
    abcOn: result.table.valueColumn,
    ...(score ? { scoreWeights: score.weights } : {}),
    limits: result.limits,
    file: ctx.file,
    source: { kind: ctx.source.kind, sheet: ctx.source.sheet, delimiter: ctx.source.delimiter },
    columns: columnsOf(result),
    summary: {
      customers: s.customers,
      rowsUsed: s.rowsUsed,
      total: s.total,
      sourceTotal: s.sourceTotal,
      excludedTotal: s.excludedTotal,
      n80: s.n80,
      n80CustomerShare: s.n80CustomerShare,
      n80RevenueShare: s.n80RevenueShare,
      gini: s.gini,
      hhi: s.hhi,
      top: s.top,
      classes,
      ...jsonTimeSummary(result, lang, ctx.previousFile),
    },
  };
  const excluded = result.excluded.map((e) =>
    JSON.stringify({
      customer: e.name,
      ...(hasIds ? { customerId: result.customers.ids?.[e.customer] ?? null } : {}),
      value: e.value,
      reason: translate(e.reason, lang),
    })
  );
  const warnings = result.warnings.map((w) => JSON.stringify(translate(w, lang)));
  const issues = result.table.issues.map((i) =>
    JSON.stringify({
      row: i.row + 1,
      column: i.column === undefined ? null : columnLetter(i.column),
      code: i.code,
      text: describeIssue(i, lang, 1),
    })
  );
  // Objects in objects stay on one line ("thresholds": [80,95], "A": {...}): short to read.
  const lines = Object.entries(head).map(([key, value]) => {
    if (key !== "summary") return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    const inner = Object.entries(value as object).map(
      ([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`
    );
    return `  "summary": {\n${inner.join(",\n")}\n  }`;
  });
  sink.writer.text("{\n" + lines.join(",\n") + ",\n");
  sink.writer.text('  "customers": [');
  writeCustomers(result, reasonText, sink.writer, score ?? null, lang, ctx);
  sink.writer.text(result.ranking.count > 0 ? "\n  ],\n" : "],\n");
  sink.writer.text(
    [
      list("excluded", excluded),
      list("warnings", warnings),
      list("issues", issues),
      `  "issueCounts": ${JSON.stringify(result.table.issueCounts)}`,
    ].join(",\n") + "\n}\n"
  );
}

const QUOTE = 34;

/**
 * True if ASCII text in `bytes` is a JSON string as it is between quotes, as JSON.stringify
 * writes it: no quote, backslash or control character to escape.
 */
export function isPlainString(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b < 32 || b === 34 || b === 92 || b >= 0x80) return false;
  }
  return true;
}

/**
 * The customers, one JSON object per line, written as bytes: the same text as JSON.stringify of
 * each record, which took ~1 s for 524,288 customers (an object, a string and a shortest-digits
 * conversion per number each); names and ids are encoded once in the order they were read.
 */
function writeCustomers(
  result: AnalysisResult,
  reasonText: (m: Message) => string,
  out: ByteWriter,
  score: ScoreResult | null,
  lang: Language,
  ctx: Pick<OutputContext, "customerBytes" | "shareTexts">
): void {
  const inFile = ctx.customerBytes ?? null;
  // The records' fixed text, encoded once: ~80 characters per customer went through encodeUtf8.
  const fixed = EncodedText.of;
  const [first, next, customer, customerId, value, share, cumulativeShare, rows, nullValue] = [
    '\n    {"rank":',
    ',\n    {"rank":',
    ',"customer":',
    ',"customerId":',
    ',"value":',
    ',"share":',
    ',"cumulativeShare":',
    ',"rows":',
    "null",
  ].map(fixed);
  // With --abc-on margin the value is the margin and the second figure the revenue.
  const secondFigure = fixed(result.table.valueColumn === "margin" ? ',"revenue":' : ',"margin":');
  const classAndReason = CLASS_LETTERS.map((l) => fixed(`,"class":"${l}","reason":`));
  const { ranking, customers } = result;
  const asString = (text: string) => JSON.stringify(text);
  const names = inFile
    ? EncodedFields.fromBytes(inFile.names, isPlainString, asString, QUOTE)
    : EncodedFields.fromTexts(customers.names, asString);
  const ids = customers.ids
    ? inFile?.ids
      ? EncodedFields.fromBytes(inFile.ids, isPlainString, asString, QUOTE)
      : EncodedFields.fromTexts(
          customers.ids.map((id) => JSON.stringify(id)),
          (id) => id
        )
    : null;
  const margins = customers.margin;
  const numbers = new JsonNumbers(out);
  // Shares on their own: equal revenue, equal share, one after the other in rank order.
  const shares = new JsonNumbers(out);
  // A helper makes the texts of the last ranks' shares meanwhile, if there is one.
  const helped = ctx.shareTexts
    ? new ShareTexts(ctx.shareTexts, ranking.share, ranking.cumulativeShare, ranking.count)
    : null;
  let lastReason: string | null = null;
  const reasonField = new EncodedText();
  for (let r = 0; r < ranking.count; r++) {
    const c = ranking.customer[r];
    (r === 0 ? first : next).write(out);
    out.int(r + 1);
    customer.write(out);
    names.write(out, c);
    if (ids) {
      customerId.write(out);
      ids.write(out, c);
    }
    value.write(out);
    numbers.number(ranking.value[r]);
    if (margins) {
      secondFigure.write(out);
      if (Number.isNaN(margins[c])) nullValue.write(out);
      else numbers.number(margins[c]);
    }
    share.write(out);
    const byHelper = helped !== null && helped.byHelper(r);
    if (byHelper) helped.write(out, r, 0);
    else shares.number(ranking.share[r]);
    cumulativeShare.write(out);
    if (byHelper) helped.write(out, r, 1);
    else numbers.number(ranking.cumulativeShare[r]);
    classAndReason[ranking.classes[r]].write(out);
    const reason = reasonText(classReason(result, r));
    if (reason !== lastReason) {
      lastReason = reason;
      reasonField.set(JSON.stringify(reason));
    }
    reasonField.write(out);
    if (score) {
      // Rarer and varied: JSON.stringify's text without its braces.
      const fields = {
        score: scoreValue(score, r),
        scoreParts: scoreParts(score, r),
        scoreReason: scoreReason(score, r, lang),
      };
      out.text("," + JSON.stringify(fields).slice(1, -1));
    }
    rows.write(out);
    out.int(customers.rowCounts[c]);
    // The time axis's fields, rarer and varied: JSON.stringify's text without its braces.
    if (result.time)
      out.text("," + JSON.stringify(jsonTimeFields(result, r, reasonText)).slice(1, -1));
    out.byte(125); // }
  }
}

function list(key: string, items: string[]): string {
  if (items.length === 0) return `  "${key}": []`;
  return `  "${key}": [\n    ${items.join(",\n    ")}\n  ]`;
}

/** Each role's column letter and header, null when the data has none. */
function columnsOf(result: AnalysisResult) {
  const { columns, headers, headerRow } = result.table;
  const out = {} as Record<ColumnRole, { column: string; header: string | null } | null>;
  for (const role of ["customer", "customerId", "revenue", "margin", "date"] as const) {
    const c = columns[role];
    out[role] =
      c === null
        ? null
        : { column: columnLetter(c), header: headerRow === null ? null : headers[c] };
  }
  return out;
}
