import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Tab,
  TabList,
  ToggleButton,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../core/types";
import type { ExcelApi } from "../excel/api";
import { App } from "../taskpane/App";
import type { AnalysisRunner } from "../taskpane/worker/client";
import type { FakeHost } from "../../fake-excel";
import { ChartPreview } from "./ChartPreview";
import { FormulaCell } from "./formula/FormulaCell";
import { SheetGrid } from "./SheetGrid";
import { de, en } from "./strings";

const THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#333333",
    controlForegroundColor: "#FFFFFF",
  },
};

const useStyles = makeStyles({
  page: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  bannerBar: { flexGrow: 1, flexBasis: "420px" },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
  langs: { display: "flex", gap: tokens.spacingHorizontalXS },
  main: { display: "flex", flexWrap: "wrap", flexGrow: 1, alignItems: "stretch" },
  workbook: {
    flexGrow: 1,
    flexBasis: "480px",
    minWidth: "0",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  pane: {
    width: "350px",
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    maxHeight: "calc(100vh - 60px)",
    overflowY: "auto",
  },
  charts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  h2: { fontSize: tokens.fontSizeBase400, margin: "0" },
});

/** The real task pane next to the fake host's workbook, for demos and screenshots. */
export function Playground(props: {
  host: FakeHost;
  api: ExcelApi;
  runner: AnalysisRunner;
  initialLang: Language;
  initialDark: boolean;
  onAddRows: () => void;
  onLargeSheet: () => void;
  onReset: () => void;
}) {
  const { host, api, runner } = props;
  const s = useStyles();
  const [lang, setLang] = useState<Language>(props.initialLang);
  const [dark, setDark] = useState(props.initialDark);
  const [version, setVersion] = useState(0);
  const model = host.workbook;
  const text = lang === "de" ? de : en;

  // Re-render the grid whenever the add-in or the model changes the workbook.
  useEffect(() => model.onChange(() => setVersion((v) => v + 1)), [model]);

  const paneBox = useRef<HTMLElement>(null);
  // Office tells the pane its language and theme; the switches change what the fake Office says.
  useEffect(() => {
    paneBox.current?.scrollTo({ top: 0 });
    host.Office.context.displayLanguage = lang === "de" ? "de-DE" : "en-US";
    host.Office.context.officeTheme = { ...THEMES[dark ? "dark" : "light"] };
    document.documentElement.lang = lang;
  }, [host, lang, dark]);

  const sheet = model.activeSheet;
  const charts = useMemo(() => model.getSheet(sheet).charts(), [model, sheet, version]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={s.page}>
      <header className={s.toolbar}>
        <MessageBar
          intent="warning"
          layout="multiline"
          className={s.bannerBar}
          data-testid="pg-banner"
        >
          <MessageBarBody>
            <MessageBarTitle>{text.banner}</MessageBarTitle>
            {text.bannerHint}
          </MessageBarBody>
        </MessageBar>
        <div className={s.controls}>
          <div role="group" aria-label={text.language} className={s.langs}>
            {(["en", "de"] as const).map((l) => (
              <ToggleButton
                key={l}
                size="small"
                checked={lang === l}
                appearance={lang === l ? "primary" : "secondary"}
                onClick={() => setLang(l)}
                data-testid={`pg-lang-${l}`}
              >
                {l === "en" ? "English" : "Deutsch"}
              </ToggleButton>
            ))}
          </div>
          <Switch
            checked={dark}
            label={text.dark}
            onChange={(_, d) => setDark(d.checked)}
            data-testid="pg-dark"
          />
          <Button size="small" onClick={props.onAddRows} data-testid="pg-add-rows">
            {text.addRows}
          </Button>
          <Button size="small" onClick={props.onLargeSheet} data-testid="pg-large">
            {text.largeSheet}
          </Button>
          <Button size="small" onClick={props.onReset}>
            {text.reset}
          </Button>
        </div>
      </header>
      <div className={s.main}>
        <section className={s.workbook} aria-label={text.workbook}>
          <TabList
            selectedValue={sheet}
            onTabSelect={(_, d) => model.activate(String(d.value))}
            aria-label={text.sheets}
            size="small"
            data-testid="pg-tabs"
          >
            {model.sheetNames.map((name) => (
              <Tab key={name} value={name}>
                {name}
              </Tab>
            ))}
          </TabList>
          <SheetGrid
            key={`${sheet}-${version}`}
            model={model}
            sheet={sheet}
            text={text}
            lang={lang}
          />
          <FormulaCell model={model} sheet={sheet} lang={lang} version={version} />
          {charts.length > 0 && (
            <>
              <h2 className={s.h2}>{text.charts}</h2>
              <div className={s.charts}>
                {charts.map((c) => (
                  <ChartPreview key={c.id} chart={c} model={model} />
                ))}
              </div>
            </>
          )}
        </section>
        <aside ref={paneBox} className={s.pane} aria-label={text.pane} data-testid="pg-pane">
          {/* A new key remounts the pane, as Office reloads it after a language or theme change. */}
          <App
            key={`${lang}-${dark}`}
            api={api}
            runner={runner}
            language={lang}
            officeTheme={host.Office.context.officeTheme && THEMES[dark ? "dark" : "light"]}
          />
        </aside>
      </div>
    </FluentProvider>
  );
}
