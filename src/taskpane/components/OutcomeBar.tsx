import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useLang } from "../i18n/LangContext";
import type { OnGoTo } from "../state/callbacks";
import type { Outcome } from "../state/usePane";
import { ReportLines } from "./ReportLines";

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
});

/**
 * The one-line confirmation of the last action or refresh, at the top where it stays in view; a
 * newer one replaces it. "Go to sheet" selects what was written; the report lines are one click away.
 */
export function OutcomeBar(props: { outcome: Outcome; onGoTo: OnGoTo; onDismiss: () => void }) {
  const { t, say } = useLang();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const { outcome } = props;
  const lines = outcome.report.lines;
  return (
    <MessageBar intent="success" layout="multiline" data-testid="outcome" data-kind={outcome.kind}>
      <MessageBarBody>
        <div className={s.line}>
          <span data-testid="outcome-text">{say(outcome.notice)}</span>
          {lines.length > 0 && (
            <Button
              appearance="transparent"
              size="small"
              aria-expanded={open}
              onClick={() => setOpen(!open)}
              data-testid="outcome-details"
            >
              {open ? t("hideDetails") : t("details")}
            </Button>
          )}
        </div>
        {open && (
          <div className={s.details}>
            <ReportLines lines={lines} testId="outcome-report" />
          </div>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {outcome.target && (
          <Button
            size="small"
            appearance="primary"
            onClick={() => props.onGoTo(outcome.target!)}
            data-testid="go-to-sheet"
          >
            {t("goToSheet")}
          </Button>
        )}
        <Button size="small" onClick={props.onDismiss}>
          {t("dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
