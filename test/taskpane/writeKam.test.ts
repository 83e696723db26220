import { analyze } from "../../src/core/analyze";
import { writeKam } from "../../src/taskpane/state/writeKam";
import { fakeApi, sampleGrid } from "./fakeApi";

describe("writing the KAM sheets from the pane", () => {
  it("writes the plan tables first, then the controlling and portfolio sheets, in one report", async () => {
    const { api, calls } = fakeApi(sampleGrid(10));
    const result = analyze(sampleGrid(10));
    const report = await writeKam(
      api,
      result,
      { includeB: false, extraKeys: [], roadmap: false },
      "en"
    );
    expect(calls).toEqual(["writeKamSheets", "writeCockpit", "writePortfolio"]);
    expect(report.lines).toHaveLength(3);
    expect(report.touched).toEqual(["WROTE"]);
    expect(report.syncs).toBe(3);
  });
});
