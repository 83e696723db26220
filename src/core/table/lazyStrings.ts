// An array of strings made when first read. Half a million customers' keys (and, in the command
// line's threaded reader, names and ids) need not all be made: ranking compares ties without
// them (TableData.keyOrder) and the command line's writers copy names from the file's bytes.
// Making them took ~500 ms of the command line's main thread and ~24 % of the core benchmark.

/**
 * `count` strings, string i made by `make(i)` when first read and then kept. It behaves as an
 * array in every way the analysis and the writers use one (index, length, iteration, map).
 */
export function lazyStrings(count: number, make: (i: number) => string): string[] {
  // Filled, not holey: the elements exist (`in`, forEach and map see them), made or not.
  const made = new Array<string | undefined>(count).fill(undefined);
  return new Proxy(made as string[], {
    get(target, property, receiver) {
      if (typeof property === "string") {
        const i = indexOf(property, count);
        if (i >= 0) {
          const text = target[i];
          return text !== undefined ? text : (target[i] = make(i));
        }
      }
      return Reflect.get(target, property, receiver) as unknown;
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
