// The cells of one line of a quote-free CSV, located in its bytes without making strings. Used by
// the byte reader on the main thread and by the reading threads alike (no Node API here).
import { plainNumber } from "./plainNumber";

const CR = 13;
const HASH = 35;

/** Line k is bytes[start[k], start[k + 1] - 1), less a final "\r". */
export class LineCells {
  /** Cell c of the located line is bytes[cellStart[c], cellEnd[c]); cellStart -1 if absent. */
  readonly cellStart: Int32Array;
  readonly cellEnd: Int32Array;

  constructor(
    readonly bytes: Uint8Array,
    private readonly start: Int32Array,
    private readonly delimiter: number,
    width: number
  ) {
    this.cellStart = new Int32Array(width + 1);
    this.cellEnd = new Int32Array(width + 1);
  }

  /**
   * Cells 0 to `last` of line `r` located; false if one of them holds a byte beyond ASCII, or with
   * `latin1` one that is not part of a Latin-1 letter in UTF-8 (C2 or C3 and a byte 80 to BF).
   */
  locate(r: number, last: number, latin1 = false): boolean {
    const { bytes, cellStart, cellEnd, delimiter: d } = this;
    const start = this.start[r];
    const end = this.lineEnd(r);
    let c = 0;
    cellStart[0] = start;
    let i = start;
    for (; i < end; i++) {
      const b = bytes[i];
      if (b === d) {
        cellEnd[c] = i;
        if (c === last) return true;
        c++;
        cellStart[c] = i + 1;
      } else if (b >= 0x80) {
        if (!latin1 || (b !== 0xc2 && b !== 0xc3) || i + 1 >= end) return false;
        const next = bytes[++i];
        if (next < 0x80 || next > 0xbf) return false;
      }
    }
    cellEnd[c] = end;
    for (c++; c <= last; c++) cellStart[c] = -1;
    return true;
  }

  /**
   * Trims located cell `c` (present) to text that is neither blank nor maybe an error value. A
   * no-break space (C2 A0) at either end, which trim() would take off, makes it false.
   */
  trim(c: number): boolean {
    if (!this.trimBlank(c)) return false;
    const { bytes } = this;
    const a = this.cellStart[c];
    const b = this.cellEnd[c];
    if (bytes[a] === HASH) return false;
    return !(
      (bytes[a] === 0xc2 && bytes[a + 1] === 0xa0) ||
      (bytes[b - 2] === 0xc2 && bytes[b - 1] === 0xa0)
    );
  }

  /** Trims located cell `c`; false if it is absent or blank. */
  trimBlank(c: number): boolean {
    const { bytes, cellStart, cellEnd } = this;
    let a = cellStart[c];
    if (a < 0) return false;
    let b = cellEnd[c];
    while (a < b && isSpace(bytes[a])) a++;
    while (b > a && isSpace(bytes[b - 1])) b--;
    cellStart[c] = a;
    cellEnd[c] = b;
    return a < b;
  }

  /** Located cell `c` as a plain number, NaN if the cells must decide (or if "," is the decimal and it has a dot). */
  number(c: number, commaDecimal: boolean): number {
    if (!this.trimBlank(c)) return NaN;
    return plainNumber(this.bytes, this.cellStart[c], this.cellEnd[c], commaDecimal);
  }

  /** Where line `r` ends, before its "\n" and a "\r" before that. */
  lineEnd(r: number): number {
    const end = this.start[r + 1] - 1;
    return end > this.start[r] && this.bytes[end - 1] === CR ? end - 1 : end;
  }
}

function isSpace(b: number): boolean {
  return b === 32 || (b >= 9 && b <= 13);
}
