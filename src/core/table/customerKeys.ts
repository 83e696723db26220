import { giveScratch, takeScratch } from "../scratch";
import { lazyStrings } from "./lazyStrings";
import { normalizeKey } from "./normalizeKey";

/**
 * Numbers customers by key while a table is read, in order of first appearance, without making
 * a key string per row: a million rows made a million keys (~50 MB and much of the garbage
 * collector's work in bench/core.ts) only to find most of them again in a hash table.
 *
 * Keys are those of normalizeKey: the name, or "#" and the id, trimmed, inner whitespace
 * collapsed and case folded. Text made of Latin-1 characters only (nearly every German or
 * English name) is hashed and compared as its key would be, character by character, so only a
 * customer's first row makes its key string. Other text is normalised once per distinct cell
 * text and then found by the text itself.
 */
export class CustomerKeys {
  /**
   * Per key id: its key once made (see key()); keys of text beyond Latin-1 are made at once.
   * Most keys are never needed as strings (ranking compares ties with compare()), so the array
   * itself is made only for the first key: on this project's VM every megabyte of fresh memory
   * costs ~4 ms, and an array grown to half a million entries touches ~12 MB.
   */
  private made: (string | undefined)[] | null = null;
  /**
   * Per key id: the name or id text that first made it. A repeated customer is nearly always
   * spelled as before, and the engine compares two flat strings much faster than sameKey folds
   * them character by character; sameKey decides every other spelling. A table keyed by names
   * shows these texts as its names (see texts()). Kept in chunks of TEXT_CHUNK: one array grown
   * to half a million entries was 12 MB of fresh memory (~50 ms here; see made), chunks of 64 KB
   * live in the engine's ordinary pages, which it reuses.
   */
  private readonly textChunks: string[][] = [];
  private textCount = 0;
  /**
   * Per key id: the `skip` of its text (1 for an id: the same text is another key as a name),
   * plus WIDE_TEXT for text beyond Latin-1, whose key is made at once and compared as a string.
   */
  private skips: Uint8Array = new Uint8Array(1024);
  private capacity = 1024;
  /** True after seal(): the slots are gone, so a lookup would number a known key again. */
  private sealed = false;
  /** Open addressing: [hash, key id] pairs, key id -1 = free. */
  private slots: Int32Array = new Int32Array(2 * 1024).fill(-1);
  /** Key ids of names and ids with characters beyond Latin-1, by their cell text. */
  private readonly wideNames = new Map<string, number>();
  private readonly wideIds = new Map<string, number>();

  /** How many keys there are. */
  get count(): number {
    return this.textCount;
  }

  /** The text that first made key id `id`. */
  text(id: number): string {
    return this.textChunks[id >>> TEXT_CHUNK_BITS][id & (TEXT_CHUNK - 1)];
  }

  /**
   * The text that first made each key id: for a table keyed by names, its names in order of
   * first appearance, the first spelling of each. An array read through to the texts (see
   * lazyStrings): the analysis itself reads few names, and a copy would be 4 MB more.
   */
  texts(): string[] {
    return lazyStrings(this.textCount, (id) => this.text(id));
  }

  /** The key of key id `id` (see normalizeKey; "#" + the id's key for an id), made once. */
  key(id: number): string {
    const made = this.madeKeys();
    const key = made[id];
    if (key !== undefined) return key;
    return (made[id] = keyOfText(this.text(id), this.skips[id] as 0 | 1));
  }

  /** All keys, each made when first read (see lazyStrings); the table's keyList. */
  keyList(): string[] {
    return lazyStrings(this.count, (id) => this.key(id));
  }

  /**
   * The made keys, one slot per key id so far: the array is made on first use and grows here to
   * the keys added since.
   */
  private madeKeys(): (string | undefined)[] {
    const count = this.textCount;
    let made = this.made;
    if (made === null) made = this.made = new Array<string | undefined>(count).fill(undefined);
    while (made.length < count) made.push(undefined);
    return made;
  }

  /**
   * The order of two key ids' keys, as < and > order the key strings, without making them where
   * both came from Latin-1 text: ranking compares every tie (45 % of half a million customers
   * in the benchmark) and making their keys was a quarter of the whole analysis.
   */
  compare(a: number, b: number): number {
    const sa = this.skips[a];
    // Text beyond Latin-1, or a name against an id: compare the keys themselves (rare).
    if (sa !== this.skips[b] || sa >= WIDE_TEXT) {
      const ka = this.key(a);
      const kb = this.key(b);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    }
    return compareFoldedTexts(this.text(a), this.text(b));
  }

