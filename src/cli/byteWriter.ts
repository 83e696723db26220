// Output bytes built in one reusable buffer. Writing half a million CSV lines as strings
// (concatenated per line, joined per chunk) took ~0.8 s of a 3 s run; encoding numbers as
// digits and text as UTF-8 straight into a buffer takes a fraction of that.

const CAPACITY = 1 << 20;

export class ByteWriter {
  private buf = new Uint8Array(CAPACITY);
  private pos = 0;
  private readonly digits = new Uint8Array(24);

  /** `flush` gets each filled chunk; it must copy the bytes if it keeps them. */
  constructor(private readonly flush: (bytes: Uint8Array) => void) {}

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.drain();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }

  /** Sends what is buffered to `flush`. */
  drain(): void {
    if (this.pos > 0) this.flush(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }

  byte(b: number): void {
    if (this.pos >= this.buf.length) this.drain();
    this.buf[this.pos++] = b;
  }

  /** UTF-8 of `s`. */
  text(s: string): void {
    this.room(s.length * 3);
    this.pos = encodeUtf8(s, this.buf, this.pos);
  }

  /** Bytes `from` to `to` of `src`. */
  copy(src: Uint8Array, from: number, to: number): void {
    this.room(to - from);
    const buf = this.buf;
    let p = this.pos;
    // Fields are short: a loop beats creating a subarray for set().
    for (let i = from; i < to; i++) buf[p++] = src[i];
    this.pos = p;
  }

  /** A whole number from 0 to 2^53, at least `width` digits (zero-padded). */
  int(n: number, width = 1): void {
    const d = this.digits;
    let k = 0;
    if (n < 0x40000000) {
      // Small integers: the common case, kept in int32 arithmetic.
      let m = n | 0;
      while (m > 0 || k < width) {
        const q = (m / 10) | 0;
        d[k++] = 48 + m - q * 10;
        m = q;
      }
      n = 0;
    }
    while (n >= 1 || k < width) {
      const q = Math.floor(n / 10);
      d[k++] = 48 + (n - q * 10);
      n = q;
    }
    this.room(k);
    while (k > 0) this.buf[this.pos++] = d[--k];
  }
}

/** Writes `s` as UTF-8 from `p` on (room for 3 bytes per UTF-16 unit needed); returns the end. */
export function encodeUtf8(s: string, buf: Uint8Array, p: number): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      buf[p++] = c;
    } else if (c < 0x800) {
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        i++;
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[p++] = 0xf0 | (c >> 18);
        buf[p++] = 0x80 | ((c >> 12) & 63);
        buf[p++] = 0x80 | ((c >> 6) & 63);
        buf[p++] = 0x80 | (c & 63);
      } else {
        p = replacement(buf, p);
      }
    } else if (c >= 0xd800 && c < 0xe000) {
      p = replacement(buf, p); // a lone surrogate, as Buffer.from would write it
    } else {
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 63);
      buf[p++] = 0x80 | (c & 63);
    }
  }
  return p;
}

function replacement(buf: Uint8Array, p: number): number {
  buf[p] = 0xef;
  buf[p + 1] = 0xbf;
  buf[p + 2] = 0xbd;
  return p + 3;
}
