/* Worksheet.pageLayout: page setup as Excel keeps it per sheet (ExcelApi 1.9). */
import { createFakeHost } from "../../fake-excel";

const host = (version = "1.9") =>
  createFakeHost({ sheets: { Page: [["a", 1]] }, supportedSets: { ExcelApi: version } });

describe("Worksheet.pageLayout", () => {
  it("starts with Excel's defaults and reads back what was set", async () => {
    const h = host();
    expect(h.workbook.getSheet("Page").page).toMatchObject({
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100, horizontalFitToPages: null, verticalFitToPages: null },
      printArea: null,
      showGridlines: true,
    });
    const read = await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Page");
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.paperSize = "A4";
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
      ws.pageLayout.setPrintArea(ws.getRange("A1:H40"));
      ws.showGridlines = false;
      const layout = ws.pageLayout.load("orientation,paperSize,zoom");
      const area = ws.pageLayout.getPrintAreaOrNullObject().load("address");
      await context.sync();
      return { orientation: layout.orientation, zoom: layout.zoom, area: area.address };
    });
    expect(read).toEqual({
      orientation: "Landscape",
      zoom: { scale: null, horizontalFitToPages: 1, verticalFitToPages: 1 },
      area: "Page!A1:H40",
    });
    expect(h.workbook.getSheet("Page").page).toMatchObject({
      paperSize: "A4",
      printArea: "A1:H40",
      showGridlines: false,
    });
  });

  it("survives a reopen and follows a renamed sheet", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Page");
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.setPrintArea("A1:C3");
      ws.name = "Renamed";
      await context.sync();
    });
    h.reopen({ newIds: true });
    expect(h.workbook.getSheet("Renamed").page).toMatchObject({
      orientation: "Landscape",
      printArea: "A1:C3",
    });
  });

  it("has no print area until one is set: a null object, getPrintArea fails", async () => {
    const h = host();
    const isNull = await h.Excel.run(async (context: any) => {
      const area = context.workbook.worksheets
        .getItem("Page")
        .pageLayout.getPrintAreaOrNullObject();
      await context.sync();
      return area.isNullObject;
    });
    expect(isNull).toBe(true);
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Page").pageLayout.getPrintArea().load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it.each([
    [{ scale: 5 }],
    [{ scale: 401 }],
    [{ scale: 80, horizontalFitToPages: 1 }],
    [{ horizontalFitToPages: -1 }],
    [{ horizontalFitToPages: 1.5 }],
  ])("refuses the zoom %j (scale 10-400 or whole pages, not both)", async (zoom) => {
    await expect(
      host().Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Page").pageLayout.zoom = zoom;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it.each([
    ["orientation", "Sideways"],
    ["paperSize", "A0"],
  ])("refuses the %s %s", async (prop, value) => {
    await expect(
      host().Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Page").pageLayout[prop] = value;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("does not exist below ExcelApi 1.9 (ApiNotFound)", async () => {
    await expect(
      host("1.8").Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Page").pageLayout.orientation = "Landscape";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
