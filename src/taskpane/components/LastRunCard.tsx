import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { dateTimeText } from "../../core/i18n/dates";
import type { StoredRun } from "../../excel/types";
import { useLang } from "../i18n/LangContext";
import { METHOD_KEYS } from "../i18n/strings";
import type { T } from "../i18n/text";
import { sheetOfAddress } from "../logic/goTo";
import { limitsText } from "../logic/results";
import type { Language } from "../../core/types";
import { Card } from "./Card";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: "0",
    fontSize: tokens.fontSizeBase200,
  },
  term: { margin: "0", color: tokens.colorNeutralForeground3 },
  value: { margin: "0", overflowWrap: "anywhere" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * The monthly refresh: what the last run was (source, method, date, key figures), what Refresh
 * will touch, and the Refresh button itself.
 */
export function LastRunCard(props: { run: StoredRun; busy: boolean; onRefresh: () => void }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const { run } = props;
  const f = run.figures;
  return (
    <Card id="last-run" title={t("lastRunHeading")} testId="last-run">
      <dl className={s.facts}>
        <dt className={s.term}>{t("lastRunSource")}</dt>
        <dd className={s.value} data-testid="last-run-source">
          {run.source.tableName ?? run.source.address}
        </dd>
        <dt className={s.term}>{t("lastRunMethod")}</dt>
        <dd className={s.value}>{storedMethodText(run, t, lang)}</dd>
        <dt className={s.term}>{t("lastRunDate")}</dt>
        <dd className={s.value}>{runDate(run.ranAt, lang)}</dd>
        {f && (
          <>
            <dt className={s.term}>{t("lastRunFigures")}</dt>
            <dd className={s.value} data-testid="last-run-figures">
              {t("lastRunCounts", {
                customers: f.customers,
                a: f.classes.A,
                b: f.classes.B,
                c: f.classes.C,
              })}
            </dd>
          </>
        )}
      </dl>
      <Text size={200} id="refresh-touches">
        {t("refreshWillTouch")}
      </Text>
      <ul className={s.list} data-testid="refresh-touches">
        {refreshTouches(run, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className={s.buttons}>
        <Button
          appearance="primary"
          disabled={props.busy}
          onClick={props.onRefresh}
          aria-describedby="refresh-touches"
          data-testid="refresh"
        >
          {t("refresh")}
        </Button>
      </div>
    </Card>
  );
}

function storedMethodText(run: StoredRun, t: T, lang: Language): string {
  const { method, thresholds, strict } = run.settings;
  const name = t(METHOD_KEYS[method]);
  if (method === "computed" || !thresholds) return name;
  return `${name}, ${limitsText(thresholds, lang)}${strict ? `, ${t("strict")}` : ""}`;
}

function runDate(iso: string, lang: Language): string {
  return dateTimeText(new Date(iso), lang);
}

/** The outputs Refresh rewrites, in words. */
export function refreshTouches(run: StoredRun, t: T): string[] {
  const o = run.outputs;
  const out: string[] = [];
  if (o.classColumns) out.push(t("refreshTouchColumns"));
  if (o.analysisSheet) out.push(t("refreshTouchAnalysis", { sheet: quoted(o.analysisSheet, t) }));
  if (o.kamSheets?.length) {
    const sheets = [...new Set(o.kamSheets.map(sheetOfAddress))];
    out.push(t("refreshTouchKam", { sheets: sheets.map((x) => quoted(x, t)).join(", ") }));
  }
  if (run.onePagers?.length) out.push(t("refreshTouchOnePagers", { count: run.onePagers.length }));
  if (out.length === 0) out.push(t("refreshTouchNothing"));
  return out;
}

/** A sheet name in the language's quotation marks: „ABC-Analyse“ or “ABC analysis”. */
export function quoted(name: string, t: T): string {
  return t("quoted", { text: name });
}
