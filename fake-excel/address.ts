/**
 * A1 addresses, rectangles and reference rewriting for the fake Excel host.
 * Plain TypeScript, no Node APIs (this file is also bundled for the browser playground).
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const LAST_ROW = MAX_ROWS - 1;
export const LAST_COL = MAX_COLS - 1;

/** Inclusive, 0-based rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(r0: number, c0: number, r1: number, c1: number): Rect {
  return { r0, c0, r1, c1 };
}

export function rows(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function cols(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

export function isFullWidth(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === LAST_COL;
}

export function isFullHeight(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === LAST_ROW;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const r1 = Math.min(a.r1, b.r1);
  const c0 = Math.max(a.c0, b.c0);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : null;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1
  );
}

export function bounding(a: Rect, b: Rect): Rect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}

/** a minus b, as up to four rectangles (top, bottom, left, right bands). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.r0 < i.r0) out.push({ r0: a.r0, c0: a.c0, r1: i.r0 - 1, c1: a.c1 });
  if (i.r1 < a.r1) out.push({ r0: i.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < i.c0) out.push({ r0: i.r0, c0: a.c0, r1: i.r1, c1: i.c0 - 1 });
  if (i.c1 < a.c1) out.push({ r0: i.r0, c0: i.c1 + 1, r1: i.r1, c1: a.c1 });
  return out;
}

export function colToLetters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  const up = letters.toUpperCase();
  for (let i = 0; i < up.length; i++) n = n * 26 + (up.charCodeAt(i) - 64);
  return n - 1;
}

/** Sheet name as it appears in an address: quoted when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name) && !looksLikeCellRef(name)) {
    return name;
  }
  return "'" + name.replace(/'/g, "''") + "'";
}

function looksLikeCellRef(name: string): boolean {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (m && lettersToCol(m[1]) <= LAST_COL && +m[2] >= 1 && +m[2] <= MAX_ROWS) return true;
  return /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
}

/** "A1", "A1:B2", "A:C" (full height) or "2:5" (full width); with `$` when absolute. */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isFullWidth(r)) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  if (isFullHeight(r)) return `${d}${colToLetters(r.c0)}:${d}${colToLetters(r.c1)}`;
  const a = `${d}${colToLetters(r.c0)}${d}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${d}${colToLetters(r.c1)}${d}${r.r1 + 1}`;
}

