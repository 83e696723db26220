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

export function isExcelError(value: unknown): boolean {
  return (
    typeof value === "string" && value.length > 1 && value[0] === "#" && ERROR_VALUES.has(value)
  );
}
