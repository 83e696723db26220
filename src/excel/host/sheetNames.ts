// Names for the sheets the add-in adds.

/** A sheet name not yet taken: "KAM Plan", "KAM Plan (2)" ... (Excel compares without case). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
