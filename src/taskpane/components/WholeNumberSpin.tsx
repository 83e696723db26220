import { Field, SpinButton, makeStyles } from "@fluentui/react-components";

import { wholeNumberOf } from "../logic/spinValue";
import type { OnWholeNumber } from "../state/callbacks";

const useStyles = makeStyles({ spin: { minWidth: "0", width: "100%" } });

/** A labelled SpinButton for a whole number within min-max (weights, minimum score, count). */
export function WholeNumberSpin(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  disabled: boolean;
  testId: string;
  className?: string;
  onValue: OnWholeNumber;
}) {
  const s = useStyles();
  return (
    <Field label={props.label} size="small" className={props.className}>
      <SpinButton
        className={s.spin}
        size="small"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={props.value}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(_, d) => {
          const v = wholeNumberOf(d.value, d.displayValue);
          if (v !== null && v >= props.min && v <= props.max) props.onValue(v);
        }}
      />
    </Field>
  );
}