  /**
   * Touches, for each of `count` hashes, the slot it starts at and the text of the key found
   * there, so that byHash then finds them in the cache. Each row's lookup waits for memory three
   * times in a row (slot, text pointer, text); here every row's first wait is independent of
   * the others, and the processor overlaps them. Returns a number only to keep the loads alive.
   */
  warm(hashes: Int32Array, count: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    let sum = 0;
    for (let j = 0; j < count; j++) sum += slots[2 * (hashes[j] & mask) + 1];
    for (let j = 0; j < count; j++) {
      const id = slots[2 * (hashes[j] & mask) + 1];
      if (id >= 0) sum += this.text(id).length;
    }
    return sum;
  }

  /**
   * Reads the first texts of key ids ids[0..count), each independent of the others, so that
   * compare() then finds them in the cache (ranking compares tied customers' keys). Returns a
   * number only to keep the loads alive.
   */
  touchTexts(ids: Int32Array, count: number): number {
    let sum = 0;
    for (let j = 0; j < count; j++) sum += this.text(ids[j]).length;
    return sum;
  }

  /** Key id of a customer known by name (`name` trimmed and not blank). */
  byName(name: string): number {
    return this.byHash(name, 0, keyHash(name, 0));
  }

  /** Key id of a customer known by id (`id` trimmed and not blank): the key is "#" + its key. */
  byId(id: string): number {
    return this.byHash(id, 1, keyHash(id, 1));
  }

  /**
   * byName (`skip` 0) or byId (`skip` 1) with the text's keyHash made beforehand: a loop that
   * only looks up (TableBuilder's batches) lets the processor wait for several rows' cache misses
   * at once, where hashing each text in between kept it waiting for one at a time.
   */
  byHash(text: string, skip: 0 | 1, h: number): number {
    if (h === WIDE && isWide(text))
      return skip === 0 ? this.wide(this.wideNames, text, "") : this.wide(this.wideIds, text, "#");
    return this.find(text, h, skip);
  }

  /**
   * byName (`skip` 0) or byId (`skip` 1) for text given as ASCII bytes, trimmed and not blank,
   * without making a string: the key id, or -1 for a new key, which addAscii then numbers.
   */
  findAscii(bytes: Uint8Array, start: number, end: number, skip: 0 | 1): number {
    return this.findAsciiHashed(bytes, start, end, skip, asciiKeyHash(bytes, start, end, skip));
  }

  /** findAscii with the bytes' asciiKeyHash made beforehand (see byHash). */
  findAsciiHashed(bytes: Uint8Array, start: number, end: number, skip: 0 | 1, h: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    let p = h & mask;
    let id = slots[2 * p + 1];
    while (id >= 0) {
      if (
        slots[2 * p] === h &&
        (this.sameBytes(bytes, start, end, id)
          ? this.skips[id] === skip
          : sameKeyAscii(bytes, start, end, this.key(id), skip))
      )
        return id;
      p = (p + 1) & mask;
      id = slots[2 * p + 1];
    }
    this.pendingHash = h;
    this.pendingSlot = p;
    this.pendingSkip = skip;
    // The bytes and where they are, not a subarray: a view object per new customer was 5 % of
    // reading a million-line CSV, and garbage.
    this.pendingBytes = bytes;
    this.pendingStart = start;
    this.pendingEnd = end;
    return -1;
  }

  /** Numbers the key that findAscii just missed; `text` is its bytes as a string. */
  addAscii(text: string): number {
    const skip = this.pendingSkip;
    const id = this.add(undefined, this.pendingHash, this.pendingSlot, text, skip);
    const { pendingBytes: bytes, pendingStart: start, pendingEnd: end } = this;
    if (this.asciiStart.length < id + 2) this.growAsciiStart(id + 2);
    let at = this.asciiStart[id];
    if (at + end - start > this.ascii.length) {
      const grown = new Uint8Array(2 * (at + end - start));
      grown.set(this.ascii.subarray(0, at));
      this.ascii = grown;
    }
    const ascii = this.ascii;
    for (let i = start; i < end; i++) ascii[at++] = bytes[i];
    this.asciiStart[id + 1] = at;
    return id;
  }

  /**
   * True if key id `id` was added by addAscii from the same bytes. The bytes of those texts sit
   * side by side: comparing with them costs one cache miss where the text string cost several.
   */
  private sameBytes(bytes: Uint8Array, start: number, end: number, id: number): boolean {
    // Key ids past the array were not added by addAscii (none since it was last grown).
    if (id + 1 >= this.asciiStart.length) return false;
    const from = this.asciiStart[id];
    if (this.asciiStart[id + 1] - from !== end - start) return false;
    const ascii = this.ascii;
    for (let i = start, j = from; i < end; i++, j++) if (bytes[i] !== ascii[j]) return false;
    return true;
  }

