import { aggregate, isRanked, type Customers } from "./aggregate";
import { CLASS_A, CLASS_B, CLASS_C, CLASS_LETTERS } from "./classify/classCodes";
import { topCount } from "./classify/byCount";
import { classifyRanked } from "./classify/classifyRanked";
import { AnalysisError } from "./errors";
import { countToReach } from "./pareto/countToReach";
import { cumulativeShares } from "./pareto/cumulativeShares";
import { gini } from "./pareto/gini";
import { hhi } from "./pareto/hhi";
import { presortByRevenue, rankOrder } from "./pareto/rankOrder";
import { sum } from "./pareto/sum";
import { readTable, type ReadOptions, type TableData } from "./table/readTable";
import { DEFAULT_THRESHOLDS } from "./thresholds";
import type { AbcClass, Grid, Message, Method, ProgressCallback } from "./types";
import { periodTooFewCustomers } from "./time/periodAdvice";
import { timeAxis, type TimeAxis } from "./time/timeAxis";
import { timeFigures, type TimeAnalysis, type TimeOptions } from "./time/timeFigures";
import { xyzLimitsValid } from "./time/xyz";

export interface AnalysisOptions extends ReadOptions {
  method?: Method;
  /** Percent: fixed thresholds on cumulative revenue (80, 95) or shares of customers (20, 50). */
  thresholds?: readonly [number, number];
  /** Fixed thresholds only: A only while the cumulative share including the customer stays within. */
  strict?: boolean;
  /** Share of revenue from which a single customer is flagged as a dependency risk. */
  largeCustomerShare?: number;
  /**
   * Told how far the analysis got: "read" as readTable reports it (0, every 65,536 grid rows, all
   * of them), then "aggregate" (of the used rows), "rank" (of the customers) and "classify" (of
   * the ranked customers) once each as they begin, with done = 0. About 20 calls for a full sheet.
   * A callback that throws stops the analysis with its error.
   */
  onProgress?: ProgressCallback;
  /**
   * The time axis, used when the data has a date column or month columns: the period, XYZ,
   * growth, previous class, migration (see docs/time.md). false analyses all rows as one block.
   */
  time?: TimeOptions | false;
}

/** Customers in rank order (largest revenue first), column-wise. */
export interface Ranking {
  count: number;
  /** Index into `Customers` of each rank. */
  customer: Int32Array;
  value: Float64Array;
  share: Float64Array;
  cumulativeShare: Float64Array;
  /** 0 = A, 1 = B, 2 = C. */
  classes: Uint8Array;
}

export interface ClassFigures {
  count: number;
  value: number;
  /** Share of revenue. */
  share: number;
  /** Share of customers. */
  customerShare: number;
}

export interface Summary {
  customers: number;
  rowsUsed: number;
  total: number;
  /** Sum of all used rows; equals total + excludedTotal. */
  sourceTotal: number;
  excludedTotal: number;
  n80: number;
  n80CustomerShare: number;
  n80RevenueShare: number;
  top: {
    top1: number;
    top5: number;
    top10: number;
    top20: number;
    top20Percent: number;
    top20PercentCount: number;
  };
  gini: number;
  hhi: number;
  /** Customer indices with at least `largeCustomerShare` of revenue. */
  largeCustomers: number[];
  classes: Record<AbcClass, ClassFigures>;
}

export interface ExcludedCustomer {
  customer: number;
  key: string;
  name: string;
  value: number;
  reason: Message;
}

export interface AnalysisResult {
  method: Method;
  thresholds: readonly [number, number];
  strict: boolean;
  table: TableData;
  customers: Customers;
  ranking: Ranking;
  excluded: ExcludedCustomer[];
  summary: Summary;
  /** Limits of the computed method, in revenue. */
  limits: { abLimit: number; bcLimit: number; degenerate?: string } | null;
  /** Customers in A and in A+B along the ranking (class boundaries). */
  aCount: number;
  bCount: number;
  warnings: Message[];
  /** The time axis; absent when the data has no dates or months (or options.time is false). */
  time?: TimeAnalysis;
}

