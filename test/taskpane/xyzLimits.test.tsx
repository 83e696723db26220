// The XYZ limits in the pane: checked as typed, stored with the run only when chosen, read back by
// Refresh, shown with the matrix; the fields in both languages with their messages.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { analyze } from "../../src/core/analyze";
import { xyzLimitsText } from "../../src/core/time/xyzLimitsText";
import type { Language } from "../../src/core/types";
import { TimeSection } from "../../src/taskpane/components/TimeSection";
import { XyzLimitsFields } from "../../src/taskpane/components/XyzLimitsChoice";
import { LangProvider, langValue } from "../../src/taskpane/i18n/LangContext";
import { timeOptionsOf } from "../../src/taskpane/logic/period";
import { spinValue } from "../../src/taskpane/logic/spinValue";
import {
  checkXyzLimits,
  stepFromTyped,
  storedXyzLimits,
  withLimit,
  type XyzLimits,
} from "../../src/taskpane/logic/xyzLimits";
import {
  analysisKey,
  DEFAULT_SETTINGS,
  fromRunSettings,
  refreshSettings,
  toRunSettings,
} from "../../src/taskpane/state/settings";

/** The limits text as written in a test, with the no-break spaces it has inside each term. */
const nb = (text: string) => text.replace(/ ([≤>]) /g, "\u00a0$1\u00a0");

describe("checking the limits as typed", () => {
  it("takes X above 0 and Y above X", () => {
    expect(checkXyzLimits([0.5, 1], "en")).toEqual({ value: [0.5, 1], x: undefined });
    expect(checkXyzLimits([0.05, 0.1], "de").value).toEqual([0.05, 0.1]);
  });

  it("refuses Y not above X, naming X in the language's decimals", () => {
    expect(checkXyzLimits([0.8, 0.6], "de")).toEqual({
      value: null,
      x: undefined,
      y: { key: "xyzErrYAboveX", params: { x: "0,8" } },
    });
    expect(checkXyzLimits([1, 1], "en").y).toEqual({ key: "xyzErrYAboveX", params: { x: "1.0" } });
  });

  it("refuses limits not above 0 on the field that has them", () => {
    expect(checkXyzLimits([0, 1], "en")).toMatchObject({
      value: null,
      x: { key: "xyzErrPositive" },
      y: undefined,
    });
    expect(checkXyzLimits([-0.5, -0.2], "en")).toMatchObject({
      x: { key: "xyzErrPositive" },
      y: { key: "xyzErrPositive" },
    });
    expect(checkXyzLimits([NaN, 1], "en").value).toBeNull();
  });

  it("reads a stepped value or the text as typed, German or English decimal mark", () => {
    expect(spinValue(0.55, undefined)).toBe(0.55);
    expect(spinValue(undefined, " 0,45 ")).toBe(0.45);
    expect(spinValue(undefined, "1.2")).toBe(1.2);
    expect(spinValue(undefined, "-0,5")).toBe(-0.5);
    expect(spinValue(undefined, "abc")).toBeNull();
    expect(spinValue(undefined, "")).toBeNull();
    expect(spinValue(null, "1,2,3")).toBeNull();
    // A field left blank is no limit of 0: the field keeps the old value.
    expect(spinValue(undefined, "   ")).toBeNull();
    expect(spinValue(null, "")).toBeNull();
    expect(withLimit([0.5, 1], 0, 0.7)).toEqual([0.7, 1]);
    expect(withLimit([0.5, 1], 1, 1.5)).toEqual([0.5, 1.5]);
  });

  it("steps an arrow key from a number typed with a decimal comma (the SpinButton stepped from 0)", () => {
    expect(stepFromTyped("0,7", 1, 0.05, 0.05)).toBe(0.75);
    expect(stepFromTyped(" 0,7 ", -1, 0.05, 0.05)).toBe(0.65);
    expect(stepFromTyped("1,15", 1, 0.05, 0.05)).toBe(1.2);
    expect(stepFromTyped("0,05", -1, 0.05, 0.05)).toBe(0.05);
    // A decimal point, or text that is no number: the SpinButton's own step is right (or refused).
    expect(stepFromTyped("0.7", 1, 0.05, 0.05)).toBeNull();
    expect(stepFromTyped("0,7,1", 1, 0.05, 0.05)).toBeNull();
    expect(stepFromTyped("", 1, 0.05, 0.05)).toBeNull();
  });
});

describe("the limits with the run", () => {
  const chosen = { ...DEFAULT_SETTINGS, xyzLimits: [0.4, 0.9] as XyzLimits };

  it("are stored only when they are not the defaults", () => {
    expect(toRunSettings(DEFAULT_SETTINGS)!.xyzLimits).toBeUndefined();
    expect(toRunSettings(chosen)!.xyzLimits).toEqual([0.4, 0.9]);
  });

  it("come back from a stored run (JSON, as the workbook keeps it), and are analysed again", () => {
    const stored = JSON.parse(JSON.stringify(toRunSettings(chosen)));
    expect(fromRunSettings(stored).xyzLimits).toEqual([0.4, 0.9]);
    const refreshed = refreshSettings(stored, DEFAULT_SETTINGS);
    expect(refreshed.settings.xyzLimits).toEqual([0.4, 0.9]);
    expect(refreshed.run.xyzLimits).toEqual([0.4, 0.9]);
    expect(timeOptionsOf(refreshed.run)).toEqual({ xyzLimits: [0.4, 0.9] });
    // A run stored before the setting, or with limits the core would refuse: the defaults.
    const plain = toRunSettings(DEFAULT_SETTINGS)!;
    expect(fromRunSettings(plain).xyzLimits).toEqual([0.5, 1]);
    expect(storedXyzLimits([0.9, 0.4])).toEqual([0.5, 1]);
    expect(storedXyzLimits(["0.4", 0.9])).toEqual([0.5, 1]);
    expect(storedXyzLimits([0.4])).toEqual([0.5, 1]);
  });

  it("are part of what the analysis depends on: a change re-runs it", () => {
    expect(analysisKey(toRunSettings(chosen))).not.toBe(
      analysisKey(toRunSettings(DEFAULT_SETTINGS))
    );
  });

  it("read as the matrix shows them", () => {
    expect(xyzLimitsText([0.5, 1], "en")).toBe(nb("X ≤ 0.5 · Y ≤ 1.0 · Z > 1.0"));
    expect(xyzLimitsText([0.45, 1.25], "de")).toBe(nb("X ≤ 0,45 · Y ≤ 1,25 · Z > 1,25"));
    // Limits from the command line may have more decimals; no thousands separator in a ratio.
    expect(xyzLimitsText([0.333, 1500], "de")).toBe(nb("X ≤ 0,333 · Y ≤ 1500,0 · Z > 1500,0"));
  });
});

