import { Button, Field, SpinButton, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { DEFAULT_XYZ_LIMITS, isDefaultXyzLimits, xyzLimitsValid } from "../../core/time/xyz";
import { limitText, xyzLimitsText } from "../../core/time/xyzLimitsText";
import { useLang } from "../i18n/LangContext";
import { spinValue } from "../logic/spinValue";
import type { FieldError } from "../logic/thresholds";
import {
  checkXyzLimits,
  sameLimits,
  stepFromTyped,
  withLimit,
  type XyzLimits,
} from "../logic/xyzLimits";
import type { OnXyzDraft, OnXyzLimits } from "../state/callbacks";
import { FieldGroup } from "./FieldGroup";

const useStyles = makeStyles({
  // Start-aligned: a message under one field must not stretch the other.
  pair: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  spin: { minWidth: "0", width: "100%" },
  reset: { alignSelf: "flex-start" },
});

/** Step and lowest value of both fields: CVs in twentieths are fine enough for monthly revenue. */
const STEP = 0.05;

/**
 * The XYZ limits of the analysis. The pane's settings only ever hold a valid pair (so a hidden
 * field can never block the analysis); a pair being typed that is not valid stays here, with its
 * message, until it is corrected.
 */
export function XyzLimitsChoice(props: {
  /** The limits of the settings (valid). */
  limits: XyzLimits;
  /** The limits the results on screen were computed with. */
  used: XyzLimits;
  onLimits: OnXyzLimits;
  disabled?: boolean;
}) {
  const [draft, setDraft] = useState({ of: props.limits, limits: props.limits });
  // Settings changed elsewhere (reset, Refresh with stored limits): the fields follow them.
  const shown = sameLimits(draft.of, props.limits) ? draft.limits : props.limits;
  const change = (next: XyzLimits) => {
    const valid = xyzLimitsValid(next);
    setDraft({ of: valid ? next : props.limits, limits: next });
    if (valid && !sameLimits(next, props.limits)) props.onLimits(next);
  };
  return (
    <XyzLimitsFields limits={shown} used={props.used} disabled={props.disabled} onChange={change} />
  );
}

/** The two fields as shown for a pair (valid or not), the hint, the reset and the messages. */
export function XyzLimitsFields(props: {
  limits: XyzLimits;
  used: XyzLimits;
  disabled?: boolean;
  onChange: OnXyzDraft;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const { limits } = props;
  const check = checkXyzLimits(limits, lang);
  const message = (e?: FieldError) => (e ? t(e.key, e.params) : undefined);
  const labels = ["xyzLimitX", "xyzLimitY"] as const;
  // An arrow key on text typed with a decimal comma: this field steps from the typed number and
  // the SpinButton's own change in the same key press (stepped from parseFloat's 0) is ignored.
  const stepped = useRef(false);
  return (
    <FieldGroup legend={t("xyzLimitsLabel")} testId="xyz-limits">
      <Text size={200}>{t("xyzLimitsHint")}</Text>
      <div className={s.pair}>
        {([0, 1] as const).map((i) => {
          const error = i === 0 ? check.x : check.y;
          // The text as typed, on Tab and Enter. The SpinButton leaves it out when it equals
          // the text before an arrow key's step ("0.7", ArrowUp, then "0.65" typed back).
          const commitTyped = (text: string) => {
            const v = spinValue(undefined, text);
            if (v !== null && v !== limits[i]) props.onChange(withLimit(limits, i, v));
          };
          return (
            <Field
              key={i}
              label={t(labels[i])}
              size="small"
              validationMessage={message(error)}
              validationState={error ? "error" : "none"}
            >
              <SpinButton
                className={s.spin}
                size="small"
                min={STEP}
                step={STEP}
                value={limits[i]}
                displayValue={limitText(limits[i], lang)}
                disabled={props.disabled}
                data-testid={`xyz-limit-${"xy"[i]}`}
                onBlur={(e) => commitTyped(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") commitTyped(e.currentTarget.value);
                  if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
                  const v = stepFromTyped(
                    e.currentTarget.value,
                    e.key === "ArrowUp" ? 1 : -1,
                    STEP,
                    STEP
                  );
                  if (v === null) return;
                  stepped.current = true;
                  queueMicrotask(() => (stepped.current = false));
                  props.onChange(withLimit(limits, i, v));
                }}
                onChange={(_, d) => {
                  if (stepped.current) return;
                  const v = spinValue(d.value, d.displayValue);
                  if (v !== null) props.onChange(withLimit(limits, i, v));
                }}
              />
            </Field>
          );
        })}
      </div>
      {!check.value && (
        <Text size={200} role="alert" data-testid="xyz-refused">
          {t("xyzLimitsRefused", { limits: xyzLimitsText(props.used, lang) })}
        </Text>
      )}
      {!isDefaultXyzLimits(limits) && (
        <Button
          className={s.reset}
          size="small"
          appearance="transparent"
          disabled={props.disabled}
          data-testid="xyz-reset"
          onClick={() => props.onChange(DEFAULT_XYZ_LIMITS)}
        >
          {t("xyzLimitsReset", {
            x: limitText(DEFAULT_XYZ_LIMITS[0], lang),
            y: limitText(DEFAULT_XYZ_LIMITS[1], lang),
          })}
        </Button>
      )}
    </FieldGroup>
  );
}
