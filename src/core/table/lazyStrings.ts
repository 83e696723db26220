// An array of strings made when first read. Half a million customers' keys (and, in the command
// line's threaded reader, names and ids) need not all be made: ranking compares ties without
// them (TableData.keyOrder) and the command line's writers copy names from the file's bytes.
// Making them took ~500 ms of the command line's main thread and ~24 % of the core benchmark.

/**
 * `count` strings, string i made by `make(i)` when first read and then kept. It behaves as an
 * array in every way the analysis and the writers use one (index, length, `in`, iteration, map,
 * keys, JSON). The strings' own array is made on the first read: an array of half a million
 * entries is 4 MB of fresh memory, ~16 ms on a virtual machine like this project's, for lists
 * that are often never read (the benchmark's analysis reads no key).
 */
export function lazyStrings(count: number, make: (i: number) => string): string[] {
  let made: (string | undefined)[] | null = null;
  const at = (i: number): string => {
    // Filled, not holey: a holey array of this size reads more slowly.
    made ??= new Array<string | undefined>(count).fill(undefined);
    const text = made[i];
    return text !== undefined ? text : (made[i] = make(i));
  };
  // The target is an empty array, so that Array.isArray holds; its length is writable, so the
  // proxy may answer `count` for it (a non-writable one would have to match the target's).
  return new Proxy([] as string[], {
    get(target, property, receiver) {
      if (typeof property === "string") {
        if (property === "length") return count;
        const i = indexOf(property, count);
        if (i >= 0) return at(i);
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
    set(target, property, value, receiver) {
      if (typeof property === "string") {
        const i = indexOf(property, count);
        if (i >= 0) {
          at(i);
          (made as string[])[i] = value as string;
          return true;
        }
        if (property === "length") return value === count;
      }
      return Reflect.set(target, property, value, receiver);
    },
    has(target, property) {
      if (typeof property === "string" && indexOf(property, count) >= 0) return true;
      return Reflect.has(target, property);
    },
    ownKeys(target) {
      const keys: (string | symbol)[] = [];
      for (let i = 0; i < count; i++) keys.push(String(i));
      for (const key of Reflect.ownKeys(target)) keys.push(key);
      return keys;
    },
    getOwnPropertyDescriptor(target, property) {
      if (typeof property === "string") {
        const i = indexOf(property, count);
        if (i >= 0) return { value: at(i), writable: true, enumerable: true, configurable: true };
        if (property === "length")
          return { value: count, writable: true, enumerable: false, configurable: false };
      }
      return Reflect.getOwnPropertyDescriptor(target, property);
    },
  });
}

/** The array index a property key names, or -1 (as for "length", "01" or "1.5"). */
function indexOf(property: string, count: number): number {
  const c = property.charCodeAt(0);
  if (c < 48 || c > 57) return -1;
  const i = Number(property);
  return i < count && Number.isInteger(i) && String(i) === property ? i : -1;
}
