import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { useLang } from "../i18n/LangContext";
import type { Notice } from "../state/notice";

/** A notice as a Fluent MessageBar; errors carry a title, every text says what to do next. */
export function NoticeBar(props: {
  notice: Notice;
  intent: MessageBarIntent;
  /** Replaces the intent's default title ("Check the selection" for ordinary mistakes). */
  title?: string;
  /** A second sentence for the case at hand. */
  advice?: string;
  onDismiss?: () => void;
}) {
  const { t, say } = useLang();
  const title =
    props.title ??
    (props.intent === "error"
      ? t("errorTitle")
      : props.intent === "warning"
        ? t("warningTitle")
        : undefined);
  return (
    <MessageBar intent={props.intent} layout="multiline" data-testid={`notice-${props.intent}`}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {say(props.notice)}
        {props.advice && ` ${props.advice}`}
      </MessageBarBody>
      {props.onDismiss && <DismissAction onDismiss={props.onDismiss} />}
    </MessageBar>
  );
}

/** The "Dismiss" button at the end of a MessageBar. */
export function DismissAction({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useLang();
  return (
    <MessageBarActions>
      <Button size="small" onClick={onDismiss}>
        {t("dismiss")}
      </Button>
    </MessageBarActions>
  );
}
