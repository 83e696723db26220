/**
 * Calculated values of formula cells. In Excel `Range.values` of a formula cell is its calculated
 * value and `Range.formulas` the formula ("If a cell has no formula, its value is returned
 * instead"): https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member
 * and #excel-excel-range-values-member. So `=IF(A2="","","")` reads as "" through `values`.
 *
 * The fake calculates a small subset: numbers, "text", TRUE/FALSE, cell and range references
 * (also on other sheets), + - * / & = <> < > <= >=, parentheses and IF, SUM, SUBTOTAL(9|109),
 * AND, OR, NOT. A formula outside it keeps the value it has: its formula text, or the value a
 * test set with `setCalculatedValue`. Plain TypeScript without Node APIs.
 */
import { lettersToCol, type Rect } from "./address";
import * as M from "./model";
import type { SheetState, WorkbookState } from "./model";

/** A value during calculation; null is an empty cell. */
type Val = M.CellValue | null;
type Arg = Val | Val[];

/** Thrown inside the evaluator for anything outside the subset. */
class Unsupported extends Error {}

const isError = (v: Val): boolean => typeof v === "string" && M.ERROR_VALUES.has(v);

interface Scope {
  state: WorkbookState;
  home: SheetState;
}

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][\w.]*)\s*(\()|(TRUE|FALSE)(?![\w(])|(<>|<=|>=|[-+*/&=<>(),]))/iy;

type Token =
  | { t: "str"; v: string }
  | { t: "ref"; sheet?: string; ref: string }
  | { t: "num"; v: number }
  | { t: "fn"; name: string }
  | { t: "bool"; v: boolean }
  | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new Unsupported(src);
    if (m[1] !== undefined) out.push({ t: "str", v: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) {
      const sheet = m[2]
        ?.slice(0, -1)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      out.push(sheet === undefined ? { t: "ref", ref: m[3] } : { t: "ref", sheet, ref: m[3] });
    } else if (m[4] !== undefined) out.push({ t: "num", v: Number(m[4]) });
    else if (m[5] !== undefined) out.push({ t: "fn", name: m[5].toUpperCase() });
    else if (m[7] !== undefined) out.push({ t: "bool", v: m[7].toUpperCase() === "TRUE" });
    else out.push({ t: "op", v: m[8] });
  }
  return out;
}

function cellRect(ref: string): Rect {
  const parts = ref.replace(/\$/g, "").split(":");
  const at = (p: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(p);
    if (!m) throw new Unsupported(p);
    return { r: Number(m[2]) - 1, c: lettersToCol(m[1]) };
  };
  const a = at(parts[0]);
  const b = parts[1] ? at(parts[1]) : a;
  return {
    r0: Math.min(a.r, b.r),
    c0: Math.min(a.c, b.c),
    r1: Math.max(a.r, b.r),
    c1: Math.max(a.c, b.c),
  };
}

function toNumber(v: Val): number | string {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  const n = M.parseNumber(v);
  return n === null ? "#VALUE!" : n;
}

function toText(v: Val): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function truthy(v: Val): boolean | string {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (isError(v)) return v;
  const up = v.toUpperCase();
  if (up === "TRUE") return true;
  if (up === "FALSE") return false;
  return "#VALUE!";
}

