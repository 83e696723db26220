// The time axis in the three output formats, kept apart from the plain writers: each returns
// nothing when the result has no time axis, so the plain path stays as it was.
import type { AnalysisResult } from "../core/analyze";
import { CLASS_LETTERS } from "../core/classify/classCodes";
import { formatAmount, formatNumber, formatPercent } from "../core/i18n/format";
import { ABC_XYZ_CELLS } from "../core/time/abcXyz";
import { monthText } from "../core/i18n/dates";
import { parseMonthLabel } from "../core/time/months";
import { periodLabels } from "../core/time/period";
import { NO_CLASS } from "../core/time/previousClasses";
import { timeReasons } from "../core/time/timeReasons";
import { NO_XYZ, XYZ_LETTERS } from "../core/time/xyz";
import type { Language, Message } from "../core/types";
import { translate } from "./catalogue";
import type { ByteWriter } from "./byteWriter";
import type { CsvNumbers } from "./numbers";

const LABELS = {
  period: { en: "Period", de: "Zeitraum" },
  stability: { en: "Stability", de: "Stabilität" },
  xyz: { en: "XYZ", de: "XYZ" },
  cv: { en: "CV", de: "VK" },
  growth: { en: "Growth", de: "Wachstum" },
  previousClass: { en: "Prev.", de: "Vorkl." },
  abcXyz: { en: "ABC-XYZ (customers, revenue)", de: "ABC-XYZ (Kunden, Umsatz)" },
  migration: {
    en: "Class moves from the previous period (customers; rows: before, columns: now)",
    de: "Klassenwechsel gegenüber dem Vorzeitraum (Kunden; Zeilen: vorher, Spalten: jetzt)",
  },
  lastRun: {
    en: "Since the earlier output {file} ({from} to {to}; rows: then, columns: now)",
    de: "Seit der früheren Ausgabe {file} ({from} bis {to}; Zeilen: damals, Spalten: jetzt)",
  },
  movers: { en: "Largest movers", de: "Größte Veränderungen" },
  customer: { en: "Customer", de: "Kunde" },
  from: { en: "From", de: "Von" },
  to: { en: "To", de: "Nach" },
  revenue: { en: "Revenue", de: "Umsatz" },
  previousRevenue: { en: "Before", de: "Vorher" },
  lost: { en: "lost", de: "weggefallen" },
  new: { en: "new", de: "neu" },
} as const;

type LabelKey = keyof typeof LABELS;
const MOVERS_SHOWN = 10;

// --- JSON -------------------------------------------------------------------------------------

/** summary.period, summary.migration, summary.abcXyz and the rest; null without a time axis. */
export function jsonTimeSummary(
  result: AnalysisResult,
  lang: Language,
  previousFile?: string
): Record<string, unknown> | null {
  const time = result.time;
  if (!time) return null;
  const names = (c: number) => ({
    customer: c < result.customers.count ? result.customers.names[c] : null,
    ...(result.customers.ids && c < result.customers.count
      ? { customerId: result.customers.ids[c] }
      : {}),
  });
  const abcXyz: Record<string, { count: number; value: number }> = {};
  const meaning: Record<string, string> = {};
  for (const cell of ABC_XYZ_CELLS) {
    abcXyz[cell] = { count: time.abcXyz[cell].count, value: time.abcXyz[cell].value };
    meaning[cell] = translate({ code: "ABCXYZ_" + cell }, lang);
  }
  const m = time.migration;
  const last = time.lastRun;
  return {
    period: periodLabels(time.period),
    previousPeriod: time.previous ? periodLabels(time.previous) : null,
    xyzLimits: [...time.xyzLimits],
    migration: m ? m.counts : null,
    migrationRevenue: m ? { value: m.value, previousValue: m.previousValue } : null,
    movers: m
      ? m.movers.map((x) => ({
          ...names(x.customer),
          from: x.from,
          to: x.to,
          value: x.value,
          previousValue: x.previousValue,
        }))
      : null,
    abcXyz,
    abcXyzMeaning: meaning,
    sensitivity: time.sensitivity,
    ...(time.stability
      ? { stability: { margin: time.stability.margin, kept: time.stability.keptCount } }
      : {}),
    ...(last
      ? {
          sinceLastRun: {
            file: previousFile ?? null,
            period: { from: last.from, to: last.to },
            migration: last.migration.counts,
          },
        }
      : {}),
  };
}

