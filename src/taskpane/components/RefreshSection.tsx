import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { useLang } from "../i18n/LangContext";
import { METHOD_KEYS } from "../i18n/strings";
import type { Pane } from "../state/usePane";
import { DismissAction } from "./NoticeBar";
import { ReportLines } from "./ReportLines";
import { Section } from "./Section";

/** One click repeats the stored run on the same (possibly grown) data and rewrites its outputs. */
export function RefreshSection({ pane }: { pane: Pane }) {
  const { t, lang, say } = useLang();
  const { storedRun, busy, refreshReport, refreshInfo } = pane.state;
  const date = storedRun
    ? new Date(storedRun.ranAt).toLocaleString(lang === "de" ? "de-DE" : "en-US", {
        dateStyle: "medium",
        timeStyle: "short",
      })
    : "";
  return (
    <Section id="refresh" title={t("refreshHeading")}>
      <Text size={200} data-testid="refresh-hint">
        {storedRun
          ? t("refreshHint", { method: t(METHOD_KEYS[storedRun.settings.method]), date })
          : t("refreshNone")}
      </Text>
      <Button
        disabled={!storedRun || !!busy}
        onClick={() => void pane.refresh()}
        data-testid="refresh"
      >
        {t("refresh")}
      </Button>
      {refreshInfo && (
        <MessageBar
          intent={refreshReport ? "success" : "info"}
          layout="multiline"
          data-testid="refresh-outcome"
        >
          <MessageBarBody>
            <MessageBarTitle>{say(refreshInfo)}</MessageBarTitle>
            {refreshReport && refreshReport.lines.length > 0 && (
              <ReportLines lines={refreshReport.lines} testId="refresh-report" />
            )}
          </MessageBarBody>
          <DismissAction onDismiss={() => pane.dismiss("refreshInfo")} />
        </MessageBar>
      )}
    </Section>
  );
}
