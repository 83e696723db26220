// Selections of several areas, as Excel handles them.
import { createFakeHost } from "../../fake-excel";
import { GET_RANGES_MAX_CHARS } from "../../fake-excel/objects";

/** "A2:C2,A4:C4,..." with `n` one-row areas. */
function rowAreas(n: number): string {
  return Array.from({ length: n }, (_, i) => `A${2 * i + 2}:C${2 * i + 2}`).join(",");
}

describe("several selected areas", () => {
  // getSelectedRange with several areas selected: RichApi.Error "InvalidSelection"
  // (https://github.com/OfficeDev/office-js-docs-pr/issues/2477).
  test("getSelectedRange throws InvalidSelection; getSelectedRanges lists the areas", async () => {
    const h = createFakeHost({ sheets: { S: [] }, selection: "S!A1:B2,D4:D9" });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ name: "RichApi.Error", code: "InvalidSelection" });
    const count = await h.Excel.run(async (context: any) => {
      const areas = context.workbook.getSelectedRanges().load("areaCount");
      await context.sync();
      return areas.areaCount;
    });
    expect(count).toBe(2);
  });

  // office-js issue 5198: getRanges fails with InvalidArgument for long multi-area addresses
  // (513 areas / 8,207 characters failed) https://github.com/OfficeDev/office-js/issues/5198
  test("getRanges refuses addresses longer than the limit with InvalidArgument", async () => {
    const h = createFakeHost({ sheets: { S: [] }, selection: "S!A1" });
    const select = (address: string) =>
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("S").getRanges(address).select();
        await context.sync();
      });
    const long = rowAreas(800);
    expect(long.length).toBeGreaterThan(GET_RANGES_MAX_CHARS);
    await expect(select(long)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(h.workbook.selection).toBe("S!A1");
    const fits = rowAreas(400);
    expect(fits.length).toBeLessThan(GET_RANGES_MAX_CHARS);
    await select(fits);
    expect(h.workbook.selection.split(",")).toHaveLength(400);
  });
});