/** The customer's time fields for --format json (empty without a time axis). */
export function jsonTimeFields(
  result: AnalysisResult,
  rank: number,
  text: (m: Message) => string
): Record<string, unknown> {
  const time = result.time;
  if (!time) return {};
  const c = result.ranking.customer[rank];
  const reasons = timeReasons(result, rank);
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    cv: finite(time.cv[c]),
    xyz: time.xyz[c] === NO_XYZ ? null : XYZ_LETTERS[time.xyz[c]],
    growth: finite(time.growth[c]),
    previousClass:
      time.previousClass && time.previousClass[c] !== NO_CLASS
        ? CLASS_LETTERS[time.previousClass[c]]
        : null,
    ...(time.previousRevenue ? { previousValue: time.previousRevenue[c] } : {}),
    lacking: finite(time.distance.lacking[rank]),
    buffer: finite(time.distance.buffer[rank]),
    ...(time.lastRun
      ? {
          lastRunClass:
            time.lastRun.lastClass[c] === NO_CLASS
              ? null
              : CLASS_LETTERS[time.lastRun.lastClass[c]],
        }
      : {}),
    // --stability: the class the rule gave this run, and whether the earlier class was kept.
    ...(time.stability
      ? {
          ruleClass: CLASS_LETTERS[time.stability.ruleClasses[rank]],
          keptLastRunClass: time.stability.kept[rank] === 1,
        }
      : {}),
    ...(reasons
      ? {
          timeReasons: {
            xyz: text(reasons.xyz),
            growth: text(reasons.growth),
            previousClass: text(reasons.previousClass),
            distance: text(reasons.distance),
            ...(reasons.stability ? { stability: text(reasons.stability) } : {}),
          },
        }
      : {}),
  };
}

// --- CSV --------------------------------------------------------------------------------------

const CSV_HEADERS: Record<Language, string[]> = {
  en: ["cv", "xyz", "growth", "previous_class"],
  de: ["Variationskoeffizient", "XYZ", "Wachstum", "Vorklasse"],
};

/** The extra CSV header fields; none without a time axis. */
export function csvTimeHeaders(result: AnalysisResult, lang: Language): string[] {
  return result.time ? CSV_HEADERS[lang] : [];
}

/** Writes ";cv;xyz;growth;previous_class" (with `sep`) for the customer at `rank`. */
export function writeCsvTimeFields(
  result: AnalysisResult,
  rank: number,
  out: ByteWriter,
  numbers: CsvNumbers,
  sep: number
): void {
  const time = result.time;
  if (!time) return;
  const c = result.ranking.customer[rank];
  out.byte(sep);
  if (Number.isFinite(time.cv[c])) numbers.share(time.cv[c]);
  out.byte(sep);
  if (time.xyz[c] !== NO_XYZ) out.text(XYZ_LETTERS[time.xyz[c]]);
  out.byte(sep);
  if (Number.isFinite(time.growth[c])) numbers.share(time.growth[c]);
  out.byte(sep);
  if (time.previousClass && time.previousClass[c] !== NO_CLASS)
    out.text(CLASS_LETTERS[time.previousClass[c]]);
}

// --- Table ------------------------------------------------------------------------------------

/** Extra column headers of the top-customers table. */
export function tableTimeHeaders(result: AnalysisResult, lang: Language): string[] {
  if (!result.time) return [];
  return [LABELS.xyz[lang], LABELS.growth[lang], LABELS.previousClass[lang]];
}

/** Extra cells of the customer at `rank` in the top-customers table. */
export function tableTimeCells(result: AnalysisResult, rank: number, lang: Language): string[] {
  const time = result.time;
  if (!time) return [];
  const c = result.ranking.customer[rank];
  const g = time.growth[c];
  const prev = time.previousClass ? time.previousClass[c] : NO_CLASS;
  return [
    time.xyz[c] === NO_XYZ ? "-" : XYZ_LETTERS[time.xyz[c]],
    Number.isFinite(g) ? signed(formatPercent(g, lang), g) : time.isNew[c] ? LABELS.new[lang] : "-",
    prev === NO_CLASS ? "-" : CLASS_LETTERS[prev],
  ];
}

function signed(text: string, v: number): string {
  return v > 0 ? "+" + text : text;
}

