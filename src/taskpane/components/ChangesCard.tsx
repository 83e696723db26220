import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isUnchanged, type Change, type RunChanges } from "../../core/run/changes";
import { useLang } from "../i18n/LangContext";
import { Card } from "./Card";
import type { OnGoTo } from "../state/callbacks";

const useStyles = makeStyles({
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SheetLink {
  label: string;
  address: string;
}

/**
 * What changed since the last run: customers, class counts, key accounts added and lost (from the
 * KAM refresh), and class moves once the time axis provides them. Plain data in, links out.
 */
export function ChangesCard(props: { changes: RunChanges; links: SheetLink[]; onGoTo: OnGoTo }) {
  const { t } = useLang();
  const s = useStyles();
  const c = props.changes;
  const lines: { key: string; text: string; change?: Change }[] = [];
  if (c.customers)
    lines.push({
      key: "customers",
      text: t("changesCustomers", { ...c.customers }),
      change: c.customers,
    });
  if (c.classes)
    for (const cls of ["A", "B", "C"] as const)
      lines.push({
        key: cls,
        text: t("changesClass", { cls, ...c.classes[cls] }),
        change: c.classes[cls],
      });
  if (c.keyAccountsAdded)
    lines.push({ key: "kamAdded", text: t("changesKamAdded", { count: c.keyAccountsAdded }) });
  if (c.keyAccountsLost)
    lines.push({ key: "kamLost", text: t("changesKamLost", { count: c.keyAccountsLost }) });
  for (const m of c.classMoves ?? [])
    if (m.count > 0)
      lines.push({ key: `${m.from}${m.to}`, text: `${m.from} → ${m.to}: ${m.count}` });
  return (
    <Card id="changes" title={t("changesHeading")} testId="changes">
      {!c.customers && <Text size={200}>{t("changesNoFigures")}</Text>}
      {c.customers && isUnchanged(c) && <Text size={200}>{t("changesNone")}</Text>}
      {lines.length > 0 && !(c.customers && isUnchanged(c)) && (
        <ul className={s.list}>
          {lines.map((l) => (
            <li key={l.key}>
              {l.text}
              {l.change && l.change.after !== l.change.before && (
                <span className={l.change.after > l.change.before ? s.up : s.down}>
                  {" "}
                  ({l.change.after > l.change.before ? "+" : "−"}
                  {Math.abs(l.change.after - l.change.before)})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.links.length > 0 && (
        <div className={s.links}>
          {props.links.map((l) => (
            <Button
              key={l.address}
              size="small"
              onClick={() => props.onGoTo(l.address)}
              data-testid="changes-link"
            >
              {l.label}
            </Button>
          ))}
        </div>
      )}
    </Card>
  );
}
