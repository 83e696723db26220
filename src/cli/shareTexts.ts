// The shares' texts of a JSON output, made by two threads: String() of two shares per customer
// is most of what JSON costs over CSV (the shortest digits that read back the same). The main
// thread writes the records from the first rank on and makes the texts of the chunks it reaches
// first; a helper makes them from the last chunk backwards; they meet in the middle. Everything
// lies in shared memory that the helper set up (and touched) while it waited.
import { jsonNumberText } from "./numbers";

/** Ranks per chunk that one thread claims. */
const CHUNK = 8192;
/** Bytes per text: String() of a double is at most 24 characters ("-2.2250738585072014e-308"). */
const SLOT = 24;
/** How long the main thread waits for a chunk the helper claimed before making it itself. */
const PATIENCE_MS = 10_000;

const FREE = 0;
const MAIN = 1;
const HELPER = 2;
const HELPER_DONE = 3;

/** control: [ranks published (-1: none will be), ...]. */
const PUBLISHED = 0;

export interface ShareTextBuffers {
  /** Per rank r: share at 2r, cumulative share at 2r + 1. */
  numbers: Float64Array;
  texts: Uint8Array;
  lengths: Uint8Array;
  /** Per chunk: FREE, MAIN, HELPER or HELPER_DONE. */
  claims: Int32Array;
  control: Int32Array;
}

/** Buffers for up to `count` ranks, made by the helper; the numbers' pages touched already. */
export function shareTextBuffers(count: number): ShareTextBuffers {
  const shared = (bytes: number) => new SharedArrayBuffer(Math.max(8, bytes));
  const numbers = new Float64Array(shared(16 * count));
  numbers.fill(0);
  return {
    numbers,
    texts: new Uint8Array(shared(2 * SLOT * count)),
    lengths: new Uint8Array(shared(2 * count)),
    claims: new Int32Array(shared(4 * Math.ceil(count / CHUNK))),
    control: new Int32Array(shared(8)),
  };
}

/**
 * The helper's part: waits until the main thread publishes the shares (or says it will not),
 * then makes the texts of chunks from the last one backwards until it meets the main thread.
 */
export function makeTextsFromBack(b: ShareTextBuffers, patienceMs = 60_000): void {
  const deadline = Date.now() + patienceMs;
  while (Atomics.load(b.control, PUBLISHED) === 0) {
    const left = deadline - Date.now();
    if (left <= 0) return;
    Atomics.wait(b.control, PUBLISHED, 0, Math.min(left, 1000));
  }
  const ranks = Atomics.load(b.control, PUBLISHED);
  if (ranks < 0) return;
  for (let k = Math.ceil(ranks / CHUNK) - 1; k >= 0; k--) {
    if (Atomics.compareExchange(b.claims, k, FREE, HELPER) !== FREE) return;
    const end = Math.min(ranks, (k + 1) * CHUNK);
    for (let i = 2 * k * CHUNK; i < 2 * end; i++) {
      const text = jsonNumberText(b.numbers[i]);
      const at = i * SLOT;
      for (let j = 0; j < text.length; j++) b.texts[at + j] = text.charCodeAt(j);
      b.lengths[i] = text.length;
    }
    Atomics.store(b.claims, k, HELPER_DONE);
    Atomics.notify(b.claims, k);
  }
}

/** The main thread's side: publishes the shares, then tells per rank who made its texts. */
export class ShareTexts {
  private chunk = -1;
  private helperMade = false;

  constructor(
    private readonly b: ShareTextBuffers,
    share: Float64Array,
    cumulative: Float64Array,
    private readonly ranks: number
  ) {
    for (let r = 0; r < ranks; r++) {
      b.numbers[2 * r] = share[r];
      b.numbers[2 * r + 1] = cumulative[r];
    }
    // None to make (no ranked customer): the helper ends.
    Atomics.store(b.control, PUBLISHED, ranks > 0 ? ranks : -1);
    Atomics.notify(b.control, PUBLISHED);
  }

  /**
   * True if the helper made rank `r`'s texts (then write them with write()); false if this
   * thread is to make them. Ranks are asked in order.
   */
  byHelper(r: number): boolean {
    const k = Math.floor(r / CHUNK);
    if (k !== this.chunk) {
      this.chunk = k;
      this.helperMade =
        r < this.ranks &&
        Atomics.compareExchange(this.b.claims, k, FREE, MAIN) !== FREE &&
        this.waitForHelper(k);
    }
    return this.helperMade;
  }

  /** The text of rank `r`'s share (`which` 0) or cumulative share (1), made by the helper. */
  write(out: { copy(src: Uint8Array, from: number, to: number): void }, r: number, which: 0 | 1) {
    const i = 2 * r + which;
    out.copy(this.b.texts, i * SLOT, i * SLOT + this.b.lengths[i]);
  }

  private waitForHelper(k: number): boolean {
    const deadline = Date.now() + PATIENCE_MS;
    for (;;) {
      const state = Atomics.load(this.b.claims, k);
      if (state === HELPER_DONE) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      Atomics.wait(this.b.claims, k, state, Math.min(left, 1000));
    }
  }
}