/** The period line of the summary block. */
export function tablePeriodPair(result: AnalysisResult, lang: Language): [string, string][] {
  const time = result.time;
  if (!time) return [];
  const p = time.period;
  const params = { fromMonth: p.from, toMonth: p.to, months: p.months };
  const text = translate(
    time.previous
      ? {
          code: "TIME_PERIOD_LINE",
          params: {
            ...params,
            previousFromMonth: time.previous.from,
            previousToMonth: time.previous.to,
          },
        }
      : {
          code: "TIME_PERIOD_LINE_NO_PREVIOUS",
          params: { ...params, dataFromMonth: time.dataFrom },
        },
    lang
  );
  return [[LABELS.period[lang], text]];
}

/** The stability line of the summary block: how many customers kept the earlier class. */
export function tableStabilityPair(result: AnalysisResult, lang: Language): [string, string][] {
  const s = result.time?.stability;
  if (!s) return [];
  // At most one decimal: 2 points read "2", 2.5 "2.5".
  const points = formatNumber(s.margin * 100, lang, 1);
  const text = translate(
    { code: "CLI_STABILITY_LINE", params: { count: s.keptCount, points } },
    lang
  );
  return [[LABELS.stability[lang], text]];
}

/**
 * The blocks after the class table: ABC-XYZ matrix with its meanings, migration, movers,
 * sensitivity and the comparison with --previous. `aligned` lays out a table (see outputTable).
 */
export function tableTimeBlocks(
  result: AnalysisResult,
  lang: Language,
  aligned: (rows: string[][], align: string) => string[],
  previousFile?: string
): string[] {
  const time = result.time;
  if (!time) return [];
  const l = (k: LabelKey) => LABELS[k][lang];
  const out: string[] = ["", l("abcXyz")];
  const rows: string[][] = [["", "X", "", "Y", "", "Z", ""]];
  for (const cls of ["A", "B", "C"] as const) {
    rows.push([
      cls,
      ...(["X", "Y", "Z"] as const).flatMap((x) => {
        const f = time.abcXyz[`${cls}${x}`];
        return [formatNumber(f.count, lang), formatAmount(f.value, lang)];
      }),
    ]);
  }
  out.push(...aligned(rows, "lrrrrrr"));
  for (const cell of ABC_XYZ_CELLS) {
    if (time.abcXyz[cell].count > 0)
      out.push(`${cell}  ${translate({ code: "ABCXYZ_" + cell }, lang)}`);
  }
  if (time.migration) {
    out.push("", l("migration"));
    out.push(...migrationTable(time.migration.counts, lang, aligned));
    const movers = time.migration.movers.filter(
      (m) => m.direction === "up" || m.direction === "down"
    );
    if (movers.length > 0) {
      out.push("", l("movers"));
      const table: string[][] = [
        [l("customer"), l("from"), l("to"), l("previousRevenue"), l("revenue")],
      ];
      for (const m of movers.slice(0, MOVERS_SHOWN)) {
        table.push([
          clip(result.customers.names[m.customer]),
          m.from,
          m.to,
          formatAmount(m.previousValue, lang),
          formatAmount(m.value, lang),
        ]);
      }
      out.push(...aligned(table, "lllrr"));
    }
  }
  if (time.sensitivity) {
    out.push("", translate({ code: "TIME_SENSITIVITY", params: { ...time.sensitivity } }, lang));
  }
  if (time.lastRun) {
    const last = time.lastRun;
    out.push(
      "",
      LABELS.lastRun[lang]
        .replace("{file}", previousFile ?? "")
        .replace("{from}", monthText(parseMonthLabel(last.from), lang))
        .replace("{to}", monthText(parseMonthLabel(last.to), lang))
    );
    out.push(...migrationTable(last.migration.counts, lang, aligned));
  }
  return out;
}

function migrationTable(
  counts: Record<string, number>,
  lang: Language,
  aligned: (rows: string[][], align: string) => string[]
): string[] {
  const lost = LABELS.lost[lang];
  const rows: string[][] = [["", "A", "B", "C", lost]];
  for (const from of ["A", "B", "C", "new"]) {
    const label = from === "new" ? LABELS.new[lang] : from;
    rows.push([
      label,
      ...["A", "B", "C", "lost"].map((to) => {
        if (from === "new" && to === "lost") return "";
        return formatNumber(counts[`${from}>${to}`] ?? 0, lang);
      }),
    ]);
  }
  return aligned(rows, "lrrrr");
}

function clip(name: string): string {
  return name.length <= 32 ? name : name.slice(0, 31) + "…";
}
