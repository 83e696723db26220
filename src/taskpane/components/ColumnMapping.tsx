import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnSource } from "../../core/table/guessColumns";
import type { ColumnMapping as Mapping, ColumnRole } from "../../core/types";
import type { StringKey } from "../i18n/strings";
import { useLang } from "../i18n/LangContext";
import type { ColumnChoice, OnColumnChange } from "../logic/source";

const ROLES: { role: ColumnRole; label: StringKey; optional: boolean }[] = [
  { role: "customer", label: "colCustomer", optional: false },
  { role: "revenue", label: "colRevenue", optional: false },
  { role: "customerId", label: "colCustomerId", optional: true },
  { role: "margin", label: "colMargin", optional: true },
  { role: "date", label: "colDate", optional: true },
];

const SOURCE_HINT: Partial<Record<ColumnSource, StringKey>> = {
  header: "detectedByHeader",
  content: "detectedByContent",
  user: "chosenByYou",
};

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0", width: "100%" },
});

const NONE = "none";

/** One dropdown per role; choosing a column re-runs the analysis with that override. */
export function ColumnMapping(props: {
  choices: ColumnChoice[];
  mapping: Partial<Mapping>;
  sources: Partial<Record<ColumnRole, ColumnSource>>;
  onChange: OnColumnChange;
  disabled?: boolean;
}) {
  const { t } = useLang();
  const s = useStyles();
  const label = (c: ColumnChoice) =>
    c.header ? t("colOption", { letter: c.letter, header: c.header }) : c.letter;
  return (
    <div className={s.grid} role="group" aria-label={t("columnMapping")}>
      {ROLES.map(({ role, label: key, optional }) => {
        const index = props.mapping[role];
        const chosen = index === null || index === undefined ? undefined : props.choices[index];
        const value = chosen ? label(chosen) : optional || index === null ? t("colNone") : "";
        const hintKey = props.sources[role] && SOURCE_HINT[props.sources[role]!];
        return (
          <Field key={role} label={t(key)} hint={chosen && hintKey ? t(hintKey) : undefined}>
            <Dropdown
              className={s.dropdown}
              data-testid={`map-${role}`}
              disabled={props.disabled}
              value={value}
              selectedOptions={[chosen ? String(chosen.index) : NONE]}
              onOptionSelect={(_, d) => {
                if (!d.optionValue) return;
                props.onChange(role, d.optionValue === NONE ? null : Number(d.optionValue));
              }}
            >
              {optional && <Option value={NONE}>{t("colNone")}</Option>}
              {props.choices.map((c) => (
                <Option key={c.index} value={String(c.index)} text={label(c)}>
                  {label(c)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
