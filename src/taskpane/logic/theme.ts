// Which Fluent theme matches Office: dark when the pane's background is dark.

/** The part of Office.OfficeTheme the choice needs (plain data, so tests need no Office). */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

export type ThemeName = "light" | "dark";

/** Relative luminance (WCAG) of "#rgb" or "#rrggbb"; null for anything else. */
export function luminance(color: string | undefined | null): number | null {
  if (!color) return null;
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Office themes (Colorful, Dark Gray, Black, White, and dark mode on the web) only tell their
 * colours, not a name, so the background decides. Falls back to the foreground, then light.
 */
export function themeFor(theme: OfficeThemeColors | null | undefined): ThemeName {
  const bg = luminance(theme?.bodyBackgroundColor);
  if (bg !== null) return bg < 0.4 ? "dark" : "light";
  const fg = luminance(theme?.bodyForegroundColor);
  if (fg !== null) return fg > 0.6 ? "dark" : "light";
  return "light";
}