/** The whole analysis: read the grid, sum per customer, rank, classify and measure concentration. */
export function analyze(grid: Grid, options: AnalysisOptions = {}): AnalysisResult {
  return analyzeRead((readOptions) => readTable(grid, readOptions), options);
}

/**
 * The analysis of the table that `read` makes with the options: readTable on a grid, or a reader
 * that never holds all cells (the command line reads a CSV's rows from its bytes).
 */
export function analyzeRead(
  read: (options: ReadOptions) => TableData,
  options: AnalysisOptions = {}
): AnalysisResult {
  const method = options.method ?? "fixed";
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS[method];
  validateThresholds(method, thresholds);
  // Without the time axis the date column is not even read: the plain analysis, all rows.
  const table = read(
    options.time === false ? { ...options, columns: { ...options.columns, date: null } } : options
  );
  if (table.stats.usedRows === 0)
    throw new AnalysisError("NO_USABLE_ROWS", { skipped: table.stats.skippedRows });
  const time = options.time;
  if (time !== false && table.timeLayout !== "none") {
    validateXyzLimits(time?.xyzLimits);
    const axis = timeAxis(table, time);
    if (axis) return analyzeWithTime(table, axis, method, thresholds, options, time ?? {});
  }
  return analyzeTable(table, method, thresholds, options);
}

/** The analysis of the period's revenue, with the figures of the time axis. */
function analyzeWithTime(
  table: TableData,
  axis: TimeAxis,
  method: Method,
  thresholds: readonly [number, number],
  options: AnalysisOptions,
  time: TimeOptions
): AnalysisResult {
  const customers = axis.sums.customers;
  const rowsUsed = customers.mergedRows + countWithRows(customers.rowCounts);
  options.onProgress?.("aggregate", 0, rowsUsed);
  const result = analyzeInPeriod(table, axis, method, thresholds, options, rowsUsed);
  const figures = timeFigures(result, axis, time);
  if (figures.stability && figures.stability.keptCount > 0) {
    result.ranking.classes = figures.stability.classes;
    result.summary.classes = classFigures(result.ranking, result.summary.total);
  }
  if (figures.outsideEntries > 0) {
    result.warnings.unshift({
      code: "WARN_OUTSIDE_PERIOD",
      params: {
        count: figures.outsideEntries,
        fromMonth: axis.period.from,
        toMonth: axis.period.to,
      },
    });
  }
  result.time = figures;
  return result;
}

/** analyzeCustomers on the period's sums; too few customers in it is said with the period. */
function analyzeInPeriod(
  table: TableData,
  axis: TimeAxis,
  method: Method,
  thresholds: readonly [number, number],
  options: AnalysisOptions,
  rowsUsed: number
): AnalysisResult {
  try {
    return analyzeCustomers(table, axis.sums.customers, method, thresholds, options, rowsUsed);
  } catch (e) {
    if (!(e instanceof AnalysisError) || e.code !== "TOO_FEW_CUSTOMERS" || !table.months) throw e;
    const data = { from: axis.dataFrom, to: axis.dataTo };
    throw periodTooFewCustomers(table, table.months, axis.period, data, Number(e.params.count));
  }
}

function countWithRows(rowCounts: Int32Array): number {
  let k = 0;
  for (let c = 0; c < rowCounts.length; c++) if (rowCounts[c] > 0) k++;
  return k;
}

function validateXyzLimits(limits: readonly [number, number] | undefined): void {
  if (limits === undefined) return;
  if (!xyzLimitsValid(limits))
    throw new AnalysisError("INVALID_XYZ_LIMITS", { x: String(limits[0]), y: String(limits[1]) });
}

export function analyzeTable(
  table: TableData,
  method: Method,
  thresholds: readonly [number, number],
  options: Pick<AnalysisOptions, "strict" | "largeCustomerShare" | "onProgress"> = {}
): AnalysisResult {
  const progress = options.onProgress;
  progress?.("aggregate", 0, table.stats.usedRows);
  return analyzeCustomers(table, aggregate(table), method, thresholds, options);
}

