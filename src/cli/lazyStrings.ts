// An array of strings made when first read. The byte reader's threads find half a million
// customers without making their names, ids or keys; making them all took ~500 ms of the main
// thread (with the collector's work for them), while a CSV run reads only a few: the writers
// copy names from the file's bytes (see CustomerBytes), and ranking reads the keys of ties.

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
