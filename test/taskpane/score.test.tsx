// The pane's score settings, stored choices and the score panel's words in both languages.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { analyze } from "../../src/core/analyze";
import { DEFAULT_SCORE_WEIGHTS } from "../../src/core/score";
import type { Language } from "../../src/core/types";
import type { StoredRun } from "../../src/excel/types";
import { DueItemsCard } from "../../src/taskpane/components/DueItemsCard";
import { ScorePanel } from "../../src/taskpane/components/ScorePanel";
import { LangProvider, langValue } from "../../src/taskpane/i18n/LangContext";
import { analysisRequest } from "../../src/taskpane/logic/source";
import { DEFAULT_KAM, storedKamOf } from "../../src/taskpane/state/kam";
import {
  DEFAULT_SETTINGS,
  analysisKey,
  fromRunSettings,
  toRunSettings,
} from "../../src/taskpane/state/settings";
import { fakeApi } from "./fakeApi";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("score settings", () => {
  it("stores changed weights with the run; they do not re-run the analysis", () => {
    const weights = { ...DEFAULT_SCORE_WEIGHTS, revenue: 60 };
    const plain = toRunSettings(DEFAULT_SETTINGS)!;
    const weighted = toRunSettings({ ...DEFAULT_SETTINGS, scoreWeights: weights })!;
    expect(plain.scoreWeights).toBeUndefined();
    expect(weighted.scoreWeights).toEqual(weights);
    expect(analysisKey(weighted)).toBe(analysisKey(plain));
    const back = fromRunSettings(JSON.parse(JSON.stringify(weighted)));
    expect(back.scoreWeights).toEqual(weights);
    expect(fromRunSettings(plain).scoreWeights).toEqual(DEFAULT_SCORE_WEIGHTS);
  });

  it("classes on margin go to the analysis, and leave with the margin column", () => {
    const margin = toRunSettings({ ...DEFAULT_SETTINGS, valueColumn: "margin" })!;
    expect(margin.valueColumn).toBe("margin");
    expect(analysisKey(margin)).not.toBe(analysisKey(toRunSettings(DEFAULT_SETTINGS)));
    expect(analysisRequest(margin, { hiddenRows: [] }, "de").options.valueColumn).toBe("margin");
    const removed = {
      ...DEFAULT_SETTINGS,
      valueColumn: "margin" as const,
      columns: { margin: null },
    };
    expect(toRunSettings(removed)!.valueColumn).toBeUndefined();
    expect(fromRunSettings(margin).valueColumn).toBe("margin");
  });

  it("reads a stored proposal only when it is well formed (the record may have been edited)", () => {
    const run = (proposal: unknown) =>
      ({
        kam: { includeB: false, extraKeys: [], roadmapCreated: false, proposal },
      }) as unknown as StoredRun;
    expect(
      storedKamOf(run({ basis: "both", rule: { kind: "minScore", score: 60 } }))?.proposal
    ).toEqual({ basis: "both", rule: { kind: "minScore", score: 60 } });
    expect(
      storedKamOf(run({ basis: "score", rule: { kind: "top", count: 0 } }))?.proposal
    ).toBeUndefined();
    expect(
      storedKamOf(run({ basis: "all", rule: { kind: "top", count: 3 } }))?.proposal
    ).toBeUndefined();
    expect(storedKamOf(run("score"))?.proposal).toBeUndefined();
  });
});

const grid = [
  ["Kunde", "Umsatz", "Deckungsbeitrag"],
  ["Alpha AG", 500, 20],
  ["Beta KG", 200, 150],
  ["Gamma GmbH", 100, 90],
  ["Delta", 80, 300],
  ["Zeta", 50, 5],
];

describe.each<[Language, RegExp, string]>([
  [
    "en",
    /Where they differ \(2\)/,
    "Not known for any customer: growth, stability, satisfaction, potential",
  ],
  [
    "de",
    /Unterschiede \(2\)/,
    "Für keinen Kunden bekannt: Wachstum, Stabilität, Zufriedenheit, Potenzial",
  ],
])("score panel in %s", (lang, differences, missing) => {
  const wrap = (node: ReactElement) =>
    renderToString(
      <FluentProvider theme={webLightTheme}>
        <LangProvider value={langValue(lang)}>{node}</LangProvider>
      </FluentProvider>
    );

  it("shows weights with their sum, the differences and the choice, no placeholders left", () => {
    const { api, source } = fakeApi(grid, lang);
    const result = analyze(grid);
    const html = wrap(
      <ScorePanel
        api={api}
        result={result}
        source={source()}
        weights={{ ...DEFAULT_SCORE_WEIGHTS }}
        kam={{ ...DEFAULT_KAM, proposal: { basis: "score", rule: { kind: "top", count: 3 } } }}
        busy={false}
        onWeights={() => undefined}
        onProposal={() => undefined}
        initiallyOpen
      />
    );
    const t = text(html);
    expect(t).not.toMatch(/\{\w+\}/);
    expect(t).toContain(lang === "en" ? "Sum: 100" : "Summe: 100");
    expect(t).toMatch(differences);
    expect(t).toContain(missing);
    expect(t).toContain(
      lang === "en" ? "the top 3 by score (confirmed)" : "die besten 3 nach Score (bestätigt)"
    );
    expect(html).toContain('aria-expanded="true"');
    expect(html.match(/role="spinbutton"/g)).toHaveLength(7);
  });

  it("lists due items as buttons that say when", () => {
    const html = wrap(
      <DueItemsCard
        items={[
          {
            kind: "review",
            customer: "Alpha AG",
            action: "",
            date: 1,
            days: 1,
            address: "'KAM Plan'!A2:T2",
          },
          {
            kind: "action",
            customer: "Beta KG",
            action: "Call",
            date: 1,
            days: -3,
            address: "Actions!A2:I2",
          },
        ]}
        onGoTo={() => undefined}
      />
    );
    const t = text(html);
    expect(t).toContain(lang === "en" ? "Review: Alpha AG tomorrow" : "Review: Alpha AG morgen");
    expect(t).toContain(
      lang === "en" ? "Call (Beta KG) 3 days overdue" : "Call (Beta KG) seit 3 Tagen überfällig"
    );
  });
});
