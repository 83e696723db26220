// The customer keys of table rows, looked up a batch of rows at a time. Each lookup in a table of
// half a million customers waits for memory (the slot, then the first text); hashing the next
// row's text in between kept the processor waiting for one row at a time. Hashed first and then
// looked up in a loop that does nothing else, several rows' waits overlap: on 1,048,575 rows of
// 524,288 customers the lookups took about a quarter less time (reading the table 657 -> 510 ms).
import { keyHash, type CustomerKeys } from "./customerKeys";

/** Rows per batch: enough for the waits to overlap, few enough to stay in the cache. */
export const KEY_BATCH_ROWS = 512;

/**
 * Customers from which rows are batched. Below, the key table stays in the processor's cache
 * and a lookup does not wait: the batch's extra copy of each row's key only cost time (20,000
 * customers over 1,048,575 rows: 120 ms plain, 132 ms batched).
 */
export const KEY_BATCH_FROM = 65536;

export class KeyBatch {
  private readonly texts: string[] = new Array<string>(KEY_BATCH_ROWS).fill("");
  private readonly names: string[] = new Array<string>(KEY_BATCH_ROWS).fill("");
  private readonly ids: (string | null)[] = new Array<string | null>(KEY_BATCH_ROWS).fill(null);
  private readonly skips = new Uint8Array(KEY_BATCH_ROWS);
  private readonly hashes = new Int32Array(KEY_BATCH_ROWS);
  /** Key id of each row of the batch, after resolve(). */
  readonly keys = new Int32Array(KEY_BATCH_ROWS);
  size = 0;
  /** What CustomerKeys.warm returned: kept, so that the engine keeps its loads. */
  warmth = 0;

  /** A row's customer (its id, else its name; not both null): its index in the batch. */
  add(id: string | null, name: string | null): number {
    const j = this.size++;
    const skip = id !== null ? 1 : 0;
    const text = (id ?? name) as string;
    this.texts[j] = text;
    this.skips[j] = skip;
    this.hashes[j] = keyHash(text, skip);
    this.names[j] = name ?? text;
    this.ids[j] = id;
    return j;
  }

  get full(): boolean {
    return this.size === KEY_BATCH_ROWS;
  }

  /**
   * Looks up the rows' keys in row order, so that ids are handed out in order of first
   * appearance; `named` is told the name and id of each row that brings a new key. Empties the
   * batch; `keys` holds the key ids.
   */
  resolve(
    customerKeys: CustomerKeys,
    named: (key: number, name: string, id: string | null) => void
  ): Int32Array {
    const { texts, skips, hashes, keys } = this;
    this.warmth = customerKeys.warm(hashes, this.size);
    for (let j = 0; j < this.size; j++) {
      const key = customerKeys.byHash(texts[j], skips[j] as 0 | 1, hashes[j]);
      named(key, this.names[j], this.ids[j]);
      keys[j] = key;
    }
    this.size = 0;
    return keys;
  }
}