/** Office.js style address: "Sheet1!A1:C10", "'My Sheet'!B2". */
export function formatAddress(sheet: string, r: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatRect(r, absolute)}`;
}

export interface ParsedArea {
  sheet?: string;
  rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

function cellOf(s: string): { r: number; c: number } | null {
  const m = CELL.exec(s);
  if (!m) return null;
  const c = lettersToCol(m[1]);
  const r = +m[2] - 1;
  if (c < 0 || c > LAST_COL || r < 0 || r > LAST_ROW) return null;
  return { r, c };
}

function splitSheet(text: string): { sheet?: string; rest: string } {
  const s = text.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i++];
    }
    if (s[i] === "'" && s[i + 1] === "!") return { sheet: name, rest: s.slice(i + 2) };
    return { rest: s };
  }
  const bang = s.lastIndexOf("!");
  if (bang > 0) return { sheet: s.slice(0, bang), rest: s.slice(bang + 1) };
  return { rest: s };
}

/** Parses one area ("Sheet1!A1:B2", "A:C", "2:5", "$A$1"). Returns null when it is not an address. */
export function parseArea(text: string): ParsedArea | null {
  const { sheet, rest } = splitSheet(text);
  const t = rest.trim();
  let r: Rect | null = null;
  const m1 = COLS.exec(t);
  const m2 = ROWS.exec(t);
  if (m1) {
    const a = lettersToCol(m1[1]);
    const b = lettersToCol(m1[2]);
    if (a > LAST_COL || b > LAST_COL) return null;
    r = { r0: 0, r1: LAST_ROW, c0: Math.min(a, b), c1: Math.max(a, b) };
  } else if (m2) {
    const a = +m2[1] - 1;
    const b = +m2[2] - 1;
    if (a < 0 || b < 0 || a > LAST_ROW || b > LAST_ROW) return null;
    r = { r0: Math.min(a, b), r1: Math.max(a, b), c0: 0, c1: LAST_COL };
  } else {
    const parts = t.split(":");
    if (parts.length === 1) {
      const p = cellOf(parts[0]);
      if (p) r = { r0: p.r, c0: p.c, r1: p.r, c1: p.c };
    } else if (parts.length === 2) {
      const p = cellOf(parts[0]);
      const q = cellOf(parts[1].replace(/^.*!/, ""));
      if (p && q) {
        r = {
          r0: Math.min(p.r, q.r),
          c0: Math.min(p.c, q.c),
          r1: Math.max(p.r, q.r),
          c1: Math.max(p.c, q.c),
        };
      }
    }
  }
  if (!r) return null;
  return sheet === undefined ? { rect: r } : { sheet, rect: r };
}

/** Splits "A1:B2, C3" or "Sheet1!A1,Sheet1!B2" into areas (commas inside quotes are kept). */
export function parseAreas(text: string): ParsedArea[] | null {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  const out: ParsedArea[] = [];
  for (const p of parts) {
    const a = parseArea(p);
    if (!a) return null;
    out.push(a);
  }
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Reference rewriting inside formulas (cell formulas, names, chart series, validation lists)  */
/* ------------------------------------------------------------------------------------------ */

type RefKind = "cell" | "area" | "cols" | "rows";

interface RefToken {
  kind: RefKind;
  rect: Rect;
  abs: [boolean, boolean, boolean, boolean]; // col0, row0, col1, row1
}

const TOKEN_RE = new RegExp(
  [
    '"(?:[^"]|"")*"', // string literal
    "\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]", // structured reference [..] (one nesting level)
    "(?<sheet>(?:'(?:[^']|'')+'|[A-Za-z_\\u00C0-\\uFFFF][\\w.\\u00C0-\\uFFFF]*)!)?" +
      "(?<ref>\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?|\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3}|\\$?\\d+:\\$?\\d+)" +
      "(?![\\w(!.\\[])",
    "[A-Za-z_\\d.$\\u00C0-\\uFFFF]+", // any other identifier or number: consumed whole
  ].join("|"),
  "g"
);

function parseRefToken(ref: string): RefToken | null {
  let m = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$/.exec(ref);
  if (m) {
    const c0 = lettersToCol(m[2]);
    const c1 = lettersToCol(m[4]);
    if (c0 > LAST_COL || c1 > LAST_COL) return null;
    return {
      kind: "cols",
      rect: { r0: 0, r1: LAST_ROW, c0: Math.min(c0, c1), c1: Math.max(c0, c1) },
      abs: [!!m[1], false, !!m[3], false],
    };
  }
  m = /^(\$?)(\d+):(\$?)(\d+)$/.exec(ref);
  if (m) {
    const r0 = +m[2] - 1;
    const r1 = +m[4] - 1;
    if (r0 < 0 || r1 < 0 || r0 > LAST_ROW || r1 > LAST_ROW) return null;
    return {
      kind: "rows",
      rect: { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: 0, c1: LAST_COL },
      abs: [false, !!m[1], false, !!m[3]],
    };
  }
  m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?$/.exec(ref);
  if (!m) return null;
  const c0 = lettersToCol(m[2]);
  const r0 = +m[4] - 1;
  if (c0 > LAST_COL || r0 < 0 || r0 > LAST_ROW) return null;
  if (m[6] === undefined) {
    return {
      kind: "cell",
      rect: { r0, c0, r1: r0, c1: c0 },
      abs: [!!m[1], !!m[3], !!m[1], !!m[3]],
    };
  }
  const c1 = lettersToCol(m[6]);
  const r1 = +m[8] - 1;
  if (c1 > LAST_COL || r1 < 0 || r1 > LAST_ROW) return null;
  return {
    kind: "area",
    rect: {
      r0: Math.min(r0, r1),
      c0: Math.min(c0, c1),
      r1: Math.max(r0, r1),
      c1: Math.max(c0, c1),
    },
    abs: [!!m[1], !!m[3], !!m[5], !!m[7]],
  };
}

function formatRefToken(t: RefToken): string {
  const [ac0, ar0, ac1, ar1] = t.abs.map((b) => (b ? "$" : ""));
  const r = t.rect;
  switch (t.kind) {
    case "cols":
      return `${ac0}${colToLetters(r.c0)}:${ac1}${colToLetters(r.c1)}`;
    case "rows":
      return `${ar0}${r.r0 + 1}:${ar1}${r.r1 + 1}`;
    case "cell":
      if (r.r0 === r.r1 && r.c0 === r.c1) return `${ac0}${colToLetters(r.c0)}${ar0}${r.r0 + 1}`;
      return (
        `${ac0}${colToLetters(r.c0)}${ar0}${r.r0 + 1}:` +
        `${ac1}${colToLetters(r.c1)}${ar1}${r.r1 + 1}`
      );
    default:
      return (
        `${ac0}${colToLetters(r.c0)}${ar0}${r.r0 + 1}:` +
        `${ac1}${colToLetters(r.c1)}${ar1}${r.r1 + 1}`
      );
  }
}

function unquoteSheet(prefix: string): string {
  const p = prefix.slice(0, -1); // drop "!"
  if (p.startsWith("'")) return p.slice(1, -1).replace(/''/g, "'");
  return p;
}

export interface FormulaRef {
  /** Sheet named in the reference, or the home sheet for unqualified references. */
  sheet: string;
  qualified: boolean;
  rect: Rect;
}

/** All cell references of a formula (string literals and structured references skipped). */
export function formulaRefs(formula: string, homeSheet: string): FormulaRef[] {
  const out: FormulaRef[] = [];
  const re = new RegExp(TOKEN_RE.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    const g = m.groups;
    if (!g || !g.ref) continue;
    const t = parseRefToken(g.ref);
    if (!t) continue;
    out.push({
      sheet: g.sheet ? unquoteSheet(g.sheet) : homeSheet,
      qualified: !!g.sheet,
      rect: t.rect,
    });
  }
  return out;
}

/**
 * Rewrites every reference of a formula. `fn` gets the referenced sheet name and rectangle and
 * returns the new rectangle, null for a deleted reference (#REF!) or undefined to keep it;
 * `renameSheet` maps old sheet names to new ones (case-insensitive) for qualified references.
 */
export function rewriteFormula(
  formula: string,
  homeSheet: string,
  fn: (sheet: string, r: Rect) => Rect | null | undefined,
  opts: {
    /** New name for a sheet (undefined: unchanged; null: the sheet was deleted). */
    renameSheet?: (sheet: string) => string | null | undefined;
    /** Prefix unqualified references with this sheet name. */
    qualify?: string;
    /** Move relative references by (dr, dc) first (formulas anchored at a moving cell). */
    translate?: { dr: number; dc: number };
  } = {}
): string {
  if (formula.indexOf("!") < 0 && !/[A-Za-z$]\$?\d|\d:\$?\d|[A-Za-z]:\$?[A-Za-z]/.test(formula)) {
    return formula;
  }
  return formula.replace(new RegExp(TOKEN_RE.source, "g"), (...args: unknown[]) => {
    const whole = args[0] as string;
    const groups = args[args.length - 1] as { sheet?: string; ref?: string };
    if (!groups || !groups.ref) return whole;
    const t = parseRefToken(groups.ref);
    if (!t) return whole;
    const sheetName = groups.sheet ? unquoteSheet(groups.sheet) : homeSheet;
    let prefix = groups.sheet ?? "";
    if (groups.sheet && opts.renameSheet) {
      const renamed = opts.renameSheet(sheetName);
      if (renamed === null) return "#REF!";
      if (renamed !== undefined) prefix = quoteSheet(renamed) + "!";
    }
    if (!groups.sheet && opts.qualify !== undefined) prefix = quoteSheet(opts.qualify) + "!";
    let base = t.rect;
    let moved = false;
    if (opts.translate && (opts.translate.dr || opts.translate.dc)) {
      const { dr, dc } = opts.translate;
      const [ac0, ar0, ac1, ar1] = t.abs;
      const full = t.kind === "cols" ? "rows" : t.kind === "rows" ? "cols" : "";
      base = {
        r0: full === "rows" || ar0 ? base.r0 : base.r0 + dr,
        r1: full === "rows" || ar1 ? base.r1 : base.r1 + dr,
        c0: full === "cols" || ac0 ? base.c0 : base.c0 + dc,
        c1: full === "cols" || ac1 ? base.c1 : base.c1 + dc,
      };
      if (base.r0 < 0 || base.c0 < 0 || base.r1 > LAST_ROW || base.c1 > LAST_COL)
        return prefix + "#REF!";
      moved =
        base.r0 !== t.rect.r0 ||
        base.r1 !== t.rect.r1 ||
        base.c0 !== t.rect.c0 ||
        base.c1 !== t.rect.c1;
    }
    const res = fn(sheetName, base);
    if (res === null) return prefix + "#REF!";
    if (res === undefined && !moved) return prefix + groups.ref;
    return prefix + formatRefToken({ ...t, rect: res ?? base });
  });
}

/* ------------------------------------------------------------------------------------------ */
/* Structural shifts                                                                           */
/* ------------------------------------------------------------------------------------------ */

/**
 * A structural change of one sheet: `count` rows (or columns) inserted before / deleted from
 * index `at`, limited to the perpendicular span [span0, span1] (the full span for entire rows /
 * columns).
 */
export interface Shift {
  axis: "rows" | "cols";
  kind: "insert" | "delete";
  at: number;
  count: number;
  span0: number;
  span1: number;
}

/** New rectangle after a shift; null when it was deleted; the same object when unchanged. */
export function shiftRect(r: Rect, s: Shift): Rect | null {
  const byRows = s.axis === "rows";
  const lo = byRows ? r.r0 : r.c0;
  const hi = byRows ? r.r1 : r.c1;
  const pLo = byRows ? r.c0 : r.r0;
  const pHi = byRows ? r.c1 : r.r1;
  const last = byRows ? LAST_ROW : LAST_COL;
  // Only references lying entirely within the shifted span move.
  if (pLo < s.span0 || pHi > s.span1) return r;
  // Entire columns (for row shifts) / entire rows (for column shifts) keep their extent.
  if (lo === 0 && hi === last) return r;
  let nLo = lo;
  let nHi = hi;
  if (s.kind === "insert") {
    if (lo >= s.at) {
      if (lo + s.count > last) return null;
      nLo = lo + s.count;
      nHi = Math.min(hi + s.count, last);
    } else if (hi >= s.at) {
      nHi = Math.min(hi + s.count, last);
    } else return r;
  } else {
    const d0 = s.at;
    const d1 = s.at + s.count - 1;
    if (hi < d0) return r;
    if (lo > d1) {
      nLo = lo - s.count;
      nHi = hi - s.count;
    } else if (lo >= d0 && hi <= d1) {
      return null;
    } else {
      nLo = lo < d0 ? lo : d0;
      nHi = hi > d1 ? hi - s.count : d0 - 1;
    }
  }
  if (nLo === lo && nHi === hi) return r;
  return byRows
    ? { r0: nLo, r1: nHi, c0: r.c0, c1: r.c1 }
    : { r0: r.r0, r1: r.r1, c0: nLo, c1: nHi };
}
