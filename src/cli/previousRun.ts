// --previous EARLIER.json: an earlier `kam analyze --format json` output as the last run's record.
import { readFileSync } from "node:fs";
import type { RunRecord, RunRecordCustomer } from "../core/time/runRecord";
import { normalizeKey } from "../core/table/normalizeKey";
import type { Method } from "../core/types";
import { CliError } from "./errors";

interface JsonOutput {
  method?: unknown;
  thresholds?: unknown;
  summary?: { period?: { from?: unknown; to?: unknown } };
  customers?: unknown;
}

/** The record of the earlier output; customers keyed as the core keys them (id, else name). */
export function readPreviousRun(file: string): RunRecord {
  const fail = (detail: string) => new CliError("CLI_PREVIOUS_UNREADABLE", { file, detail });
  let data: JsonOutput;
  try {
    data = JSON.parse(readFileSync(file, "utf8")) as JsonOutput;
  } catch (e) {
    throw fail(e instanceof Error ? e.message : String(e));
  }
  if (!data || !Array.isArray(data.customers)) throw fail('no "customers" list');
  const method = data.method;
  if (method !== "fixed" && method !== "count" && method !== "computed") throw fail('no "method"');
  const customers: RunRecordCustomer[] = [];
  for (const item of data.customers as Record<string, unknown>[]) {
    const id = item.customerId;
    const name = item.customer;
    const cls = item.class;
    const value = item.value;
    if (typeof value !== "number" || (cls !== "A" && cls !== "B" && cls !== "C")) continue;
    const key =
      typeof id === "string" && id.trim() !== ""
        ? "#" + normalizeKey(id)
        : typeof name === "string"
          ? normalizeKey(name)
          : null;
    if (key === null || !(value > 0)) continue;
    const xyz = item.xyz === "X" || item.xyz === "Y" || item.xyz === "Z" ? item.xyz : null;
    customers.push({ key, revenue: value, class: cls, xyz });
  }
  const period = data.summary?.period;
  const t = data.thresholds;
  return {
    date: "",
    from: typeof period?.from === "string" ? period.from : "",
    to: typeof period?.to === "string" ? period.to : "",
    method: method as Method,
    thresholds: Array.isArray(t) && t.length === 2 ? [Number(t[0]), Number(t[1])] : null,
    customers,
  };
}
