// Deterministic benchmark data: customer revenue rows where about half the rows repeat a customer.

/** mulberry32: a tiny seeded PRNG, so every run times the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rows {
  names: string[];
  /** Revenue in euros with cents. */
  values: Float64Array;
}

/**
 * `n` rows over ceil(n/2) customers: each customer once, the other rows repeat one of them, in
 * shuffled order. Amounts are log-normal-ish (most invoices small, a few large) and customer
 * sizes follow a Pareto-like weight so that the ranking has a long tail.
 */
export function makeRows(n: number, seed = 42): Rows {
  const rnd = prng(seed);
  const customers = Math.ceil(n / 2);
  const pick = new Int32Array(n);
  for (let i = 0; i < customers; i++) pick[i] = i;
  for (let i = customers; i < n; i++) {
    // Skewed repeats: low customer numbers buy more often.
    pick[i] = Math.min(customers - 1, Math.floor(customers * Math.pow(rnd(), 3)));
  }
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = pick[i];
    pick[i] = pick[j];
    pick[j] = t;
  }
  const names: string[] = new Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    names[i] = customerName(pick[i]);
    const normal = rnd() + rnd() + rnd() + rnd() - 2; // roughly N(0, 1/3)
    const cents = Math.round(Math.exp(7 + 2.4 * normal) * 100);
    values[i] = Math.max(1, cents) / 100;
  }
  return { names, values };
}

/**
 * "Kunde 000123 GmbH", as one flat string like those of Excel's Range.values (parsed from JSON).
 * Joined, not concatenated: V8 keeps a concatenation of 13 or more characters as a rope (two
 * parts and a node, 64 bytes here instead of 40) that the first reader flattens into yet another
 * copy, so the grid grew by ~40 MB during the first run and every run read through the rope.
 */
function customerName(i: number): string {
  return ["Kunde ", String(i).padStart(6, "0"), " GmbH"].join("");
}

/** The rows as a sheet: header "Kunde", "Umsatz", then one row per invoice. */
export function toGrid(rows: Rows): (string | number)[][] {
  const { names, values } = rows;
  const grid: (string | number)[][] = new Array(names.length + 1);
  grid[0] = ["Kunde", "Umsatz"];
  for (let i = 0; i < names.length; i++) grid[i + 1] = [names[i], values[i]];
  return grid;
}
