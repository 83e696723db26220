import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisResult } from "../../core/analyze";
import type { SourceData } from "../../excel/types";
import { useLang } from "../i18n/LangContext";

const useStyles = makeStyles({
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { overflowWrap: "anywhere" },
});

/** The Data step folded into one line: "Rechnungen!A1:F401 · Kunde / Umsatz · 4 rows skipped · Change". */
export function DataSummary(props: {
  source: SourceData;
  result: AnalysisResult;
  onChange: () => void;
}) {
  const { t } = useLang();
  const s = useStyles();
  const { table } = props.result;
  const header = (i: number | null) => (i === null ? "" : table.headers[i] || `#${i + 1}`);
  const skipped = table.stats.skippedRows;
  const parts = [
    props.source.ref.address,
    `${header(table.columns.customer)} / ${header(table.columns.revenue)}`,
    ...(skipped > 0 ? [t("rowsSkippedShort", { count: skipped })] : []),
  ];
  return (
    <div className={s.line} data-testid="data-summary">
      <Text size={200} className={s.text}>
        {parts.join(" · ")}
      </Text>
      <Button
        appearance="transparent"
        size="small"
        onClick={props.onChange}
        aria-label={`${t("change")}: ${t("dataSummaryLabel")}`}
        data-testid="data-change"
      >
        {t("change")}
      </Button>
    </div>
  );
}
