import { luminance, themeFor } from "../../src/taskpane/logic/theme";

describe("theme choice", () => {
  it.each([
    [{ bodyBackgroundColor: "#FFFFFF" }, "light"],
    [{ bodyBackgroundColor: "#E6E6E6" }, "light"], // Colorful / White
    [{ bodyBackgroundColor: "#262626" }, "dark"], // Black
    [{ bodyBackgroundColor: "#666666" }, "dark"], // Dark Gray
    [{ bodyBackgroundColor: "#333" }, "dark"],
    [{ bodyForegroundColor: "#ffffff" }, "dark"],
    [{ bodyBackgroundColor: "not a colour", bodyForegroundColor: "#000000" }, "light"],
    [null, "light"],
    [undefined, "light"],
  ])("%p -> %s", (theme, expected) => expect(themeFor(theme)).toBe(expected));

  it("measures relative luminance", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("red")).toBeNull();
  });
});
