import {
  Button,
  Dropdown,
  Field,
  Option,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { translate } from "../i18n/catalogue";
import type { AnalysisResult } from "../../core/analyze";
import { monthText } from "../../core/i18n/dates";
import type { ColumnRole } from "../../core/types";
import type { SourceData } from "../../excel/types";
import { useLang } from "../i18n/LangContext";
import { columnChoices } from "../logic/source";
import type { Notice } from "../state/notice";
import type { PaneSettings } from "../state/settings";
import { ColumnMapping } from "./ColumnMapping";
import type { OnSettings } from "../state/callbacks";
import { NoticeBar } from "./NoticeBar";
import { QualitySummary } from "./QualitySummary";

const useStyles = makeStyles({
  range: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0", width: "100%" },
});

/** Rows offered as header row: the detector looks at the top of the data as well. */
const HEADER_CHOICES = 10;

/** What the Data step shows and changes: the source, its analysis table and the read settings. */
export interface DataProps {
  source: SourceData | null;
  result: AnalysisResult | null;
  lastTable: AnalysisResult["table"] | null;
  settings: PaneSettings;
  busy: boolean;
  dataInfo: Notice | null;
  onRead: () => void;
  onSettings: OnSettings;
  onSelectRows: () => void;
  onDismissNote: () => void;
}

export function DataSection(props: DataProps) {
  const { t, lang } = useLang();
  const s = useStyles();
  const { source, result, lastTable, settings, busy } = props;
  const table = result?.table ?? lastTable;
  return (
    <div className={s.stack}>
      <Text size={200}>{t("useSelectionHint")}</Text>
      <Button appearance="primary" onClick={props.onRead} data-testid="use-selection">
        {t("useSelection")}
      </Button>
      {!source && <Text size={200}>{t("noSourceYet")}</Text>}
      {source && (
        <div className={s.stack}>
          <Field label={t("range")}>
            <Text className={s.range} data-testid="range">
              {source.ref.address}
            </Text>
          </Field>
          {/* Until the first analysis of new data ends there is nothing to show or override. */}
          {(table || !busy) && <Mapping {...props} />}
          <Field hint={t("visibleOnlyHint")}>
            <Switch
              checked={settings.visibleOnly}
              label={t("visibleOnly")}
              data-testid="visible-only"
              onChange={(_, d) => props.onSettings({ visibleOnly: d.checked })}
            />
          </Field>
          {source.hiddenRows.length > 0 && (
            <NoticeBar
              intent="info"
              notice={{
                kind: "ui",
                key: settings.visibleOnly ? "hiddenRowsLeftOut" : "hiddenRowsCount",
                params: { count: source.hiddenRows.length },
              }}
            />
          )}
          {source.notes.map((n, i) => (
            <Text key={i} size={200}>
              {translate(n, lang)}
            </Text>
          ))}
          {result && (
            <QualitySummary
              result={result}
              firstRow={source.firstRow}
              busy={busy}
              onSelectRows={props.onSelectRows}
              selectNote={props.dataInfo}
              onDismissNote={props.onDismissNote}
            />
          )}
        </div>
      )}
    </div>
  );
}

/** Header row and column roles, each overridable; a change re-runs the analysis. */
function Mapping(props: DataProps) {
  const { source, result, lastTable, settings, busy } = props;
  const table = result?.table ?? lastTable;
  if (!source) return null;
  return (
    <>
      <HeaderRow {...props} detected={table?.headerRow} />
      <ColumnMapping
        choices={columnChoices(
          source,
          table?.headers ?? null,
          settings.headerRow ?? table?.headerRow ?? 0
        )}
        mapping={{ ...(table?.columns ?? {}), ...settings.columns }}
        sources={table?.columnSource ?? {}}
        disabled={busy}
        onChange={(role: ColumnRole, index) =>
          props.onSettings({ columns: { ...settings.columns, [role]: index } })
        }
      />
      {table?.timeLayout === "monthColumns" && table.monthColumns && (
        <MonthColumnsLine months={table.monthColumns.months} />
      )}
    </>
  );
}

/** The wide layout: which month columns were found (the revenue is their sum over the period). */
function MonthColumnsLine({ months }: { months: number[] }) {
  const { t, lang } = useLang();
  return (
    <Text size={200} data-testid="month-columns">
      {t("monthColumnsFound", {
        count: months.length,
        from: monthText(Math.min(...months), lang),
        to: monthText(Math.max(...months), lang),
      })}
    </Text>
  );
}

function HeaderRow(props: DataProps & { detected: number | null | undefined }) {
  const { t } = useLang();
  const s = useStyles();
  const { source, settings, busy, detected } = props;
  if (!source) return null;
  const chosen = settings.headerRow !== undefined ? settings.headerRow : detected;
  const rows = Math.min(HEADER_CHOICES, source.grid.length);
  const label = (r: number | null) =>
    r === null ? t("headerRowNone") : t("headerRowOption", { row: String(source.firstRow + r) });
  return (
    <Field label={t("headerRow")}>
      <Dropdown
        className={s.dropdown}
        data-testid="header-row"
        disabled={busy}
        value={chosen === undefined ? "" : label(chosen)}
        selectedOptions={chosen === undefined ? [] : [String(chosen)]}
        onOptionSelect={(_, d) => {
          if (d.optionValue === undefined) return;
          const headerRow = d.optionValue === "null" ? null : Number(d.optionValue);
          // Another header row means other column names: detect the mapping anew.
          props.onSettings({ headerRow, columns: {} });
        }}
      >
        <Option value="null">{t("headerRowNone")}</Option>
        {Array.from({ length: rows }, (_, r) => (
          <Option key={r} value={String(r)}>
            {label(r)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
