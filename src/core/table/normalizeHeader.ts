/** Lower-case, umlauts folded, punctuation and spaces removed: "Kd.-Nr." -> "kdnr". */
export function normalizeHeader(label: unknown): string {
  if (label === null || label === undefined) return "";
  return String(label)
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");
}
