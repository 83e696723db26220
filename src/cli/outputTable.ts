// --format table (the default): a summary for people, then the largest customers.
import type { AnalysisResult } from "../core/analyze";
import { formatAmount, formatNumber, formatPercent } from "../core/i18n/format";
import { customerRecord } from "../core/reason";
import { methodSentence, n80Sentence } from "../core/report/sentences";
import { scoreReason } from "../core/score/scoreReason";
import type { Message } from "../core/types";
import type { OutputContext } from "./context";
import { describeIssue, translate } from "./catalogue";
import { fastTranslator } from "./fastTranslate";
import { LABELS } from "./messages";
import {
  tablePeriodPair,
  tableStabilityPair,
  tableTimeBlocks,
  tableTimeCells,
  tableTimeHeaders,
} from "./outputTime";

const TOP = 20;
const ISSUES_SHOWN = 10;
const NAME_WIDTH = 32;

export function renderTable(result: AnalysisResult, ctx: OutputContext): string {
  const { lang, score } = ctx;
  const t = (m: Message) => translate(m, lang);
  const label = (key: keyof typeof LABELS) => LABELS[key][lang];
  const s = result.summary;
  const out: string[] = [];

  const where = ctx.source.sheet ? `${ctx.file} [${ctx.source.sheet}]` : ctx.file;
  out.push(t({ code: "CLI_TITLE", params: { file: where } }));
  out.push(t(methodSentence(result, result.table.valueColumn)));
  if (result.table.valueColumn === "margin") out.push(t({ code: "CLI_ABC_ON_MARGIN" }));
  out.push("");
  out.push(
    ...pairs([
      [
        label("customers"),
        t({ code: "CLI_ROWS_USED", params: { customers: s.customers, rows: s.rowsUsed } }),
      ],
      [label("total"), formatAmount(s.total, lang)],
      [label("pareto"), t(n80Sentence(s, result.table.valueColumn))],
      [label("gini"), formatAmount(s.gini, lang, 2)],
      [label("hhi"), formatNumber(s.hhi, lang, 0)],
      ...tablePeriodPair(result, lang),
      ...tableStabilityPair(result, lang),
    ])
  );
  out.push("");
  out.push(
    ...aligned(
      [
        [
          label("class"),
          label("customers"),
          label("customerShare"),
          label("revenue"),
          label("revenueShare"),
        ],
        ...(["A", "B", "C"] as const).map((c) => {
          const k = s.classes[c];
          return [
            c,
            formatNumber(k.count, lang),
            formatPercent(k.customerShare, lang),
            formatAmount(k.value, lang),
            formatPercent(k.share, lang),
          ];
        }),
      ],
      "lrrrr"
    )
  );
  out.push(...tableTimeBlocks(result, lang, aligned, ctx.previousFile));

  const shown = Math.min(TOP, result.ranking.count);
  const reasonText = fastTranslator(lang);
  out.push("", t({ code: "CLI_TOP", params: { count: shown } }));
  const rows: string[][] = [
    [
      label("rank"),
      label("customer"),
      label("revenue"),
      label("share"),
      label("cumulativeShare"),
      label("class"),
      ...tableTimeHeaders(result, lang),
      label("reason"),
      ...(score ? [label("score"), label("scoreReason")] : []),
    ],
  ];
  for (let r = 0; r < shown; r++) {
    const rec = customerRecord(result, r);
    rows.push([
      formatNumber(rec.rank, lang),
      clip(rec.customer),
      formatAmount(rec.value, lang),
      formatPercent(rec.share, lang),
      formatPercent(rec.cumulativeShare, lang),
      rec.class,
      ...tableTimeCells(result, r, lang),
      reasonText(rec.reason),
      ...(score
        ? [
            Number.isNaN(score.score[r]) ? "–" : formatNumber(score.score[r], lang, 0),
            scoreReason(score, r, lang),
          ]
        : []),
    ]);
  }
  out.push(...aligned(rows, "rlrrrl" + (result.time ? "lrl" : "") + "l" + (score ? "rl" : "")));
  if (result.ranking.count > shown)
    out.push(t({ code: "CLI_MORE", params: { count: result.ranking.count - shown } }));

  if (result.excluded.length > 0) {
    out.push("", label("excluded"));
    for (const e of result.excluded.slice(0, ISSUES_SHOWN))
      out.push(`- ${clip(e.name)}: ${t(e.reason)}`);
  }
  if (result.warnings.length > 0) {
    out.push("", label("warnings"));
    for (const w of result.warnings) out.push("- " + t(w));
  }
  const issues = result.table.issues;
  if (issues.length > 0) {
    out.push("", label("issues"));
    for (const issue of issues.slice(0, ISSUES_SHOWN))
      out.push("- " + describeIssue(issue, lang, 1));
    const total = Object.values(result.table.issueCounts).reduce((a, b) => a + b, 0);
    if (total > ISSUES_SHOWN)
      out.push(t({ code: "CLI_MORE_ISSUES", params: { count: total - ISSUES_SHOWN } }));
  }
  return out.join("\n") + "\n";
}

/** "Label   value" lines with the values in one column. */
function pairs(items: [string, string][]): string[] {
  const width = Math.max(...items.map(([l]) => l.length));
  return items.map(([l, v]) => l.padEnd(width + 2) + v);
}

/** Columns padded to their widest cell; "l" or "r" per column; the last column is not padded. */
function aligned(rows: string[][], align: string): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => width(row[c] ?? ""))));
  return rows.map((row) =>
    row
      .map((cell, c) => {
        if (c === row.length - 1 && align[c] === "l") return cell;
        const pad = " ".repeat(widths[c] - width(cell));
        return align[c] === "r" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd()
  );
}

/** Characters on screen: combining marks take no room (a decomposed "ü" is one). */
function width(text: string): number {
  return text.replace(/[\u0300-\u036f]/g, "").length;
}

function clip(name: string): string {
  return name.length <= NAME_WIDTH ? name : name.slice(0, NAME_WIDTH - 1) + "…";
}
