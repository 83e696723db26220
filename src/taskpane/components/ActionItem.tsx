import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";
import { useLang } from "../i18n/LangContext";
import type { ActionKind, ActionState } from "../state/usePane";
import { DismissAction, NoticeBar } from "./NoticeBar";
import { ReportLines } from "./ReportLines";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  button: { alignSelf: "stretch" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/**
 * One workbook action: the button asks the Excel layer what it will touch, the user confirms,
 * then the pane shows what was done. Focus follows so that the keyboard flow never gets lost.
 */
export function ActionItem(props: {
  kind: ActionKind;
  label: string;
  hint: string;
  state: ActionState;
  disabled: boolean;
  onPlan: () => void;
  onConfirm: () => void;
  onCancel: () => void;
  onDismiss: () => void;
  children?: ReactNode;
}) {
  const { t } = useLang();
  const s = useStyles();
  const { phase, plan, report, error } = props.state;
  const button = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const previous = useRef(phase);
  useEffect(() => {
    if (phase === "confirm") confirm.current?.focus();
    // Back to the action button once the plan or the running step has gone.
    if ((previous.current === "confirm" || previous.current === "running") && phase !== "confirm")
      button.current?.focus();
    previous.current = phase;
  }, [phase]);
  return (
    <div className={s.item} data-testid={`action-${props.kind}`}>
      {props.children}
      <Button
        ref={button}
        className={s.button}
        disabled={props.disabled || phase === "planning" || phase === "running"}
        onClick={props.onPlan}
        data-testid={`action-${props.kind}-start`}
      >
        {props.label}
      </Button>
      <Text size={200}>{props.hint}</Text>
      {phase === "confirm" && plan && (
        <MessageBar intent="info" layout="multiline" data-testid={`action-${props.kind}-plan`}>
          <MessageBarBody>
            <MessageBarTitle>{t("willTouch")}</MessageBarTitle>
            <ReportLines lines={plan.lines} />
            <div className={s.actions}>
              <Button
                ref={confirm}
                appearance="primary"
                size="small"
                onClick={props.onConfirm}
                data-testid={`action-${props.kind}-confirm`}
              >
                {t("confirm")}
              </Button>
              <Button size="small" onClick={props.onCancel}>
                {t("cancel")}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {error && <NoticeBar intent="error" notice={error} onDismiss={props.onDismiss} />}
      {phase === "done" && report && (
        <MessageBar intent="success" layout="multiline" data-testid={`action-${props.kind}-done`}>
          <MessageBarBody>
            <MessageBarTitle>{t("done")}</MessageBarTitle>
            <ReportLines lines={report.lines} />
          </MessageBarBody>
          <DismissAction onDismiss={props.onDismiss} />
        </MessageBar>
      )}
    </div>
  );
}