/** Excel's comparison: an empty cell equals "", 0 and FALSE; text compares without case. */
function compare(a: Val, b: Val): number {
  const kind = (v: Val) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === null && b === null) return 0;
  if (a === null) a = typeof b === "number" ? 0 : typeof b === "string" ? "" : false;
  if (b === null) b = typeof a === "number" ? 0 : typeof a === "string" ? "" : false;
  if (kind(a) !== kind(b)) return kind(a) - kind(b);
  if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = String(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly scope: Scope
  ) {}

  parse(): Val {
    const v = this.comparison();
    if (this.i !== this.tokens.length) throw new Unsupported("trailing tokens");
    return scalar(v);
  }

  private peekOp(...ops: string[]): string | null {
    const t = this.tokens[this.i];
    return t && t.t === "op" && ops.includes(t.v) ? t.v : null;
  }

  private expectOp(op: string): void {
    if (!this.peekOp(op)) throw new Unsupported(`expected ${op}`);
    this.i++;
  }

  private comparison(): Arg {
    let left = this.concat();
    for (let op = this.peekOp("=", "<>", "<", ">", "<=", ">="); op;) {
      this.i++;
      const a = scalar(left);
      const b = scalar(this.concat());
      if (isError(a)) left = a;
      else if (isError(b)) left = b;
      else {
        const c = compare(a, b);
        left = { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[
          op
        ]!;
      }
      op = this.peekOp("=", "<>", "<", ">", "<=", ">=");
    }
    return left;
  }

  private concat(): Arg {
    let left = this.additive();
    while (this.peekOp("&")) {
      this.i++;
      const a = scalar(left);
      const b = scalar(this.additive());
      left = isError(a) ? a : isError(b) ? b : toText(a) + toText(b);
    }
    return left;
  }

  private arithmetic(next: () => Arg, ops: string[]): Arg {
    let left = next();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.i++;
      const a = toNumber(scalar(left));
      const b = toNumber(scalar(next()));
      if (typeof a === "string") left = a;
      else if (typeof b === "string") left = b;
      else if (op === "/" && b === 0) left = "#DIV/0!";
      else left = op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
    }
    return left;
  }

  private additive(): Arg {
    return this.arithmetic(() => this.term(), ["+", "-"]);
  }

  private term(): Arg {
    return this.arithmetic(() => this.unary(), ["*", "/"]);
  }

  private unary(): Arg {
    const op = this.peekOp("+", "-");
    if (!op) return this.primary();
    this.i++;
    const v = toNumber(scalar(this.unary()));
    return typeof v === "string" ? v : op === "-" ? -v : v;
  }

  private primary(): Arg {
    const t = this.tokens[this.i++];
    if (!t) throw new Unsupported("end of formula");
    switch (t.t) {
      case "str":
      case "num":
      case "bool":
        return t.v;
      case "ref":
        return this.reference(t.sheet, t.ref);
      case "fn":
        return this.call(t.name);
      case "op":
        if (t.v !== "(") throw new Unsupported(t.v);
        {
          const v = this.comparison();
          this.expectOp(")");
          return v;
        }
    }
  }

  private reference(sheetName: string | undefined, ref: string): Arg {
    const sheet =
      sheetName === undefined ? this.scope.home : M.findSheet(this.scope.state, sheetName);
    if (!sheet) return "#REF!";
    const r = cellRect(ref);
    const cell = (row: number, c: number): Val => M.getValue(sheet, row, c) ?? null;
    if (r.r0 === r.r1 && r.c0 === r.c1) return cell(r.r0, r.c0);
    const out: Val[] = [];
    for (let c = r.c0; c <= r.c1; c++)
      for (let row = r.r0; row <= r.r1; row++) out.push(cell(row, c));
    return out;
  }

  private args(): Arg[] {
    const out: Arg[] = [];
    if (this.peekOp(")")) {
      this.i++;
      return out;
    }
    for (;;) {
      // An omitted argument (IF(a,,b)) is empty.
      out.push(this.peekOp(",", ")") ? null : this.comparison());
      if (this.peekOp(")")) {
        this.i++;
        return out;
      }
      this.expectOp(",");
    }
  }

  private call(name: string): Arg {
    // IF evaluates only the branch it takes, as Excel does.
    const args = this.args();
    switch (name) {
      case "IF": {
        if (args.length < 2 || args.length > 3) throw new Unsupported("IF arity");
        const c = truthy(scalar(args[0]));
        if (typeof c === "string") return c;
        if (c) return args[1];
        return args.length === 3 ? args[2] : false;
      }
      case "SUM":
        return sum(args);
      case "SUBTOTAL": {
        const fn = scalar(args[0]);
        if (fn !== 9 && fn !== 109) throw new Unsupported(`SUBTOTAL(${String(fn)})`);
        return sum(args.slice(1));
      }
      case "AND":
      case "OR": {
        const vs = args.flatMap((a) => (Array.isArray(a) ? a.filter((v) => v !== null) : [a]));
        const bs = vs.map((v) => truthy(v));
        const err = bs.find((b) => typeof b === "string");
        if (err !== undefined) return err;
        return name === "AND" ? bs.every(Boolean) : bs.some(Boolean);
      }
      case "NOT": {
        const b = truthy(scalar(args[0]));
        return typeof b === "string" ? b : !b;
      }
      default:
        throw new Unsupported(name);
    }
  }
}

/** A range used where one value is expected: its first cell (enough for the subset). */
function scalar(v: Arg): Val {
  if (!Array.isArray(v)) return v;
  if (v.length === 1) return v[0];
  return "#VALUE!";
}

/** SUM: numbers in ranges count, text and blanks in ranges are skipped, errors propagate. */
function sum(args: Arg[]): Val {
  let total = 0;
  for (const a of args) {
    const values = Array.isArray(a) ? a : [a];
    for (const v of values) {
      if (isError(v)) return v;
      if (Array.isArray(a)) {
        if (typeof v === "number") total += v;
        continue;
      }
      const n = toNumber(v);
      if (typeof n === "string") return n;
      total += n;
    }
  }
  return total;
}

/** The calculated value of `formula` on `home`, or undefined when it is outside the subset. */
export function calculate(
  state: WorkbookState,
  home: SheetState,
  formula: string
): M.CellValue | undefined {
  if (!formula.startsWith("=")) return undefined;
  try {
    const v = new Parser(tokenize(formula.slice(1)), { state, home }).parse();
    // A formula that refers to an empty cell shows 0, as in Excel.
    return v === null ? 0 : v;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/**
 * Recalculates every formula cell of the workbook (automatic calculation mode). A few passes
 * settle chains of formulas that refer to each other; circular references keep their last value.
 */
export function recalculate(state: WorkbookState): void {
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const sheet of state.sheets) {
      sheet.cols.forEach((cd) => {
        if (!cd || !cd.f) return;
        cd.f.forEach((formula, r) => {
          if (formula === undefined) return;
          const v = calculate(state, sheet, formula);
          if (v !== undefined && cd.v[r] !== v) {
            cd.v[r] = v;
            changed = true;
          }
        });
      });
    }
    if (!changed) return;
  }
}