/**
 * Ranks, classifies and measures customers already summed (over all rows, or over a period's
 * rows by the time axis). Customers without rows (none in the period) are not ranked.
 */
export function analyzeCustomers(
  table: TableData,
  customers: Customers,
  method: Method,
  thresholds: readonly [number, number],
  options: Pick<AnalysisOptions, "strict" | "largeCustomerShare" | "onProgress"> = {},
  rowsUsed = table.stats.usedRows
): AnalysisResult {
  const progress = options.onProgress;
  progress?.("rank", 0, customers.count);
  const { revenue, rowCounts } = customers;
  const include = (i: number) => isRanked(revenue[i], rowCounts[i]);
  const sorted = customers.presorted ?? presortByRevenue(revenue, include);
  const ranked = rankOrder(revenue, customers.keyOrder ?? customers.keys, include, sorted);
  const n = ranked.length;
  if (n < 2) throw tooFew(customers, n);
  progress?.("classify", 0, n);
  // The presort's revenue along the ranking, where it has it (ties have the same revenue).
  let value = sorted.values;
  if (!value) {
    value = new Float64Array(n);
    for (let r = 0; r < n; r++) value[r] = customers.revenue[ranked[r]];
  }
  const total = sum(value);
  // Amounts near 1e308 add up to Infinity (or NaN once compensated): no share can come of that.
  if (!Number.isFinite(total)) throw new AnalysisError("REVENUE_OVERFLOW");
  if (!(total > 0)) throw new AnalysisError("NO_POSITIVE_REVENUE");

  const share = new Float64Array(n);
  for (let r = 0; r < n; r++) share[r] = value[r] / total;
  const cumulative = cumulativeShares(value, total);
  const strict = method === "fixed" && !!options.strict;
  const boundaries = classifyRanked(value, cumulative, method, thresholds, strict);
  const limits: AnalysisResult["limits"] = boundaries.limits;
  const ranking: Ranking = {
    count: n,
    customer: ranked,
    value,
    share,
    cumulativeShare: cumulative,
    classes: boundaries.classes,
  };
  const excluded = excludedCustomers(customers);
  const summary = summarize(
    customers,
    ranking,
    total,
    excluded,
    rowsUsed,
    options.largeCustomerShare ?? 0.1
  );
  return {
    method,
    thresholds: method === "computed" ? [NaN, NaN] : thresholds,
    strict,
    table,
    customers,
    ranking,
    excluded,
    summary,
    limits,
    aCount: boundaries.aCount,
    bCount: boundaries.bCount,
    warnings: warningsOf(table, customers, excluded, summary.excludedTotal),
  };
}

/** Fewer than two customers with revenue: say why when the sums, not the rows, are the cause. */
function tooFew(customers: Customers, n: number): AnalysisError {
  let negative = 0;
  for (let c = 0; c < customers.count; c++) {
    const v = customers.revenue[c];
    if (!Number.isFinite(v)) return new AnalysisError("REVENUE_OVERFLOW");
    if (v < 0) negative++;
  }
  if (n === 0 && negative > 0) return new AnalysisError("ALL_TOTALS_NEGATIVE", { count: negative });
  return new AnalysisError("TOO_FEW_CUSTOMERS", { count: n });
}

/** Throws INVALID_THRESHOLDS unless 0 < a < b <= 100 (the computed method takes none). */
export function validateThresholds(method: Method, t: readonly [number, number]): void {
  if (method === "computed") return;
  const [a, b] = t;
  if (!(Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > a && b <= 100)) {
    throw new AnalysisError("INVALID_THRESHOLDS", { a: String(a), b: String(b) });
  }
}

function excludedCustomers(customers: Customers): ExcludedCustomer[] {
  const out: ExcludedCustomer[] = [];
  for (let c = 0; c < customers.count; c++) {
    const v = customers.revenue[c];
    if (v < 0) {
      out.push({
        customer: c,
        key: customers.keys[c],
        name: customers.names[c],
        value: v,
        reason: { code: "EXCLUDED_NEGATIVE_TOTAL", params: { valueAmount: v } },
      });
    }
  }
  return out;
}

