// Office.context lookups (language, requirement sets) tested with Microsoft's office-addin-mock:
// these need no workbook semantics, only a seeded `Office` object.
import { OfficeMockObject } from "office-addin-mock";
import { capabilities } from "../../../src/excel/host/capabilities";
import { language } from "../../../src/excel/host/language";

async function installOffice(displayLanguage: string, excelApi: string): Promise<void> {
  const supports = (name: string, version: string) =>
    name === "ExcelApi" && Number(version.split(".")[1]) <= Number(excelApi.split(".")[1]);
  const office = new OfficeMockObject({
    context: {
      displayLanguage,
      requirements: { isSetSupported: supports },
    },
  });
  // The mock hands out scalars only after load + sync, as for Excel objects.
  office.load("context/displayLanguage");
  await office.sync();
  (globalThis as unknown as { Office: unknown }).Office = office;
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

describe("Office.context lookups", () => {
  test.each([
    ["de-DE", "de"],
    ["de-AT", "de"],
    ["de-CH", "de"],
    ["en-US", "en"],
    ["fr-FR", "en"],
  ])("display language %s gives %s", async (tag, lang) => {
    await installOffice(tag, "1.8");
    expect(language()).toBe(lang);
  });

  it("reports the manifest baseline only on an ExcelApi 1.8 host", async () => {
    await installOffice("en-US", "1.8");
    expect(capabilities()).toEqual({
      baseline: true,
      rangeTables: false,
      visibleCells: false,
      rangeAreas: false,
      mergedAreas: false,
      pageLayout: false,
    });
  });

  it("reports the guarded features on an ExcelApi 1.13 host", async () => {
    await installOffice("en-US", "1.13");
    expect(capabilities()).toEqual({
      baseline: true,
      rangeTables: true,
      visibleCells: true,
      rangeAreas: true,
      mergedAreas: true,
      pageLayout: true,
    });
  });

  it("assumes nothing beyond the baseline outside Office", () => {
    expect(capabilities().mergedAreas).toBe(false);
    expect(language()).toBe("en");
  });
});
