// The command line, parsed by hand: node:util parseArgs would do, but its errors are English
// sentences; here every mistake becomes a message code that the user reads in their language.
import { DEFAULT_STABILITY_MARGIN } from "../core/time/stability";
import { parseScoreWeights, type ScoreWeights } from "../core/score/criteria";
import type { Language, Method } from "../core/types";
import { parsePeriod, type Period } from "../core/time/period";
import { UsageError } from "./errors";

export type Format = "table" | "json" | "csv";

export interface AnalyzeArgs {
  file: string;
  sheet?: string;
  customer?: string;
  value?: string;
  /** The figure the classes are built on (--abc-on). */
  abcOn: "revenue" | "margin";
  /** Key-account score weights (--score); undefined = no score. */
  score?: ScoreWeights;
  method: Method;
  /** Percent; undefined = the method's default. */
  thresholds?: [number, number];
  strict: boolean;
  format: Format;
  out?: string;
  lang: Language;
  /** The time axis (docs/time.md): date column, period, XYZ limits, earlier JSON output. */
  date?: string;
  period?: Period;
  xyz?: [number, number];
  previous?: string;
  /** --stability: keep the earlier output's class within this margin (percentage points). */
  stability?: number;
}

export type Command =
  { kind: "help"; lang: Language } | { kind: "version" } | { kind: "analyze"; args: AnalyzeArgs };

const VALUE_OPTIONS = [
  "sheet",
  "customer",
  "value",
  "abc-on",
  "score",
  "method",
  "thresholds",
  "format",
  "out",
  "lang",
  "date",
  "period",
  "xyz",
  "previous",
];
const FLAG_OPTIONS = ["strict", "help", "version"];
/** Options whose value may be left out: taken when the next argument is a number. */
const OPTIONAL_VALUE_OPTIONS = ["stability"];
/** --stability without a value: the core's DEFAULT_STABILITY_MARGIN, in percentage points. */
const DEFAULT_STABILITY_POINTS = DEFAULT_STABILITY_MARGIN * 100;
const SHORT: Record<string, string> = { h: "help", V: "version", o: "out", f: "format" };
const CHOICES = {
  "abc-on": ["revenue", "margin"],
  method: ["fixed", "count", "computed"],
  format: ["table", "json", "csv"],
  lang: ["en", "de"],
} as const;

/** The language asked for, looked up before anything else so that usage errors can use it. */
export function languageArg(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "de" || v === "en") return v;
  }
  return "en";
}

export function parseArgs(argv: readonly string[]): Command {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const raw = arg.startsWith("--") ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1);
    const name = arg.startsWith("--") ? raw : SHORT[raw];
    const inline = arg.startsWith("--") && eq >= 0 ? arg.slice(eq + 1) : undefined;
    if (name && FLAG_OPTIONS.includes(name)) {
      if (inline !== undefined) throw new UsageError("CLI_OPTION_TAKES_NO_VALUE", { option: arg });
      options[name] = true;
    } else if (name && OPTIONAL_VALUE_OPTIONS.includes(name)) {
      const next = argv[i + 1];
      if (inline !== undefined) options[name] = inline;
      else if (next !== undefined && /^\d+(?:\.\d+)?$/.test(next)) options[name] = argv[++i];
      else options[name] = true;
    } else if (name && VALUE_OPTIONS.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--")))
        throw new UsageError("CLI_OPTION_NEEDS_VALUE", { option: "--" + name });
      options[name] = value;
    } else {
      throw new UsageError("CLI_UNKNOWN_OPTION", { option: eq < 0 ? arg : arg.slice(0, eq) });
    }
  }
  const lang = choice("lang", options.lang) ?? "en";
  if (options.help) return { kind: "help", lang };
  if (options.version) return { kind: "version" };
  const [command, file, extra] = positionals;
  if (command === undefined) throw new UsageError("CLI_MISSING_FILE");
  if (command !== "analyze") throw new UsageError("CLI_UNKNOWN_COMMAND", { command });
  if (file === undefined) throw new UsageError("CLI_MISSING_FILE");
  if (extra !== undefined) throw new UsageError("CLI_EXTRA_ARGUMENT", { value: extra });
  const text = (name: string) => (typeof options[name] === "string" ? options[name] : undefined);
  const stability =
    options.stability === undefined
      ? undefined
      : options.stability === true
        ? DEFAULT_STABILITY_POINTS
        : stabilityPoints(text("stability"));
  if (stability !== undefined && options.previous === undefined)
    throw new UsageError("CLI_STABILITY_NEEDS_PREVIOUS");
  return {
    kind: "analyze",
    args: {
      file,
      sheet: text("sheet"),
      customer: text("customer"),
      value: text("value"),
      abcOn: choice("abc-on", options["abc-on"]) ?? "revenue",
      score: options.score === undefined ? undefined : scoreWeights(text("score")),
      method: choice("method", options.method) ?? "fixed",
      thresholds: options.thresholds === undefined ? undefined : thresholds(text("thresholds")),
      strict: options.strict === true,
      format: choice("format", options.format) ?? "table",
      out: text("out"),
      lang,
      date: text("date"),
      period: options.period === undefined ? undefined : periodArg(text("period")),
      xyz: options.xyz === undefined ? undefined : xyzLimits(text("xyz")),
      previous: text("previous"),
      stability,
    },
  };
}