  private pendingHash = 0;
  private pendingSlot = 0;
  private pendingSkip = 0;
  private pendingBytes: Uint8Array = new Uint8Array(0);
  private pendingStart = 0;
  private pendingEnd = 0;
  private ascii: Uint8Array = new Uint8Array(0);
  /**
   * Key id i's ASCII text is ascii[asciiStart[i], asciiStart[i + 1]), empty if not from
   * addAscii. Grown by addAscii only (a grid's table never needs it), up to its last key id + 2;
   * add() keeps the ids before that covered.
   */
  private asciiStart = new Int32Array(0);

  /** Grows asciiStart to at least `size`; key ids added since its end get empty texts. */
  private growAsciiStart(size: number): void {
    const old = this.asciiStart;
    const grown = new Int32Array(Math.max(size, 2 * old.length, 1026));
    grown.set(old);
    const end = old.length > 0 ? old[old.length - 1] : 0;
    grown.fill(end, old.length);
    this.asciiStart = grown;
  }

  /** Key id of Latin-1 `text` whose key (after `skip` prefix characters) hashes to `h`. */
  private find(text: string, h: number, skip: number): number {
    const slots = this.slots;
    const skips = this.skips;
    const mask = this.capacity - 1;
    let p = h & mask;
    let id = slots[2 * p + 1];
    while (id >= 0) {
      if (
        slots[2 * p] === h &&
        // A wide key's text is never equal to Latin-1 text, so skips[id] needs no mask here.
        (text === this.text(id) ? skips[id] === skip : sameKey(text, this.key(id), skip))
      )
        return id;
      p = (p + 1) & mask;
      id = slots[2 * p + 1];
    }
    return this.add(undefined, h, p, text, skip);
  }

  /** Text beyond Latin-1: its key made once per distinct text, then looked up as a string. */
  private wide(cache: Map<string, number>, text: string, prefix: "" | "#"): number {
    let id = cache.get(text);
    if (id === undefined) {
      const key = prefix + keyOf(text);
      const h = hashOf(key);
      const slots = this.slots;
      const mask = this.capacity - 1;
      let p = h & mask;
      id = slots[2 * p + 1];
      while (id >= 0 && !(slots[2 * p] === h && this.key(id) === key)) {
        p = (p + 1) & mask;
        id = slots[2 * p + 1];
      }
      if (id < 0) id = this.add(key, h, p, text, (prefix === "#" ? 1 : 0) | WIDE_TEXT);
      cache.set(text, id);
    }
    return id;
  }

  /**
   * Numbers the next key, in free slot `p`; `text` made it, looked up with `skip` (with
   * WIDE_TEXT for text beyond Latin-1, whose `key` is given: Latin-1 text's key is made when
   * first asked for, see key()).
   */
  private add(key: string | undefined, h: number, p: number, text: string, skip: number): number {
    if (this.sealed) throw new Error("CustomerKeys: no lookups after seal()");
    const id = this.textCount++;
    if ((id & (TEXT_CHUNK - 1)) === 0) this.textChunks.push([]);
    this.textChunks[id >>> TEXT_CHUNK_BITS].push(text);
    if (key !== undefined) this.madeKeys()[id] = key;
    if (id === this.skips.length) {
      const skips = new Uint8Array(2 * id);
      skips.set(this.skips);
      this.skips = skips;
    }
    this.skips[id] = skip;
    const asciiStart = this.asciiStart;
    if (id + 2 <= asciiStart.length) asciiStart[id + 1] = asciiStart[id];
    this.slots[2 * p] = h;
    this.slots[2 * p + 1] = id;
    if (2 * (id + 1) > this.capacity) this.rehash(2 * this.capacity);
    return id;
  }

  /**
   * Moves the keys into a table of `capacity` slots, in the order of the old slots: each slot
   * keeps its key's hash, so no array of hashes per key id (2 MB more for half a million).
   */
  private rehash(capacity: number): void {
    const old = this.slots;
    const slots = new Int32Array(takeScratch(8 * capacity), 0, 2 * capacity).fill(-1);
    const mask = capacity - 1;
    for (let q = 0; q < old.length; q += 2) {
      const id = old[q + 1];
      if (id < 0) continue;
      const h = old[q];
      let p = h & mask;
      while (slots[2 * p + 1] >= 0) p = (p + 1) & mask;
      slots[2 * p] = h;
      slots[2 * p + 1] = id;
    }
    this.slots = slots;
    this.capacity = capacity;
    giveScratch(old.buffer as ArrayBuffer);
  }

