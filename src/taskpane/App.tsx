import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Language } from "../core/types";
import type { ExcelApi } from "../excel/api";
import { LangProvider, langValue } from "./i18n/LangContext";
import { themeFor, type OfficeThemeColors } from "./logic/theme";
import { Pane } from "./components/Pane";
import type { AnalysisRunner } from "./worker/client";

export interface AppProps {
  /** The Excel layer (real binding or a test fake), passed in so the UI never touches Office. */
  api: ExcelApi;
  runner: AnalysisRunner;
  officeTheme?: OfficeThemeColors | null;
  /** Defaults to Office's display language via the Excel layer. */
  language?: Language;
}

export function App({ api, runner, officeTheme, language }: AppProps) {
  const lang = language ?? api.language();
  const dark = themeFor(officeTheme) === "dark";
  const value = useMemo(() => langValue(lang), [lang]);
  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      lang={lang}
      style={{ minHeight: "100vh" }}
      data-theme={dark ? "dark" : "light"}
    >
      <LangProvider value={value}>
        <Pane api={api} runner={runner} />
      </LangProvider>
    </FluentProvider>
  );
}