/** "2025-12:2026-11" (or one month "2026-03") -> whole months. */
export function periodArg(value: string | undefined): Period {
  const p = parsePeriod(value ?? "");
  if (!p) throw new UsageError("CLI_BAD_PERIOD", { value: value ?? "" });
  return p;
}

/** "0.5,1.0" -> [0.5, 1]; X above 0, Y above X. */
export function xyzLimits(value: string | undefined): [number, number] {
  const parts = (value ?? "").split(",").map((p) => p.trim());
  const numbers = parts.map((p) => (/^\d+(?:\.\d+)?$/.test(p) ? Number(p) : NaN));
  const [x, y] = numbers;
  if (numbers.length !== 2 || !(x > 0 && y > x))
    throw new UsageError("CLI_BAD_XYZ", { value: value ?? "" });
  return [x, y];
}

/** "2" or "2.5": the stability margin in percentage points, above 0 and at most 50. */
export function stabilityPoints(value: string | undefined): number {
  const v = /^\s*\d+(?:\.\d+)?\s*$/.test(value ?? "") ? Number(value) : NaN;
  if (!(v > 0 && v <= 50)) throw new UsageError("CLI_BAD_STABILITY", { value: value ?? "" });
  return v;
}

function choice<K extends keyof typeof CHOICES>(
  option: K,
  value: string | true | undefined
): (typeof CHOICES)[K][number] | undefined {
  if (value === undefined) return undefined;
  const allowed: readonly string[] = CHOICES[option];
  const v = String(value).toLowerCase();
  if (!allowed.includes(v)) {
    throw new UsageError("CLI_BAD_CHOICE", {
      option: "--" + option,
      choices: allowed.join("|"),
      value: String(value),
    });
  }
  return v as (typeof CHOICES)[K][number];
}

/** "80,95" (also "80, 95" or "80%,95%") -> [80, 95]; A below B, both within (0, 100]. */
export function thresholds(value: string | undefined): [number, number] {
  const parts = (value ?? "").split(",").map((p) => p.trim().replace(/%$/, "").trim());
  const numbers = parts.map((p) => (/^\d+(?:\.\d+)?$/.test(p) ? Number(p) : NaN));
  const [a, b] = numbers;
  if (numbers.length !== 2 || !(a > 0 && b > a && b <= 100)) {
    throw new UsageError("CLI_BAD_THRESHOLDS", { value: value ?? "" });
  }
  return [a, b];
}

/** "revenue=30,margin=25" -> weights; a wrong part is named in the usage error. */
export function scoreWeights(value: string | undefined): ScoreWeights {
  try {
    return parseScoreWeights(value ?? "");
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new UsageError("CLI_BAD_SCORE", { value: e.message });
  }
}
