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
import { Card } from "./Card";
import { NoticeBar } from "./NoticeBar";
import { ReportLines } from "./ReportLines";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/**
 * One workbook action as a card: title, what it does, its options, its button. The button asks the
 * Excel layer what it will touch; the user confirms. The outcome is the pane's one-line
 * confirmation at the top. Focus follows so that the keyboard flow never gets lost.
 */
export function ActionCard(props: {
  kind: ActionKind | "onePager";
  title: string;
  label: string;
  hint: string;
  state: ActionState;
  disabled: boolean;
  onPlan: () => void;
  onConfirm: () => void;
  onCancel: () => void;
  onDismissError: () => void;
  children?: ReactNode;
}) {
  const { t } = useLang();
  const s = useStyles();
  const { phase, plan, error } = props.state;
  const button = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const planBox = useRef<HTMLDivElement>(null);
  const previous = useRef(phase);
  useEffect(() => {
    if (phase === "confirm") {
      // The whole plan in view, then the focus on Confirm.
      planBox.current?.scrollIntoView?.({ block: "nearest" });
      confirm.current?.focus({ preventScroll: true });
    }
    // Back to the action button once the plan or the running step has gone.
    if ((previous.current === "confirm" || previous.current === "running") && phase !== "confirm")
      button.current?.focus({ preventScroll: true });
    previous.current = phase;
  }, [phase]);
  return (
    <Card id={`action-${props.kind}`} title={props.title} level={3} testId={`action-${props.kind}`}>
      <Text size={200}>{props.hint}</Text>
      {props.children}
      {phase === "confirm" && plan ? (
        <div ref={planBox}>
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
        </div>
      ) : (
        <Button
          ref={button}
          disabled={props.disabled || phase === "planning" || phase === "running"}
          onClick={props.onPlan}
          data-testid={`action-${props.kind}-start`}
        >
          {props.label}
        </Button>
      )}
      {error && <NoticeBar intent="error" notice={error} onDismiss={props.onDismissError} />}
    </Card>
  );
}
