import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useLang } from "../i18n/LangContext";
import type { Busy } from "../state/notice";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  field: { flexGrow: 1, minWidth: 0 },
});

/** Long work: a labelled bar read out by screen readers, and a Stop button that always reacts. */
export function ProgressPanel(props: { busy: Busy | null; onStop: () => void }) {
  const { t, say } = useLang();
  const s = useStyles();
  // The live region stays mounted so that screen readers announce each new label.
  return (
    <div role="status" aria-live="polite" data-testid="progress">
      {props.busy && (
        <div className={s.panel}>
          <Field className={s.field} label={say(props.busy.label)} validationState="none">
            <ProgressBar value={props.busy.value} thickness="large" />
          </Field>
          <Button onClick={props.onStop} data-testid="stop">
            {t("stop")}
          </Button>
        </div>
      )}
    </div>
  );
}
