/** The matching key of a customer name or id: trimmed, inner whitespace collapsed, case folded. */
export function normalizeKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}