  /**
   * Ends the lookups: the slots (8 MB for half a million keys) go back to the scratch memory
   * (the ranking's sort takes them next) and the bytes of addAscii are let go, while key(),
   * compare() and texts() go on serving the table, which keeps this object.
   */
  seal(): void {
    this.sealed = true;
    giveScratch(this.slots.buffer as ArrayBuffer);
    this.slots = new Int32Array(2).fill(-1);
    this.capacity = 1;
    this.ascii = new Uint8Array(0);
    this.asciiStart = new Int32Array(0);
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const AFTER_HASH_SIGN = Math.imul(FNV_OFFSET ^ 35, FNV_PRIME); // "#"
/** foldedHash's answer for text beyond Latin-1 (or a key that happens to hash to it: isWide tells). */
const WIDE = 0;
/** Texts per chunk of CustomerKeys' texts: 64 KB of pointers, below the engine's large objects. */
const TEXT_CHUNK_BITS = 13;
const TEXT_CHUNK = 1 << TEXT_CHUNK_BITS;
/** The mark in CustomerKeys' skips for a key of text beyond Latin-1. */
const WIDE_TEXT = 2;

/** FOLD's mark for whitespace as /\s/ and trim() see it (tab to CR, space, no-break space). */
const SPACE = 0x100;
/** Latin-1 characters as keys compare them: lower case (A-Z, À-Þ but ×) or SPACE. */
const FOLD = new Uint16Array(256);
for (let c = 0; c < 256; c++) {
  const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
  const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
  FOLD[c] = space ? SPACE : upper ? c + 32 : c;
}

/**
 * keyHash of ASCII bytes, trimmed and not blank (the hash findAscii looks them up by): the
 * bytes' twin of foldedHash, which the command line needs without making a string per row.
 * Latin-1 letters as UTF-8 (two bytes, C2 or C3 and one more) count as the letter, so "Müller"
 * hashes as foldedHash hashes it; the command line's threads pass such text, findAscii none.
 */
export function asciiKeyHash(bytes: Uint8Array, start: number, end: number, skip: 0 | 1): number {
  let h = skip === 0 ? FNV_OFFSET : AFTER_HASH_SIGN;
  let space = false;
  for (let i = start; i < end; i++) {
    let c = bytes[i];
    if (c >= 0xc0) c = ((c & 0x1f) << 6) | (bytes[++i] & 0x3f);
    const f = FOLD[c];
    if (f === SPACE) {
      space = true;
      continue;
    }
    if (space) {
      h = Math.imul(h ^ 32, FNV_PRIME);
      space = false;
    }
    h = Math.imul(h ^ f, FNV_PRIME);
  }
  return mix(h);
}

/** The hash byName (`skip` 0) or byId (`skip` 1) looks `text` up by; see byHash. */
export function keyHash(text: string, skip: 0 | 1): number {
  return foldedHash(text, skip === 0 ? FNV_OFFSET : AFTER_HASH_SIGN);
}

function isWide(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return true;
  return false;
}

/** FNV-1a over UTF-16 code units, mixed at the end so that the low bits spread well. */
export function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return mix(h);
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}

/**
 * hashOf(prefix + normalizeKey(s)) for text of Latin-1 characters (`h` = FNV state after the
 * prefix), without making the key; WIDE for any other text.
 */
export function foldedHash(s: string, h: number): number {
  let started = false;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return WIDE;
    const f = FOLD[c];
    if (f === SPACE) {
      space = started;
      continue;
    }
    if (space) {
      h = Math.imul(h ^ 32, FNV_PRIME);
      space = false;
    }
    h = Math.imul(h ^ f, FNV_PRIME);
    started = true;
  }
  return mix(h);
}

/**
 * The order of the keys of two trimmed Latin-1 texts of the same kind (names, or ids: the same
 * "#" before both keys), as < and > order the key strings: the texts folded as FOLD folds them,
 * runs of whitespace as one space.
 */
export function compareFoldedTexts(a: string, b: string): number {
  let i = 0;
  let j = 0;
  for (;;) {
    if (i >= a.length || j >= b.length) return (i < a.length ? 1 : 0) - (j < b.length ? 1 : 0);
    const fa = FOLD[a.charCodeAt(i++)];
    const fb = FOLD[b.charCodeAt(j++)];
    if (fa !== fb) return (fa === SPACE ? 32 : fa) - (fb === SPACE ? 32 : fb);
    if (fa === SPACE) {
      while (i < a.length && FOLD[a.charCodeAt(i)] === SPACE) i++;
      while (j < b.length && FOLD[b.charCodeAt(j)] === SPACE) j++;
    }
  }
}

