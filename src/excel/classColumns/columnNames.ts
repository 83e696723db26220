// Table column names as Excel compares them: unique ignoring case. A name that is taken gets
// Excel's number suffix ("rank" exists, so "Rank" becomes "Rank2"), so the add-in picks a free
// name itself before it adds or renames a column (pure).

/** Excel treats "rank" and "Rank" as the same column name. */
export function sameColumnName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function isTaken(name: string, taken: readonly string[]): boolean {
  return taken.some((t) => sameColumnName(t, name));
}

/** `base`, else "base (ABC)", "base (ABC 2)", ...: the first name not in `taken` (ignoring case). */
export function freeColumnName(base: string, taken: readonly string[]): string {
  if (!isTaken(base, taken)) return base;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (ABC)` : `${base} (ABC ${n})`;
    if (!isTaken(name, taken)) return name;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether `name` is a name the add-in gives (or gave) its column `base`: the base, "base (ABC)",
 * "base (ABC n)", or any of these with the number suffix Excel added in older runs ("Rank2"), in
 * any case. Only asked for columns the workbook name of the class columns confirms as ours.
 */
export function isOwnColumnName(name: string, base: string): boolean {
  const b = escapeRegExp(base);
  return new RegExp(`^${b}(?: \\(ABC(?: \\d+)?\\))?\\d*$`, "i").test(name.trim());
}

/** Without the workbook name: only the exact names the add-in gives, as a full set in order. */
export function isExactColumnName(name: string, base: string): boolean {
  return (
    name === base || (/^ \(ABC(?: \d+)?\)$/.test(name.slice(base.length)) && name.startsWith(base))
  );
}
