import { checkThresholds } from "../../src/taskpane/logic/thresholds";
import {
  DEFAULT_SETTINGS,
  fromRunSettings,
  toRunSettings,
} from "../../src/taskpane/state/settings";

describe("checkThresholds", () => {
  it("accepts A below B within 0..100", () => {
    expect(checkThresholds("fixed", "80", "95")).toEqual({ value: [80, 95] });
    expect(checkThresholds("count", "20", "50").value).toEqual([20, 50]);
  });

  it("puts 'B above A' next to B", () => {
    const c = checkThresholds("fixed", "90", "80");
    expect(c.value).toBeNull();
    expect(c.a).toBeUndefined();
    expect(c.b).toEqual({ key: "errBAboveA", params: { a: "90" } });
    expect(checkThresholds("fixed", "80", "80").b?.key).toBe("errBAboveA");
  });

  it("checks each field's range", () => {
    const c = checkThresholds("fixed", "0", "101");
    expect(c.a?.key).toBe("errRange");
    expect(c.b?.key).toBe("errRange");
    expect(checkThresholds("count", "x", "50").a?.key).toBe("errNotANumber");
    // A negative percentage is a number out of range.
    expect(checkThresholds("fixed", "-5", "95").a?.key).toBe("errRange");
  });

  it("reads German and English decimals and a percent sign", () => {
    expect(checkThresholds("fixed", "82,5", " 95 % ").value).toEqual([82.5, 95]);
    expect(checkThresholds("count", "20.5", "50%").value).toEqual([20.5, 50]);
  });

  it("takes a blank field as nothing typed, never as 0", () => {
    for (const method of ["fixed", "count"] as const) {
      expect(checkThresholds(method, "", "95").a?.key).toBe("errNotANumber");
      expect(checkThresholds(method, "80", "  ").b?.key).toBe("errNotANumber");
      expect(checkThresholds(method, "80", " % ").b?.key).toBe("errNotANumber");
    }
  });

  it("needs no thresholds for the computed method", () => {
    expect(checkThresholds("computed", "", "").a).toBeUndefined();
  });
});

describe("run settings", () => {
  it("are null while a field is invalid", () => {
    expect(toRunSettings({ ...DEFAULT_SETTINGS, fixed: { a: "90", b: "80" } })).toBeNull();
  });

  it("round-trip through a stored run", () => {
    const pane = {
      ...DEFAULT_SETTINGS,
      method: "count" as const,
      count: { a: "10", b: "40" },
      visibleOnly: true,
      headerRow: 2,
      columns: { revenue: 3 },
    };
    const run = toRunSettings(pane)!;
    expect(run).toMatchObject({
      method: "count",
      thresholds: [10, 40],
      strict: false,
      headerRow: 2,
    });
    const back = fromRunSettings(JSON.parse(JSON.stringify(run)));
    expect(back.count).toEqual({ a: "10", b: "40" });
    expect(back.columns).toEqual({ revenue: 3 });
    expect(back.visibleOnly).toBe(true);
  });

  it("keep strict only for fixed thresholds", () => {
    const run = toRunSettings({ ...DEFAULT_SETTINGS, method: "count", strict: true })!;
    expect(run.strict).toBe(false);
  });
});
