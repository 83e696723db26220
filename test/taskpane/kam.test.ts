import type { StoredRun } from "../../src/excel/types";
import {
  DEFAULT_KAM,
  kamFromStored,
  kamOptionsOf,
  refreshKamOptions,
  storedKamAfter,
  storedKamOf,
} from "../../src/taskpane/state/kam";

const run = (kam?: unknown): StoredRun =>
  ({
    version: 1,
    source: { kind: "range", address: "Daten!A1:B9", sheet: "Daten" },
    settings: { method: "fixed", thresholds: [80, 95], strict: false, visibleOnly: false },
    ranAt: "2025-01-02T10:00:00.000Z",
    language: "de",
    outputs: { kamSheets: ["KAM-Planung"] },
    ...(kam === undefined ? {} : { kam }),
  }) as StoredRun;

describe("KAM choices in the stored run", () => {
  it("are stored after a KAM run and restored on load", () => {
    const options = kamOptionsOf({
      includeB: true,
      extraKeys: ["#10023", "müller gmbh"],
      roadmap: true,
      roadmapDone: false,
    });
    expect(options).toEqual({
      includeB: true,
      extraKeys: ["#10023", "müller gmbh"],
      roadmap: true,
    });
    const stored = run(storedKamAfter(null, options));
    expect(stored.kam).toEqual({
      includeB: true,
      extraKeys: ["#10023", "müller gmbh"],
      roadmapCreated: true,
    });
    // Through JSON, as the workbook setting keeps it.
    const loaded = JSON.parse(JSON.stringify(stored)) as StoredRun;
    expect(kamFromStored(loaded, DEFAULT_KAM)).toEqual({
      includeB: true,
      extraKeys: ["#10023", "müller gmbh"],
      roadmap: false,
      roadmapDone: true,
    });
  });

  it("Refresh uses the stored choices, not the pane's, and never creates the roadmap", () => {
    const stored = run({ includeB: false, extraKeys: ["#10077"], roadmapCreated: false });
    const pane = { includeB: true, extraKeys: [], roadmap: true, roadmapDone: false };
    expect(refreshKamOptions(stored, pane)).toEqual({
      includeB: false,
      extraKeys: ["#10077"],
      roadmap: false,
    });
  });

  it("a run stored before the choices were kept: the pane's choices, as before", () => {
    const pane = { includeB: true, extraKeys: ["a"], roadmap: true, roadmapDone: false };
    expect(storedKamOf(run())).toBeNull();
    expect(storedKamOf(null)).toBeNull();
    expect(kamFromStored(run(), pane)).toBe(pane);
    expect(refreshKamOptions(run(), pane)).toEqual({
      includeB: true,
      extraKeys: ["a"],
      roadmap: false,
    });
  });

  it("the roadmap stays created; a later run without it does not forget that", () => {
    const first = run(storedKamAfter(null, { includeB: false, extraKeys: [], roadmap: true }));
    const second = storedKamAfter(first, { includeB: true, extraKeys: [], roadmap: false });
    expect(second.roadmapCreated).toBe(true);
    // The pane does not offer it again.
    expect(kamOptionsOf({ ...DEFAULT_KAM, roadmap: true, roadmapDone: true }).roadmap).toBe(false);
  });

  it("reads an edited or broken setting safely", () => {
    expect(storedKamOf(run({ includeB: "yes", extraKeys: "x", roadmapCreated: 1 }))).toEqual({
      includeB: false,
      extraKeys: [],
      roadmapCreated: false,
    });
    expect(storedKamOf(run({ extraKeys: ["a", "", 3, "a", null, "b"] }))?.extraKeys).toEqual([
      "a",
      "b",
    ]);
    expect(storedKamOf(run("nonsense"))).toBeNull();
  });
});
