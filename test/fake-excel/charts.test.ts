/* Charts of the fake Excel host: series references, combo charts, axes, positions. */
import { createFakeHost } from "../../fake-excel";

const PARETO = [
  ["Customer", "Revenue", "Cumulative %"],
  ["Acme", 1200, 0.48],
  ["Beta", 800, 0.8],
  ["Gamma", 300, 0.92],
  ["Delta", 200, 1],
];

describe("charts", () => {
  test("top, left, width and height are points from the sheet's corner, read back as written", async () => {
    const h = createFakeHost({ sheets: { Analysis: PARETO } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Analysis");
      ws.getRange("A:A").format.columnWidth = 100;
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B5"), "Columns");
      chart.top = 8;
      chart.left = 108;
      chart.width = 450;
      chart.height = 270;
      chart.load("top, left, width, height");
      await context.sync();
      expect([chart.top, chart.left, chart.width, chart.height]).toEqual([8, 108, 450, 270]);
    });
    // 108 pt lies in column B (A is 100 pt wide), 8 pt in row 1 (15 pt high).
    expect(h.workbook.getSheet("Analysis").charts()[0].topLeftCell).toBe("B1");
  });

  test("series from source data by columns: names from the header row, text categories", async () => {
    const h = createFakeHost({ sheets: { Analysis: PARETO } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Analysis");
      const chart = ws.charts.add(
        h.Excel.ChartType.columnClustered,
        ws.getRange("A1:C5"),
        h.Excel.ChartSeriesBy.auto
      );
      chart.load("name, chartType");
      chart.series.load("items/name, items/chartType, items/axisGroup, count");
      await context.sync();
      expect([chart.name, chart.chartType]).toEqual(["Chart 1", "ColumnClustered"]);
      expect(chart.series.count).toBe(2);
      expect(chart.series.items.map((s: any) => [s.name, s.chartType, s.axisGroup])).toEqual([
        ["Revenue", "ColumnClustered", "Primary"],
        ["Cumulative %", "ColumnClustered", "Primary"],
      ]);
    });
    const [info] = h.workbook.getSheet("Analysis").charts();
    expect(info.seriesBy).toBe("Columns");
    expect(info.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["Revenue", "Analysis!B2:B5", "Analysis!A2:A5"],
      ["Cumulative %", "Analysis!C2:C5", "Analysis!A2:A5"],
    ]);
  });

  test("a Pareto combo: line series on the secondary axis with a 0-1 percent scale", async () => {
    const h = createFakeHost({ sheets: { Analysis: PARETO } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Analysis");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B5"), "Columns");
      chart.title.text = "Revenue by customer";
      chart.legend.position = "Top";
      const line = chart.series.add("Cumulative share");
      line.setValues(ws.getRange("C2:C5"));
      line.setXAxisValues(ws.getRange("A2:A5"));
      line.chartType = "Line";
      line.axisGroup = "Secondary";
      line.format.line.color = "#C00000";
      chart.series.getItemAt(0).format.fill.setSolidColor("#4472C4");
      chart.series.getItemAt(0).points.getItemAt(0).format.fill.setSolidColor("green");
      const axis = chart.axes.getItem("Value", "Secondary");
      axis.minimum = 0;
      axis.maximum = 1;
      axis.numberFormat = "0%";
      chart.axes.valueAxis.title.text = "Revenue";
      chart.axes.valueAxis.title.visible = true;
      chart.setPosition("E2", "L20");
      const loaded = chart.axes
        .getItem("Value", "Secondary")
        .load("minimum, maximum, numberFormat, type, axisGroup");
      const dims = line.getDimensionValues("Values");
      const cats = line.getDimensionValues("Categories");
      chart.load("top, left, width, height");
      await context.sync();
      expect([
        loaded.minimum,
        loaded.maximum,
        loaded.numberFormat,
        loaded.type,
        loaded.axisGroup,
      ]).toEqual([0, 1, "0%", "Value", "Secondary"]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
      expect(dims.value).toEqual(["0.48", "0.8", "0.92", "1"]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
      expect(cats.value).toEqual(["Acme", "Beta", "Gamma", "Delta"]);
      expect([chart.top, chart.left, chart.width, chart.height]).toEqual([15, 192, 384, 285]);
    });
    const [info] = h.workbook.getSheet("Analysis").charts();
    expect(info.title).toBe("Revenue by customer");
    expect(info.legend).toEqual({ visible: false, position: "Top" });
    expect(info.topLeftCell).toBe("E2");
    expect(info.series).toEqual([
      expect.objectContaining({
        name: "Revenue",
        values: "Analysis!B2:B5",
        xValues: "Analysis!A2:A5",
        chartType: "ColumnClustered",
        axisGroup: "Primary",
        fillColor: "#4472C4",
        pointColors: { 0: "#008000" },
      }),
      expect.objectContaining({
        name: "Cumulative share",
        values: "Analysis!C2:C5",
        xValues: "Analysis!A2:A5",
        chartType: "Line",
        axisGroup: "Secondary",
        lineColor: "#C00000",
      }),
    ]);
    expect(info.axes.find((a) => a.type === "Value" && a.group === "Secondary")).toMatchObject({
      minimum: 0,
      maximum: 1,
      numberFormat: "0%",
    });
    expect(info.axes.find((a) => a.type === "Value" && a.group === "Primary")?.title).toBe(
      "Revenue"
    );
  });

  test("series by rows, numeric first column, scatter x values", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["", "2023", "2024"],
          ["North", 10, 20],
          ["South", 30, 40],
        ],
        N: [
          [1, 10],
          [2, 20],
          [3, 30],
        ],
      },
    });
    await h.Excel.run(async (context: any) => {
      const s = context.workbook.worksheets.getItem("S");
      s.charts.add("Line", s.getRange("A1:C3"), "Rows");
      const n = context.workbook.worksheets.getItem("N");
      n.charts.add("ColumnClustered", n.getRange("A1:B3"), "Columns");
      n.charts.add("XYScatter", n.getRange("A1:B3"), "Columns");
      await context.sync();
    });
    const rows = h.workbook.getSheet("S").charts()[0];
    expect(rows.seriesBy).toBe("Rows");
    expect(rows.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["North", "S!B2:C2", "S!B1:C1"],
      ["South", "S!B3:C3", "S!B1:C1"],
    ]);
    const [column, scatter] = h.workbook.getSheet("N").charts();
    // Numbers in the first column are a series of their own (no header, no categories).
    expect(column.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["Series1", "N!A1:A3", null],
      ["Series2", "N!B1:B3", null],
    ]);
    expect(column.name).toBe("Chart 1");
    expect(scatter.name).toBe("Chart 2");
    expect(scatter.series.map((s) => [s.values, s.xValues])).toEqual([["N!B1:B3", "N!A1:A3"]]);
  });

  test("getItem, getItemOrNullObject, items, rename, change type, delete", async () => {
    const h = createFakeHost({ sheets: { Analysis: PARETO } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Analysis");
      const c = ws.charts.add("Pie", ws.getRange("A1:B5"), "Auto");
      c.name = "Share";
      await context.sync();
      const byName = ws.charts.getItem("share").load("name, chartType");
      const missing = ws.charts.getItemOrNullObject("Nope");
      const charts = ws.charts.load("items/name, count");
      await context.sync();
      expect([byName.name, byName.chartType]).toEqual(["Share", "Pie"]);
      expect(missing.isNullObject).toBe(true);
      expect(charts.count).toBe(1);
      byName.chartType = "Doughnut";
      await context.sync();
      expect(h.workbook.getSheet("Analysis").charts()[0].type).toBe("Doughnut");
      byName.delete();
      await context.sync();
    });
    expect(h.workbook.getSheet("Analysis").charts()).toEqual([]);
    await expect(
      h.Excel.run(async (context: any) => {
        const ws = context.workbook.worksheets.getItem("Analysis");
        ws.charts.add("NoSuchType", ws.getRange("A1:B5"), "Auto");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("series names follow their header cell; deleted source cells give #REF!", async () => {
    const h = createFakeHost({ sheets: { Analysis: PARETO } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Analysis");
      ws.charts.add("ColumnClustered", ws.getRange("A1:B5"), "Columns");
      await context.sync();
    });
    const s = h.workbook.getSheet("Analysis");
    s.setValue(0, 1, "Umsatz");
    expect(s.charts()[0].series[0].name).toBe("Umsatz");
    s.deleteColumns(1, 1);
    expect(s.charts()[0].series[0].values).toBe("Analysis!#REF!");
  });
});
