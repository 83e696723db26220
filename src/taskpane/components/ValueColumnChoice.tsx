import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { AnalysisResult } from "../../core/analyze";
import { useLang } from "../i18n/LangContext";
import type { OnSettings } from "../state/callbacks";
import type { PaneSettings } from "../state/settings";

/**
 * Which figure the ABC classes rank by: revenue, or contribution margin when the data has a
 * margin column (with the margin chosen, the result keeps revenue as its second figure).
 */
export function ValueColumnChoice(props: {
  result: AnalysisResult;
  settings: PaneSettings;
  onSettings: OnSettings;
}) {
  const { t } = useLang();
  const onMargin = props.settings.valueColumn === "margin";
  if (!props.result.customers.margin && !onMargin) return null;
  return (
    <Field label={t("valueColumnLabel")} hint={onMargin ? t("valueMarginHint") : undefined}>
      <RadioGroup
        value={props.settings.valueColumn}
        data-testid="value-column"
        onChange={(_, d) =>
          props.onSettings({ valueColumn: d.value === "margin" ? "margin" : "revenue" })
        }
      >
        <Radio value="revenue" label={t("valueRevenue")} />
        <Radio value="margin" label={t("valueMargin")} />
      </RadioGroup>
    </Field>
  );
}
