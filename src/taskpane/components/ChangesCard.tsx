import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { dayText } from "../../core/i18n/dates";
import { isUnchanged, type Change, type RunChanges } from "../../core/run/changes";
import { useLang } from "../i18n/LangContext";
import { moveClass, type MoverView } from "../logic/timeResults";
import { Card } from "./Card";
import type { OnGoTo } from "../state/callbacks";

const useStyles = makeStyles({
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  sub: { margin: "0", fontSize: tokens.fontSizeBase300 },
  meta: { color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
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
      <ClassMoves changes={c} />
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

/** Class moves since the last run's record: counts per transition, then the customers who moved. */
function ClassMoves({ changes: c }: { changes: RunChanges }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const moves = (c.classMoves ?? []).filter((m) => m.count > 0);
  if (!c.lastRunDate || moves.length === 0) return null;
  const movers: MoverView[] = (c.movers ?? []).map((m) => ({
    name: m.name,
    text: `${moveClass(m.from, t)} → ${moveClass(m.to, t)}`,
  }));
  const more = (c.moverCount ?? movers.length) - movers.length;
  return (
    <>
      <h3 className={s.sub}>{t("changesMovesHeading", { date: dayText(c.lastRunDate, lang) })}</h3>
      <ul className={s.list} data-testid="changes-moves">
        {moves.map((m) => (
          <li key={`${m.from}>${m.to}`}>
            {t("changesMove", {
              from: moveClass(m.from, t),
              to: moveClass(m.to, t),
              count: m.count,
            })}
          </li>
        ))}
      </ul>
      <ul className={s.list} data-testid="changes-movers">
        {movers.map((m, i) => (
          <li key={`${m.name}|${i}`}>
            {m.name} <span className={s.meta}>{m.text}</span>
          </li>
        ))}
        {more > 0 && <li>{t("changesMoversMore", { count: more })}</li>}
      </ul>
    </>
  );
}