/** True if Latin-1 `text` has the key `key`: "#" + its key for `skip` 1 (ids), its key for 0. */
export function sameKey(text: string, key: string, skip: number): boolean {
  const end = key.length;
  if (skip === 1 && key.charCodeAt(0) !== 35) return false;
  let j = skip;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const f = FOLD[text.charCodeAt(i)];
    if (f === SPACE) {
      space = j > skip;
      continue;
    }
    if (space) {
      if (j === end || key.charCodeAt(j) !== 32) return false;
      j++;
      space = false;
    }
    if (j === end || key.charCodeAt(j) !== f) return false;
    j++;
  }
  return j === end;
}

/** sameKey for trimmed ASCII bytes instead of text. */
function sameKeyAscii(
  bytes: Uint8Array,
  start: number,
  end: number,
  key: string,
  skip: number
): boolean {
  const last = key.length;
  if (skip === 1 && key.charCodeAt(0) !== 35) return false;
  let j = skip;
  let space = false;
  for (let i = start; i < end; i++) {
    const f = FOLD[bytes[i]];
    if (f === SPACE) {
      space = true;
      continue;
    }
    if (space) {
      if (j === last || key.charCodeAt(j) !== 32) return false;
      j++;
      space = false;
    }
    if (j === last || key.charCodeAt(j) !== f) return false;
    j++;
  }
  return j === last;
}

/**
 * True if two trimmed byte ranges (ASCII, or Latin-1 letters as UTF-8: see asciiKeyHash) have
 * the same key: equal bytes, or equal once case is folded and runs of whitespace are one space.
 * Lets a reader group rows by their bytes alone, with no key string (the command line's threads).
 */
export function sameAsciiKey(
  bytes: Uint8Array,
  a: number,
  aEnd: number,
  b: number,
  bEnd: number
): boolean {
  if (aEnd - a === bEnd - b) {
    let i = a;
    let j = b;
    while (i < aEnd && bytes[i] === bytes[j]) {
      i++;
      j++;
    }
    if (i === aEnd) return true;
  }
  return compareAsciiKeys(bytes, a, aEnd, b, bEnd) === 0;
}

/**
 * The order of two trimmed byte ranges' keys (as sameAsciiKey reads them), as < and > order the
 * key strings: negative, 0 or positive. Lets a reader rank customers by key without key strings.
 */
export function compareAsciiKeys(
  bytes: Uint8Array,
  a: number,
  aEnd: number,
  b: number,
  bEnd: number
): number {
  let i = a;
  let j = b;
  for (;;) {
    if (i >= aEnd || j >= bEnd) return (i < aEnd ? 1 : 0) - (j < bEnd ? 1 : 0);
    const fa = unitAt(bytes, i);
    i = unitEnd;
    const fb = unitAt(bytes, j);
    j = unitEnd;
    if (fa !== fb) return (fa === SPACE ? 32 : fa) - (fb === SPACE ? 32 : fb);
    // A run of whitespace is one space in the key.
    if (fa === SPACE) {
      while (i < aEnd && unitAt(bytes, i) === SPACE) i = unitEnd;
      while (j < bEnd && unitAt(bytes, j) === SPACE) j = unitEnd;
    }
  }
}

/** Where the unit that unitAt last read ends. */
let unitEnd = 0;

/** The folded character (FOLD) at bytes[i]: one byte, or a Latin-1 letter's two in UTF-8. */
function unitAt(bytes: Uint8Array, i: number): number {
  const c = bytes[i];
  if (c < 0xc0) {
    unitEnd = i + 1;
    return FOLD[c];
  }
  unitEnd = i + 2;
  return FOLD[((c & 0x1f) << 6) | (bytes[i + 1] & 0x3f)];
}

/** The key of trimmed Latin-1 `text` as a name (`skip` 0) or as an id (`skip` 1, "#" + its key). */
export function keyOfText(text: string, skip: 0 | 1): string {
  return skip === 0 ? keyOf(text) : "#" + keyOf(text);
}

/**
 * normalizeKey(text), skipping its regular expression and copy when the text holds no whitespace
 * but single inner spaces, as nearly every name does.
 */
function keyOf(text: string): string {
  return hasOddWhitespace(text) ? normalizeKey(text) : text.toLowerCase();
}

/** True if `s` has whitespace (as /\s/ sees it) other than single spaces between other characters. */
function hasOddWhitespace(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 32) return true;
    } else if (c < 32 ? c >= 9 && c <= 13 : c >= 0xa0 && isUnicodeSpace(c)) return true;
  }
  return false;
}

function isUnicodeSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
