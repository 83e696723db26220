import { EXCEL_CATALOGUE } from "../../../src/excel/catalogue";
import { PORTFOLIO_NAME, writePortfolio } from "../../../src/excel/cockpit";
import { writeKamSheets } from "../../../src/excel/kam";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, analysisOf, installHost, tableGrid } from "../kam/helpers";

const translate = EXCEL_CATALOGUE.translate;

const month1 = analysisOf([
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Gamma GmbH", 100],
  ["Delta", 80],
  ["Epsilon", 70],
  ["Zeta", 50],
]);

let host: FakeHost;
beforeEach(() => (host = installHost("en-US")));
afterEach(() => host.uninstall(globalThis));

function typeInPlan(key: string, header: string, value: number) {
  const g = tableGrid(host, "KAM_Plan");
  const r = g.rows.findIndex((row) => row[g.header.indexOf("Key")] === key);
  g.sheet.setValue(r + 1, g.header.indexOf(header), value);
}

describe("the KAM portfolio sheet", () => {
  it("draws a bubble chart with quadrant lines at 50 and lists the quadrants", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    typeInPlan("alpha ag", "Customer satisfaction (1-5)", 5);
    typeInPlan("alpha ag", "Share of wallet", 0.8);
    typeInPlan("beta kg", "Customer satisfaction (1-5)", 1);
    const report = await writePortfolio(month1, A_ONLY, "en");
    const sheet = host.workbook.getSheet("KAM portfolio");
    expect(sheet.getValues("A4:E6")).toEqual([
      ["Key account", "Attractiveness (score)", "Position strength", "Revenue", "Quadrant"],
      ["Alpha AG", 100, 90, 500, "Strategic"],
      ["Beta KG", expect.any(Number), 0, 200, "Develop"],
    ]);
    const [chart] = sheet.charts();
    expect(chart.type).toBe("Bubble");
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]).toMatchObject({
      xValues: "'KAM portfolio'!C5:C6",
      values: "'KAM portfolio'!B5:B6",
      bubbleSizes: "'KAM portfolio'!D5:D6",
    });
    for (const axis of chart.axes.filter((a) => a.group === "Primary")) {
      expect(axis).toMatchObject({ minimum: 0, maximum: 100, positionAt: 50 });
    }
    const column = sheet.getValues("A1:A40").map((r) => r[0]);
    expect(column).toContain(
      "Strategic: attractive and strong position: invest, build the partnership"
    );
    expect(column.find((t) => String(t).startsWith("Not placed yet"))).toBeDefined();
    expect(translate(report.lines[0], "en")).toContain("2 of 3 key accounts placed");
  });

  it("takes the user's score weights: all on revenue ranks as revenue does", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    typeInPlan("alpha ag", "Customer satisfaction (1-5)", 1);
    typeInPlan("beta kg", "Customer satisfaction (1-5)", 5);
    await writePortfolio(month1, { ...A_ONLY, scoreWeights: { revenue: 100 } }, "en");
    const sheet = host.workbook.getSheet("KAM portfolio");
    expect(sheet.getValues("A5:B6")).toEqual([
      ["Alpha AG", 100],
      ["Beta KG", 80],
    ]);
  });

  it("refreshes in place with one chart and follows its name", async () => {
    await writeKamSheets(month1, A_ONLY, "en");
    typeInPlan("alpha ag", "Customer satisfaction (1-5)", 5);
    await writePortfolio(month1, A_ONLY, "en");
    typeInPlan("gamma gmbh", "Customer satisfaction (1-5)", 4);
    await writePortfolio(month1, A_ONLY, "en");
    const sheet = host.workbook.getSheet("KAM portfolio");
    expect(sheet.charts()).toHaveLength(1);
    expect(sheet.charts()[0].series[0].values).toBe("'KAM portfolio'!B5:B6");
    expect(host.workbook.sheetNames).not.toContain("KAM portfolio (2)");
    expect(host.workbook.names().some((n) => n.name === PORTFOLIO_NAME)).toBe(true);
  });
});
