import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { analyze } from "../../src/core/analyze";
import type { Language } from "../../src/core/types";
import { App } from "../../src/taskpane/App";
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
  ["en", "Use selection", "Method"],
  ["de", "Auswahl verwenden", "Methode"],
])("pane in %s", (lang, button, heading) => {
  it("renders the start state with headings and labels", () => {
    const html = renderToString(<App api={fakeApi(sampleGrid(), lang).api} runner={runner} />);
    expect(text(html)).toContain(button);
    expect(html).toMatch(new RegExp(`<h2[^>]*>${heading}</h2>`));
    expect(html).toContain("<h1");
    expect(html).toContain('data-theme="light"');
  });

  it("renders results without unfilled placeholders", () => {
    const result = analyze(sampleGrid(57));
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <LangProvider value={langValue(lang)}>
          <ResultsSection result={result} />
        </LangProvider>
      </FluentProvider>
    );
    expect(text(html)).not.toMatch(/\{\w+\}/);
    expect(html).toContain('role="img"');
    expect(text(html)).toContain(lang === "en" ? "customers (" : "Kunden (");
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