function summarize(
  customers: Customers,
  ranking: Ranking,
  total: number,
  excluded: ExcludedCustomer[],
  rowsUsed: number,
  largeShare: number
): Summary {
  const n = ranking.count;
  const cum = ranking.cumulativeShare;
  const at = (k: number) => (k <= 0 ? 0 : cum[Math.min(k, n) - 1]);
  const n80 = countToReach(cum, 0.8);
  const top20PercentCount = Math.max(1, topCount(n, 0.2));
  const largeCustomers: number[] = [];
  for (let r = 0; r < n && ranking.share[r] >= largeShare - 1e-12; r++)
    largeCustomers.push(ranking.customer[r]);
  return {
    customers: n,
    rowsUsed,
    total,
    sourceTotal: customers.sourceTotal,
    excludedTotal: sum(excluded.map((e) => e.value)),
    n80,
    n80CustomerShare: n80 / n,
    n80RevenueShare: at(n80),
    top: {
      top1: at(1),
      top5: at(5),
      top10: at(10),
      top20: at(20),
      top20Percent: at(top20PercentCount),
      top20PercentCount,
    },
    gini: gini(ranking.value, total),
    hhi: hhi(ranking.value, total),
    largeCustomers,
    classes: classFigures(ranking, total),
  };
}

/** Count, revenue and shares per class along the ranking. */
function classFigures(ranking: Ranking, total: number): Record<AbcClass, ClassFigures> {
  const n = ranking.count;
  const classes = {} as Record<AbcClass, ClassFigures>;
  const counts = [0, 0, 0];
  // Compensated (Neumaier) sums per class in rank order, as sum() would add each class's values,
  // without collecting them in arrays first (megabytes of garbage for 500,000 customers).
  const sums = [0, 0, 0];
  const compensations = [0, 0, 0];
  for (let r = 0; r < n; r++) {
    const cls = ranking.classes[r];
    counts[cls]++;
    const v = ranking.value[r];
    const s = sums[cls];
    const t = s + v;
    compensations[cls] += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    sums[cls] = t;
  }
  for (const cls of [CLASS_A, CLASS_B, CLASS_C]) {
    const v = sums[cls] + compensations[cls];
    classes[CLASS_LETTERS[cls]] = {
      count: counts[cls],
      value: v,
      share: v / total,
      customerShare: counts[cls] / n,
    };
  }
  return classes;
}

function warningsOf(
  table: TableData,
  customers: Customers,
  excluded: ExcludedCustomer[],
  excludedTotal: number
): Message[] {
  const w: Message[] = [];
  const s = table.stats;
  if (s.skippedRows > 0) w.push({ code: "WARN_ROWS_SKIPPED", params: { count: s.skippedRows } });
  if (s.blankRows > 0) w.push({ code: "WARN_BLANK_ROWS", params: { count: s.blankRows } });
  if (s.coercedCells > 0) w.push({ code: "WARN_TEXT_NUMBERS", params: { count: s.coercedCells } });
  if (s.hiddenRows > 0)
    w.push({ code: "WARN_HIDDEN_ROWS_LEFT_OUT", params: { count: s.hiddenRows } });
  if (customers.mergedRows > 0) {
    w.push({ code: "WARN_DUPLICATES_SUMMED", params: { rows: customers.mergedRows } });
  }
  if (excluded.length > 0) {
    w.push({
      code: "WARN_NEGATIVE_EXCLUDED",
      params: { count: excluded.length, valueAmount: excludedTotal },
    });
  }
  const negativeRows = countNegative(table.values);
  if (negativeRows > 0) w.push({ code: "WARN_CREDIT_NOTES", params: { count: negativeRows } });
  return w;
}

function countNegative(values: Float64Array): number {
  let k = 0;
  for (let i = 0; i < values.length; i++) if (values[i] < 0) k++;
  return k;
}
