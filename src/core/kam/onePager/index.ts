// The account one-pager: one printable sheet per key account (layout as data; src/excel/onePager writes it).
export {
  onePagerLayout,
  ONE_PAGER_WIDTH,
  ONE_PAGER_HEIGHT,
  ACTION_SLOTS,
  STAKEHOLDER_SLOTS,
  TREND_MONTHS,
} from "./layout";
export type {
  OnePagerCell,
  OnePagerInput,
  OnePagerLayout,
  OnePagerTime,
  CellStyle,
} from "./layout";
export { onePagerSheetName } from "./sheetName";
export { onePagerFigures } from "./figures";
export type { OnePagerTables } from "./formulas";
export { ONE_PAGER_TEXT } from "./texts";
export { ONE_PAGER_MESSAGES } from "./messages";
