// A formula as a person types it into the playground's formula cell: =KAM.NAME(arguments), with
// "," between arguments (English Excel) or ";" (German Excel, which also writes 0,8 for 0.8).
import { FUNCTIONS, NAMESPACE, type FunctionId } from "../../functions/catalog";

export type FormulaArgument =
  | { kind: "range"; sheet: string | null; address: string }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "omitted" };

export type ParsedFormula =
  { ok: true; id: FunctionId; args: FormulaArgument[] } | { ok: false; error: "#NAME?" | "syntax" };

const CALL = /^=\s*([A-Za-z][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/;
const RANGE =
  /^(?:(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/;

/** Splits at the separator outside "quoted text" ("" inside quotes is one quote). */
function splitArguments(body: string, separator: string): string[] | null {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of body) {
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (quoted) return null;
  parts.push(current);
  return parts;
}

function parseArgument(raw: string, decimalComma: boolean): FormulaArgument | null {
  const text = raw.trim();
  if (text === "") return { kind: "omitted" };
  if (/^"([^"]|"")*"$/.test(text))
    return { kind: "text", value: text.slice(1, -1).replace(/""/g, '"') };
  const numberText = decimalComma ? text.replace(",", ".") : text;
  const percent = numberText.endsWith("%");
  const digits = percent ? numberText.slice(0, -1).trim() : numberText;
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(digits)) {
    return { kind: "number", value: Number(digits) / (percent ? 100 : 1) };
  }
  const range = RANGE.exec(text);
  if (range) {
    const sheet = range[1] !== undefined ? range[1].replace(/''/g, "'") : (range[2] ?? null);
    return { kind: "range", sheet, address: range[3].replace(/\$/g, "").toUpperCase() };
  }
  return null;
}

export function parseFormula(formula: string): ParsedFormula {
  const call = CALL.exec(formula.trim());
  if (!call) return { ok: false, error: "syntax" };
  const [namespace, name, ...rest] = call[1].toUpperCase().split(".");
  if (namespace !== NAMESPACE || rest.length > 0 || !name || !(name in FUNCTIONS))
    return { ok: false, error: "#NAME?" };
  // German Excel separates arguments with ";" and so can use "," as the decimal separator.
  const decimalComma = call[2].includes(";");
  const parts = splitArguments(call[2], decimalComma ? ";" : ",");
  if (!parts) return { ok: false, error: "syntax" };
  const args: FormulaArgument[] = [];
  for (const part of parts) {
    const arg = parseArgument(part, decimalComma);
    if (!arg) return { ok: false, error: "syntax" };
    args.push(arg);
  }
  // =KAM.N80() has one empty part: no arguments at all.
  if (args.length === 1 && args[0].kind === "omitted") args.length = 0;
  return { ok: true, id: name as FunctionId, args };
}
