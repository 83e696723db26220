import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Method } from "../../core/types";
import { useLang } from "../i18n/LangContext";
import type { OnSettings } from "../state/callbacks";
import { METHOD_KEYS } from "../i18n/strings";
import { checkThresholds, FIXED_PRESETS, type FieldError } from "../logic/thresholds";
import { fieldsOf, type PaneSettings } from "../state/settings";

const useStyles = makeStyles({
  pair: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: tokens.spacingHorizontalM,
    alignItems: "start",
  },
  presets: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  input: { minWidth: "0", width: "100%" },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: "0",
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface MethodProps {
  settings: PaneSettings;
  onSettings: OnSettings;
}

/** The ABC method and its limits; `children` (the current headline) sits right below them. */
export function MethodSection(props: MethodProps & { children?: ReactNode }) {
  const { t } = useLang();
  const s = useStyles();
  const { settings, onSettings } = props;
  const { method } = settings;
  return (
    <section className={s.section} aria-labelledby="method-h" id="method">
      <h3 id="method-h" className={s.heading}>
        {t("methodHeading")}
      </h3>
      <Field label={t("methodLabel")}>
        <RadioGroup
          value={method}
          data-testid="method"
          onChange={(_, d) => onSettings({ method: d.value as Method })}
        >
          {(Object.keys(METHOD_KEYS) as Method[]).map((m) => (
            <Radio key={m} value={m} label={t(METHOD_KEYS[m])} />
          ))}
        </RadioGroup>
      </Field>
      {method === "computed" ? (
        <Text size={200} data-testid="computed-explanation">
          {t("computedExplanation")}
        </Text>
      ) : (
        <Thresholds {...props} />
      )}
      {method === "fixed" && (
        <Field hint={t("strictHint")}>
          <Switch
            checked={settings.strict}
            label={t("strict")}
            data-testid="strict"
            onChange={(_, d) => onSettings({ strict: d.checked })}
          />
        </Field>
      )}
      {props.children}
    </section>
  );
}

/** A and B limits with inline validation, and presets that fill both at once. */
function Thresholds({ settings, onSettings }: MethodProps) {
  const { t } = useLang();
  const s = useStyles();
  const method = settings.method as "fixed" | "count";
  const fields = fieldsOf(settings);
  const check = checkThresholds(method, fields.a, fields.b);
  const set = (p: Partial<typeof fields>) =>
    onSettings({ [method]: { ...fields, ...p } } as Partial<typeof settings>);
  const message = (e?: FieldError) => (e ? t(e.key, e.params) : undefined);
  const labels =
    method === "fixed" ? (["thresholdA", "thresholdB"] as const) : (["countA", "countB"] as const);
  return (
    <>
      {method === "fixed" && (
        <div className={s.presets} role="group" aria-label={t("presets")}>
          <Text size={200}>{t("presets")}</Text>
          {FIXED_PRESETS.map(([a, b]) => {
            const active = fields.a === String(a) && fields.b === String(b);
            return (
              <Button
                key={`${a}-${b}`}
                size="small"
                appearance={active ? "primary" : "secondary"}
                aria-pressed={active}
                data-testid={`preset-${a}-${b}`}
                onClick={() => set({ a: String(a), b: String(b) })}
              >
                {t("preset", { a, b })}
              </Button>
            );
          })}
        </div>
      )}
      <div className={s.pair}>
        {(["a", "b"] as const).map((k, i) => (
          <Field
            key={k}
            label={t(labels[i])}
            validationMessage={message(check[k])}
            validationState={check[k] ? "error" : "none"}
          >
            <Input
              className={s.input}
              inputMode="decimal"
              value={fields[k]}
              data-testid={`threshold-${k}`}
              onChange={(_, d) => set({ [k]: d.value })}
            />
          </Field>
        ))}
      </div>
    </>
  );
}
