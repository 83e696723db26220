import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DueItem } from "../../excel/types";
import { useLang } from "../i18n/LangContext";
import type { T } from "../i18n/text";
import type { OnGoTo } from "../state/callbacks";
import { Card } from "./Card";
import { usePlainList } from "./plainList";

const useStyles = makeStyles({
  item: {
    justifyContent: "flex-start",
    textAlign: "left",
    minWidth: "0",
    maxWidth: "100%",
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: "flex", flexDirection: "column", minWidth: "0", overflowWrap: "anywhere" },
  overdue: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  soon: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** "in 3 days", "today", "5 days overdue". */
export function dueWhen(days: number, t: T): string {
  if (days === 0) return t("dueToday");
  return days > 0 ? t("dueInDays", { count: days }) : t("dueAgo", { count: -days });
}

export function dueText(item: DueItem, t: T): string {
  return item.kind === "review"
    ? t("dueReview", { customer: item.customer })
    : t("dueAction", { action: item.action, customer: item.customer });
}

/** Reviews due and overdue actions, each a button that selects its row in Excel. */
export function DueItemsCard(props: { items: readonly DueItem[]; onGoTo: OnGoTo }) {
  const { t } = useLang();
  const s = useStyles();
  const plain = usePlainList();
  return (
    <Card id="due" title={t("dueHeading")} testId="due">
      <Text size={200}>{t("dueIntro")}</Text>
      <ul className={plain.list} data-testid="due-list">
        {props.items.map((item) => {
          const text = dueText(item, t);
          const when = dueWhen(item.days, t);
          return (
            <li key={`${item.kind}|${item.address}`}>
              <Button
                className={s.item}
                appearance="subtle"
                onClick={() => props.onGoTo(item.address)}
                data-testid="due-item"
              >
                <span className={s.text}>
                  <span>{text}</span>
                  <span className={item.days < 0 ? s.overdue : s.soon}>{when}</span>
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
