import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AnalysisResult } from "../../core/analyze";
import { describeIssue, translate } from "../i18n/catalogue";
import { formatNumber } from "../../core/i18n/format";
import type { StringKey } from "../i18n/strings";
import { useLang } from "../i18n/LangContext";
import { qualityOf } from "../logic/results";
import type { Notice } from "../state/notice";
import { NoticeBar } from "./NoticeBar";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: "0",
  },
  value: { margin: "0", textAlign: "right", fontVariantNumeric: "tabular-nums" },
  term: { margin: "0" },
  list: {
    margin: "0",
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "240px",
    overflowY: "auto",
    fontSize: tokens.fontSizeBase200,
  },
  warnings: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
});

/** Rows used and skipped, repeated customers, credit notes, and the affected rows themselves. */
export function QualitySummary(props: {
  result: AnalysisResult;
  firstRow: number;
  onSelectRows: () => void;
  busy: boolean;
  /** What selecting the rows did (or why it failed). */
  selectNote: Notice | null;
  onDismissNote: () => void;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const q = qualityOf(props.result);
  const { issues, issueCounts } = props.result.table;
  const total = Object.values(issueCounts).reduce((a, b) => a + b, 0);
  const rows: [StringKey, number][] = [
    ["rowsUsed", q.rowsUsed],
    ["rowsSkipped", q.rowsSkipped],
    ["duplicatesSummed", q.duplicates],
    ["creditNotes", q.creditNotes],
  ];
  if (q.excludedCustomers > 0) rows.push(["customersExcluded", q.excludedCustomers]);
  return (
    <div data-testid="quality">
      <h3 style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>{t("qualityHeading")}</h3>
      <dl className={s.figures}>
        {rows.map(([key, n]) => (
          <div key={key} style={{ display: "contents" }}>
            <dt className={s.term}>{t(key)}</dt>
            <dd className={s.value}>{formatNumber(n, lang)}</dd>
          </div>
        ))}
      </dl>
      {props.result.warnings.length > 0 && (
        <ul className={s.warnings}>
          {props.result.warnings.map((w) => (
            <li key={w.code}>
              <Text size={200}>{translate(w, lang)}</Text>
            </li>
          ))}
        </ul>
      )}
      {issues.length === 0 ? (
        <Text size={200}>{t("noIssues")}</Text>
      ) : (
        <Accordion collapsible>
          <AccordionItem value="rows">
            <AccordionHeader size="small">{t("affectedRows", { count: total })}</AccordionHeader>
            <AccordionPanel>
              <ul className={s.list} data-testid="affected-rows">
                {issues.map((issue, i) => (
                  <li key={i}>{describeIssue(issue, lang, props.firstRow)}</li>
                ))}
              </ul>
              {total > issues.length && (
                <Text size={200}>{t("affectedRowsMore", { count: total - issues.length })}</Text>
              )}
              <Button
                size="small"
                onClick={props.onSelectRows}
                disabled={props.busy}
                data-testid="select-rows"
              >
                {t("selectAffectedRows")}
              </Button>
              {props.selectNote && (
                <NoticeBar
                  intent={selectNoteIntent(props.selectNote)}
                  notice={props.selectNote}
                  onDismiss={props.onDismissNote}
                />
              )}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}

/** Rows selected: info; only the first block (older Excel): warning; anything else failed. */
function selectNoteIntent(note: Notice): "info" | "warning" | "error" {
  if (note.kind === "ui" && note.key === "selectedRows") return "info";
  if (note.kind === "ui" && note.key === "selectedRowsFirstBlock") return "warning";
  return "error";
}
