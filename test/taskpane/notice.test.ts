import { AnalysisError } from "../../src/core/errors";
import { registerMessages } from "../../src/core/i18n/messages";
import { langValue } from "../../src/taskpane/i18n/langValue";
import { noticeOf } from "../../src/taskpane/state/notice";

describe("noticeOf", () => {
  it("translates core errors with their parameters", () => {
    const n = noticeOf(new AnalysisError("TOO_FEW_CUSTOMERS", { count: 1 }));
    expect(n).toEqual({
      kind: "core",
      message: { code: "TOO_FEW_CUSTOMERS", params: { count: 1 } },
    });
    expect(langValue("de").say(n)).toContain("mindestens zwei Kunden");
  });

  it("translates errors of other layers whose code has registered texts", () => {
    registerMessages({ XL_TEST_ONLY: { en: "Excel said no.", de: "Excel sagte nein." } });
    const err = Object.assign(new Error("x"), { code: "XL_TEST_ONLY" });
    expect(langValue("de").say(noticeOf(err))).toBe("Excel sagte nein.");
  });

  it("names anything else as unexpected, with a next step", () => {
    const n = noticeOf(Object.assign(new Error("RichApi.Error"), { code: "GeneralException" }));
    expect(langValue("en").say(n)).toBe(
      "Unexpected error: RichApi.Error. Try again; if it persists, select the data again."
    );
  });
});
