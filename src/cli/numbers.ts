// Machine-readable numbers for CSV, written as digits: String(number) costs ~0.3 µs for a
// double, and a CSV of 500,000 customers has 1.5 million of them.
import type { ByteWriter } from "./byteWriter";

const SHARE_DIGITS = 12;
const SHARE_SCALE = 1e12;
const HALF = 1e6;

export class CsvNumbers {
  private readonly decimal: number;

  constructor(
    private readonly out: ByteWriter,
    private readonly decimalText: string
  ) {
    this.decimal = decimalText.charCodeAt(0);
  }

  /**
   * Money: "1234.5" as "1234.50". A sum of cent amounts a hair off whole cents by binary
   * arithmetic (15502.960000000001) shows as cents; amounts with finer digits keep them all.
   */
  amount(v: number): void {
    const scaled = v * 100;
    const cents = Math.round(scaled);
    if (
      !(Math.abs(cents) < 1e15) ||
      Math.abs(scaled - cents) > 1e-9 * Math.max(1, Math.abs(scaled))
    ) {
      this.out.text(this.plain(v));
      return;
    }
    const abs = Math.abs(cents);
    const whole = Math.floor(abs / 100);
    if (cents < 0) this.out.byte(45);
    this.out.int(whole);
    this.out.byte(this.decimal);
    this.out.int(abs - whole * 100, 2);
  }

  /** A share between 0 and 1 with 12 decimals ("0.006081020379"). */
  share(v: number): void {
    if (!(v >= 0 && v <= 1)) {
      this.out.text(this.plain(v));
      return;
    }
    const units = Math.min(Math.round(v * SHARE_SCALE), SHARE_SCALE);
    this.out.byte(units === SHARE_SCALE ? 49 : 48);
    this.out.byte(this.decimal);
    // Two halves of six digits each stay in small-integer arithmetic.
    const rest = units === SHARE_SCALE ? 0 : units;
    const high = Math.floor(rest / HALF);
    this.out.int(high, SHARE_DIGITS / 2);
    this.out.int(rest - high * HALF, SHARE_DIGITS / 2);
  }

  private plain(v: number): string {
    const s = String(v);
    return this.decimalText === "." ? s : s.replace(".", this.decimalText);
  }
}

/** The text JSON.stringify writes for `v`: the shortest digits that read back the same. */
export function jsonNumberText(v: number): string {
  return !Number.isFinite(v) ? "null" : v === 0 ? "0" : String(v);
}

/** Numbers as JSON.stringify writes them (the shortest digits that read back the same). */
export class JsonNumbers {
  /** The last number that took String(), and its text: ties in rank order come in a row. */
  private last = NaN;
  private lastText = "";

  constructor(private readonly out: ByteWriter) {}

  /**
   * Whole cents take the short way: if cents / 100 is the number, its digits with at most two
   * decimals read back as it, and no shorter digits can (they would differ by at least 0.01,
   * far more than the spacing of doubles below 10^13), so they are what String() gives.
   */
  number(v: number): void {
    const cents = Math.round(v * 100);
    if (!Number.isFinite(v) || v === 0 || !(Math.abs(cents) < 1e15) || cents / 100 !== v) {
      // NaN !== NaN: a run of them takes the text again, which is as short as "null".
      if (v !== this.last) {
        this.last = v;
        this.lastText = jsonNumberText(v);
      }
      this.out.text(this.lastText);
      return;
    }
    const abs = Math.abs(cents);
    const whole = Math.floor(abs / 100);
    const fraction = abs - whole * 100;
    if (cents < 0) this.out.byte(45);
    this.out.int(whole);
    if (fraction === 0) return;
    this.out.byte(46);
    if (fraction % 10 === 0) this.out.int(fraction / 10);
    else this.out.int(fraction, 2);
  }
}
