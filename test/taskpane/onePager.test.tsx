import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { analyze } from "../../src/core/analyze";
import type { Language } from "../../src/core/types";
import type { StoredRun } from "../../src/excel/types";
import { refreshTouches } from "../../src/taskpane/components/LastRunCard";
import { OnePagerCard } from "../../src/taskpane/components/OnePagerCard";
import { LangProvider, langValue } from "../../src/taskpane/i18n/LangContext";
import { onePagerChoices, storedRunWithOnePager } from "../../src/taskpane/state/onePager";
import type { OnePager } from "../../src/taskpane/state/useOnePager";
import { sampleGrid } from "./fakeApi";

const result = analyze(sampleGrid(57));
const A_ONLY = { includeB: false, extraKeys: [] as string[], roadmap: false };

describe("the one-pager choice", () => {
  it("offers the key accounts in rank order, with B and the picked ones when chosen", () => {
    const a = onePagerChoices(result, A_ONLY);
    expect(a.length).toBe(result.summary.classes.A.count);
    expect(a.map((c) => c.class)).toEqual(a.map(() => "A"));
    expect(a[0].name).toBe("Kunde 1");
    const last = result.customers.keys[result.ranking.customer[56]];
    const more = onePagerChoices(result, { ...A_ONLY, includeB: true, extraKeys: [last] });
    expect(more.length).toBe(result.summary.classes.A.count + result.summary.classes.B.count + 1);
    expect(more[more.length - 1]).toMatchObject({ name: "Kunde 57", class: "C" });
  });

  it("is remembered once in the stored run", () => {
    const run = { version: 1, outputs: {} } as StoredRun;
    const once = storedRunWithOnePager(run, "kunde 1");
    expect(once.onePagers).toEqual(["kunde 1"]);
    expect(storedRunWithOnePager(once, "kunde 1")).toBe(once);
    expect(storedRunWithOnePager(once, "kunde 2").onePagers).toEqual(["kunde 1", "kunde 2"]);
  });
});

const card = (lang: Language, choices: OnePager["choices"]) => {
  const onePager: OnePager = {
    choices,
    picked: null,
    action: { phase: "idle" },
    pick: () => undefined,
    plan: async () => undefined,
    confirm: async () => undefined,
    cancel: () => undefined,
    dismissError: () => undefined,
  };
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <LangProvider value={langValue(lang)}>
        <OnePagerCard onePager={onePager} busy={false} />
      </LangProvider>
    </FluentProvider>
  );
};

describe.each<[Language, string, string]>([
  ["en", "Create one-pager", "Choose a key account"],
  ["de", "One-Pager erstellen", "Key Account wählen"],
])("the one-pager card, %s", (lang, button, placeholder) => {
  it("asks for a key account before the button can be used", () => {
    const html = card(lang, onePagerChoices(result, A_ONLY));
    expect(html).toContain(button);
    expect(html).toContain(`placeholder="${placeholder}"`);
    expect(html).toMatch(
      /data-testid="action-onePager-start"[^>]*disabled|disabled[^>]*data-testid="action-onePager-start"/
    );
    expect(html).not.toMatch(/\{\w+\}/);
  });

  it("says what is missing when there are no key accounts yet", () => {
    expect(card(lang, [])).toContain(
      lang === "en" ? "No key accounts yet" : "Noch keine Key Accounts"
    );
  });
});

describe("the last run card", () => {
  it("says that Refresh updates the one-pagers", () => {
    const run = { version: 1, outputs: {}, onePagers: ["kunde 1"] } as unknown as StoredRun;
    expect(refreshTouches(run, langValue("de").t)).toEqual([
      "den One-Pager von 1 Key Account; Ihre Eingaben darauf bleiben erhalten",
    ]);
    const two = { ...run, onePagers: ["kunde 1", "kunde 2"] };
    expect(refreshTouches(two, langValue("en").t)).toEqual([
      "the one-pagers of 2 key accounts; your entries on them stay",
    ]);
  });
});
