/**
 * Points 0-100 by position among the values that are numbers, as Excel's PERCENTRANK.INC does
 * (share of the other values that are smaller), so a controller can check any figure in a sheet.
 * Equal values get equal points; NaN stays NaN (criterion missing). One value alone gets 100.
 */
export function percentRankPoints(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n).fill(NaN);
  const present: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(values[i])) present.push(i);
  const m = present.length;
  if (m === 0) return out;
  if (m === 1) {
    out[present[0]] = 100;
    return out;
  }
  present.sort((a, b) => values[a] - values[b]);
  let below = 0;
  for (let k = 0; k < m;) {
    let end = k + 1;
    while (end < m && values[present[end]] === values[present[k]]) end++;
    const points = (below / (m - 1)) * 100;
    for (let j = k; j < end; j++) out[present[j]] = points;
    below = end;
    k = end;
  }
  return out;
}
