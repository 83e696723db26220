import { makeStyles, tokens } from "@fluentui/react-components";
import { translate } from "../i18n/catalogue";
import type { Message } from "../../core/types";
import { useLang } from "../i18n/LangContext";

const useStyles = makeStyles({
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
});

/** The lines of an ActionReport (plan or outcome) in the user's language. */
export function ReportLines({ lines, testId }: { lines: Message[]; testId?: string }) {
  const { lang } = useLang();
  const s = useStyles();
  return (
    <ul className={s.list} data-testid={testId}>
      {lines.map((l, i) => (
        <li key={i}>{translate(l, lang)}</li>
      ))}
    </ul>
  );
}
