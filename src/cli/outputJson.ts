// --format json: one object, customers one per line so that `| head` and diffs stay readable.
import type { AnalysisResult } from "../core/analyze";
import { describeIssue, translate } from "../core/i18n/messages";
import { customerRecord } from "../core/reason";
import { columnLetter } from "../core/a1";
import type { ColumnRole } from "../core/types";
import type { OutputContext } from "./context";
import { fastTranslator } from "./fastTranslate";
import type { Sink } from "./sink";
import { jsonTimeFields, jsonTimeSummary } from "./outputTime";

export function writeJson(result: AnalysisResult, ctx: OutputContext, sink: Sink): void {
  const { lang } = ctx;
  const s = result.summary;
  const reasonText = fastTranslator(lang);
  const hasIds = result.customers.ids !== null;
  const hasMargin = result.customers.margin !== null;
  const classes = Object.fromEntries(
    (["A", "B", "C"] as const).map((c) => [c, { ...s.classes[c] }])
  );
  const head = {
    method: result.method,
    thresholds: result.method === "computed" ? null : [...result.thresholds],
    strict: result.strict,
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
  for (let r = 0; r < result.ranking.count; r++) {
    const rec = customerRecord(result, r);
    const item = JSON.stringify({
      rank: rec.rank,
      customer: rec.customer,
      ...(hasIds ? { customerId: rec.customerId } : {}),
      value: rec.value,
      ...(hasMargin ? { margin: rec.margin } : {}),
      share: rec.share,
      cumulativeShare: rec.cumulativeShare,
      class: rec.class,
      reason: reasonText(rec.reason),
      rows: rec.rows,
      ...jsonTimeFields(result, r, reasonText),
    });
    sink.writer.text((r === 0 ? "\n    " : ",\n    ") + item);
  }
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
