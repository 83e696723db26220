// The account one-pager of the Excel layer; createExcelApi() wires it into ExcelApi.
export { planOnePager, writeOnePager } from "./writeOnePager";
export { onePagerName, ONE_PAGER_CHART, ONE_PAGER_ROLE } from "./locate";
