// The KAM controlling sheet of the Excel layer; createExcelApi() wires it into ExcelApi.
export { writeCockpit, COCKPIT_NAME } from "./writeCockpit";
export { writePortfolio, PORTFOLIO_NAME, PORTFOLIO_CHART } from "./writePortfolio";
