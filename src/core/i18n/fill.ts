// The one placeholder filler of every face: "{name}" in a template replaced by its parameter,
// formatted by the parameter's name for the language.
import type { Language, Message } from "../types";
import { monthText } from "./dates";
import { formatAmount, formatNumber, formatPercent } from "./format";

export type Params = NonNullable<Message["params"]>;

/** A template split at its placeholders: text parts and {name} parts. */
export type TemplatePart = string | { name: string };

// Templates are few and reused millions of times (one reason per customer), so each is split once.
const compiled = new Map<string, readonly TemplatePart[]>();

export function templateParts(template: string): readonly TemplatePart[] {
  let parts = compiled.get(template);
  if (parts) return parts;
  const out: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) out.push(template.slice(last, m.index));
    out.push({ name: m[1] });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  parts = out;
  compiled.set(template, parts);
  return parts;
}

/**
 * One parameter by its name: *Pct as percent, *Amount as money, *Month (a month index) as
 * "Mär 2026", other numbers as counts.
 */
export function formatParam(name: string, v: string | number | undefined, lang: Language): string {
  if (v === undefined) return `{${name}}`;
  if (typeof v !== "number") return v;
  if (name.endsWith("Pct")) return formatPercent(v, lang);
  if (name.endsWith("Month")) return monthText(v, lang);
  if (name.endsWith("Amount")) return formatAmount(v, lang);
  return formatNumber(v, lang, 2);
}

/** The template with its placeholders filled; a missing parameter stays "{name}". */
export function fillTemplate(template: string, params: Params | undefined, lang: Language): string {
  const values = params ?? {};
  let out = "";
  for (const part of templateParts(template))
    out += typeof part === "string" ? part : formatParam(part.name, values[part.name], lang);
  return out;
}
