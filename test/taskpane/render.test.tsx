import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { analyze } from "../../src/core/analyze";
import type { Language } from "../../src/core/types";
import { App } from "../../src/taskpane/App";
import { KamPicker } from "../../src/taskpane/components/KamPicker";
import { ResultsSection } from "../../src/taskpane/components/ResultsSection";
import { LangProvider, langValue } from "../../src/taskpane/i18n/LangContext";
import type { AnalysisRunner } from "../../src/taskpane/worker/client";
import { fakeApi, sampleGrid } from "./fakeApi";

const runner: AnalysisRunner = {
  run: async (grid, request) => analyze(grid, request.options),
  cancel: () => undefined,
};

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe.each<[Language, string, string]>([
  ["en", "Use selection", "Write to workbook"],
  ["de", "Auswahl verwenden", "In die Mappe schreiben"],
])("pane in %s", (lang, button, lastStep) => {
  it("renders the start state: the steps of a first analysis, Data open", () => {
    const html = renderToString(<App api={fakeApi(sampleGrid(), lang).api} runner={runner} />);
    expect(text(html)).toContain(button);
    expect(html).toContain('role="tablist"');
    // The tab shows a short label and is named in full.
    expect(html).toContain(`aria-label="${lastStep}"`);
    expect(html).toMatch(/role="tabpanel"[^>]*id="panel-data"|id="panel-data"[^>]*role="tabpanel"/);
    expect(html).toContain("<h1");
    expect(html).toContain('data-theme="light"');
  });

  it("renders results without unfilled placeholders", () => {
    const result = analyze(sampleGrid(57));
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <LangProvider value={langValue(lang)}>
          <ResultsSection result={result} onChangeMethod={() => undefined} />
        </LangProvider>
      </FluentProvider>
    );
    expect(text(html)).not.toMatch(/\{\w+\}/);
    expect(html).toContain('role="img"');
    expect(text(html)).toContain(lang === "en" ? "customers (" : "Kunden (");
    // The headline names class A for the method used; the top customers keep their full names.
    expect(text(html)).toMatch(
      lang === "en" ? /A: \d+ customers \(\d+%\) = / : /A: \d+ Kunden \(\d+\s%\) = /
    );
  });
});

describe.each<[Language, string, string, string]>([
  ["en", "Add single customers", "Picked by hand (2)", "not in the current data"],
  ["de", "Einzelne Kunden hinzufügen", "Von Hand gewählt (2)", "nicht in den aktuellen Daten"],
])("customers picked by hand, %s", (lang, label, heading, missing) => {
  it("labels the search, lists the picks with their figures and a named remove button", () => {
    const result = analyze(sampleGrid(57));
    const key = result.customers.keys[result.ranking.customer[40]];
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <LangProvider value={langValue(lang)}>
          <KamPicker
            result={result}
            includeB={false}
            extraKeys={[key, "gone gmbh"]}
            disabled={false}
            onChange={() => undefined}
          />
        </LangProvider>
      </FluentProvider>
    );
    const plain = text(html);
    expect(plain).toContain(label);
    expect(plain).toContain(heading);
    expect(plain).toContain("Kunde 41");
    expect(plain).toMatch(
      lang === "en" ? /Rank 41 · class [BC] · \d\.\d%/ : /Rang 41 · Klasse [BC] · \d,\d\s%/
    );
    expect(plain).toContain(missing);
    expect(plain).not.toMatch(/\{\w+\}/);
    expect(html).toMatch(/<label[^>]*for="[^"]+"[^>]*>/);
    expect(html).toContain('role="combobox"');
    expect(html).toContain(
      lang === "en" ? 'aria-label="Remove Kunde 41"' : 'aria-label="Kunde 41 entfernen"'
    );
    expect(html).toContain('role="status"');
  });
});

it("follows a dark Office theme", () => {
  const html = renderToString(
    <App
      api={fakeApi(sampleGrid()).api}
      runner={runner}
      officeTheme={{ bodyBackgroundColor: "#262626" }}
    />
  );
  expect(html).toContain('data-theme="dark"');
});
