// Actions: what is done for which key account, in which marketing-mix dimension, by when.
import { AMBER, RED, SOON_DAYS } from "./colors";
import { FORMATS, choice, date, longText, text } from "./columns";
import { listSpec } from "./lists";
import type { ColumnSpec, TableSpec } from "./types";

export const ACTIONS_TABLE_NAME = "KAM_Actions";

const percentDone: ColumnSpec = {
  id: "percentDone",
  header: { en: "% done", de: "% erledigt" },
  kind: "manual",
  type: "percent",
  numberFormat: FORMATS.wholePercent,
  width: 70,
  validation: {
    kind: "decimal",
    min: 0,
    max: 1,
    message: {
      en: "Enter a percentage from 0% to 100%.",
      de: "Geben Sie einen Prozentwert von 0 % bis 100 % ein.",
    },
  },
};

export const ACTION_COLUMNS: readonly ColumnSpec[] = [
  // Warning only: actions of a former key account stay valid.
  choice("customer", { en: "Customer", de: "Kunde" }, "keyAccounts", 180, false),
  longText("action", { en: "Action", de: "Maßnahme" }),
  choice(
    "dimension",
    { en: "Marketing-mix dimension", de: "Marketing-Mix-Dimension" },
    "focus",
    130
  ),
  text("owner", { en: "Owner", de: "Verantwortlich" }, "manual", 110),
  date("start", { en: "Start", de: "Start" }),
  date("due", { en: "Due", de: "Fällig" }),
  choice("status", { en: "Status", de: "Status" }, "actionStatus", 100),
  percentDone,
  longText("result", { en: "Result", de: "Ergebnis" }),
];

/** Status labels, in both languages, that end an action: such actions are never overdue. */
function closedStatusTests(cell: string): string {
  const labels = listSpec("actionStatus").values;
  const closed = [labels.en[2], labels.de[2], labels.en[4], labels.de[4]];
  return closed.map((l) => `${cell}<>"${l}"`).join(",");
}

export const ACTIONS_TABLE: TableSpec = {
  id: "actions",
  sheet: { en: "Actions", de: "Maßnahmen" },
  tableName: ACTIONS_TABLE_NAME,
  columns: ACTION_COLUMNS,
  conditionalFormats: [
    {
      id: "actionOverdue",
      column: "due",
      formula: `AND({due}<>"",{due}<TODAY(),${closedStatusTests("{status}")})`,
      ...RED,
      description: {
        en: "Overdue (not done, due date passed)",
        de: "Überfällig (nicht erledigt, Termin überschritten)",
      },
    },
    {
      id: "actionSoon",
      column: "due",
      formula: `AND({due}<>"",{due}>=TODAY(),{due}<=TODAY()+${SOON_DAYS},${closedStatusTests("{status}")})`,
      ...AMBER,
      description: {
        en: `Due within ${SOON_DAYS} days`,
        de: `Fällig innerhalb von ${SOON_DAYS} Tagen`,
      },
    },
  ],
};
