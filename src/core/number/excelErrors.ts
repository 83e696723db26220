// Error values as Excel returns them in Range.values (English on every locale).
const ERROR_VALUES = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#GETTING_DATA",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#PYTHON!",
  // German Excel shows these names; CSV exports from German Excel carry them.
  "#NV",
  "#WERT!",
  "#BEZUG!",
  "#ZAHL!",
  "#NAME?",
  "#NULL!",
  "#ÜBERLAUF!",
]);

/**
 * The names German Excel shows for the English error values that Range.values returns
 * (support.microsoft.com, "Excel-Funktionen (alphabetisch)" / error value articles: #NV, #WERT! ...).
 */
const GERMAN_NAMES: Record<string, string> = {
  "#N/A": "#NV",
  "#VALUE!": "#WERT!",
  "#REF!": "#BEZUG!",
  "#NUM!": "#ZAHL!",
  "#SPILL!": "#ÜBERLAUF!",
  "#CALC!": "#KALK!",
  "#GETTING_DATA": "#DATEN_ABRUFEN",
};

/** An error value as the user's Excel names it: "#N/A" is "#NV" in German Excel. */
export function excelErrorName(value: string, lang: "en" | "de"): string {
  return lang === "de" ? (GERMAN_NAMES[value] ?? value) : value;
}

export function isExcelError(value: unknown): boolean {
  return (
    typeof value === "string" && value.length > 1 && value[0] === "#" && ERROR_VALUES.has(value)
  );
}
