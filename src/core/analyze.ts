import { aggregate, type Customers } from "./aggregate";
import { CLASS_A, CLASS_B, CLASS_C, CLASS_LETTERS } from "./classify/classCodes";
import { topCount } from "./classify/byCount";
import { classifyRanked } from "./classify/classifyRanked";
import { AnalysisError } from "./errors";
import { countToReach } from "./pareto/countToReach";
import { cumulativeShares } from "./pareto/cumulativeShares";
import { gini } from "./pareto/gini";
import { hhi } from "./pareto/hhi";
import { rankOrder } from "./pareto/rankOrder";
import { sum } from "./pareto/sum";
import { readTable, type ReadOptions, type TableData } from "./table/readTable";
import type { AbcClass, Grid, Message, Method, ProgressCallback } from "./types";

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
}

export const DEFAULT_THRESHOLDS: Record<Method, readonly [number, number]> = {
  fixed: [80, 95],
  count: [20, 50],
  computed: [NaN, NaN],
};

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
  const table = read(options);
  if (table.stats.usedRows === 0)
    throw new AnalysisError("NO_USABLE_ROWS", { skipped: table.stats.skippedRows });
  return analyzeTable(table, method, thresholds, options);
}

export function analyzeTable(
  table: TableData,
  method: Method,
  thresholds: readonly [number, number],
  options: Pick<AnalysisOptions, "strict" | "largeCustomerShare" | "onProgress"> = {}
): AnalysisResult {
  const progress = options.onProgress;
  progress?.("aggregate", 0, table.stats.usedRows);
  const customers = aggregate(table);
  progress?.("rank", 0, customers.count);
  const ranked = rankOrder(customers.revenue, customers.keys, (i) => customers.revenue[i] >= 0);
  const n = ranked.length;
  if (n < 2) throw new AnalysisError("TOO_FEW_CUSTOMERS", { count: n });
  progress?.("classify", 0, n);
  const value = new Float64Array(n);
  for (let r = 0; r < n; r++) value[r] = customers.revenue[ranked[r]];
  const total = sum(value);
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
    table,
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
  table: TableData,
  largeShare: number
): Summary {
  const n = ranking.count;
  const cum = ranking.cumulativeShare;
  const at = (k: number) => (k <= 0 ? 0 : cum[Math.min(k, n) - 1]);
  const n80 = countToReach(cum, 0.8);
  const top20PercentCount = Math.max(1, topCount(n, 0.2));
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
  const largeCustomers: number[] = [];
  for (let r = 0; r < n && ranking.share[r] >= largeShare - 1e-12; r++)
    largeCustomers.push(ranking.customer[r]);
  return {
    customers: n,
    rowsUsed: table.stats.usedRows,
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
    classes,
  };
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
