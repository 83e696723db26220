/**
 * Customer indices by revenue, largest first; equal revenue is ordered by key so that the
 * ranking does not depend on the order of the source rows. Only indices `include` accepts.
 */
export function rankOrder(
  revenue: ArrayLike<number>,
  keys: readonly string[],
  include: (index: number) => boolean = () => true
): Int32Array {
  const picked: number[] = [];
  for (let i = 0; i < revenue.length; i++) if (include(i)) picked.push(i);
  const order = Int32Array.from(picked);
  // A plain Array sort with a comparator is stable and about as fast as a typed one here.
  return order.sort((a, b) => {
    const d = revenue[b] - revenue[a];
    if (d !== 0) return d;
    const ka = keys[a];
    const kb = keys[b];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