function render(lang: Language, node: React.ReactElement): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <LangProvider value={langValue(lang)}>{node}</LangProvider>
    </FluentProvider>
  );
}

/** The visible text; whitespace, no-break spaces included, as single spaces. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ");

/** Two customers steady, one buying every other month: CV 1.0, Y by default, Z below 1.0. */
function grid() {
  const rows: (string | number)[][] = [["Kunde", "Datum", "Umsatz"]];
  for (let m = 1; m <= 12; m++) {
    const d = `15.${String(m).padStart(2, "0")}.2025`;
    rows.push(["Alpha", d, 1000], ["Beta", d, 500]);
    if (m % 2) rows.push(["Gamma", d, 400]);
  }
  return rows;
}

const T = {
  en: {
    labels: ["XYZ limits", "X up to (CV)", "Y up to (CV)", "coefficient of variation"],
    values: ["0.5", "1.0"],
    reset: "Reset to 0.5 / 1.0",
    yAboveX: "Must be above X (0.8).",
    positive: "Must be above 0.",
    refused: "These limits are not used; the results keep X ≤ 0.5 · Y ≤ 1.0 · Z > 1.0.",
    matrix: "Coefficient of variation: X ≤ 0.5 · Y ≤ 0.8 · Z > 0.8",
  },
  de: {
    labels: ["XYZ-Grenzen", "X bis (VK)", "Y bis (VK)", "Variationskoeffizient"],
    values: ["0,5", "1,0"],
    reset: "Zurücksetzen auf 0,5 / 1,0",
    yAboveX: "Muss über X (0,8) liegen.",
    positive: "Muss über 0 liegen.",
    refused:
      "Diese Grenzen werden nicht verwendet; die Ergebnisse bleiben bei X ≤ 0,5 · Y ≤ 1,0 · Z > 1,0.",
    matrix: "Variationskoeffizient: X ≤ 0,5 · Y ≤ 0,8 · Z > 0,8",
  },
};

describe.each<Language>(["en", "de"])("the XYZ limits fields in %s", (lang) => {
  const x = T[lang];
  const fields = (limits: XyzLimits) =>
    render(lang, <XyzLimitsFields limits={limits} used={[0.5, 1]} onChange={() => undefined} />);

  it("label both spin buttons, explain the limits, show decimals of the language", () => {
    const html = fields([0.5, 1]);
    for (const label of x.labels) expect(text(html)).toContain(label);
    expect(html.match(/role="spinbutton"/g)).toHaveLength(2);
    expect(html).toContain(`value="${x.values[0]}"`);
    expect(html).toContain(`value="${x.values[1]}"`);
    expect(html).toContain(`aria-valuetext="${x.values[0]}"`);
    expect(html).toContain('step="0.05"');
    // Each spin button is named by its label (label for= the input's id).
    const labelled = [...html.matchAll(/<label[^>]*for="([^"]+)"/g)].map((m) => m[1]);
    const spins = [...html.matchAll(/<input[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => tag.includes('role="spinbutton"'))
      .map((tag) => / id="([^"]+)"/.exec(tag)?.[1]);
    expect(spins).toHaveLength(2);
    expect(labelled).toEqual(spins);
    // At the defaults there is nothing to reset, and nothing is refused.
    expect(html).not.toContain('data-testid="xyz-reset"');
    expect(html).not.toContain('data-testid="xyz-refused"');
    expect(text(html)).not.toMatch(/\{\w+\}/);
  });

  it("offer the reset when the limits are not the defaults", () => {
    expect(text(fields([0.4, 1]))).toContain(x.reset);
  });

  it("say why a pair is refused next to the field, and which limits the results keep", () => {
    const html = fields([0.8, 0.6]);
    expect(text(html)).toContain(x.yAboveX);
    expect(text(html)).toContain(x.refused);
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid="true"');
    expect(text(fields([0, 1]))).toContain(x.positive);
  });

  it("sit in the time section; the matrix names the limits it was computed with", () => {
    const result = analyze(grid(), { time: { xyzLimits: [0.5, 0.8] } });
    const html = render(
      lang,
      <TimeSection
        result={result}
        period={DEFAULT_SETTINGS.period}
        onPeriod={() => undefined}
        xyzLimits={[0.5, 0.8]}
        onXyzLimits={() => undefined}
      />
    );
    expect(html).toContain('data-testid="xyz-limits"');
    expect(text(html)).toContain(x.matrix);
    // Gamma (CV 1.0) is Z under these limits.
    expect(html).toMatch(/data-count="1" data-testid="cell-[ABC]Z"/);
  });
});
