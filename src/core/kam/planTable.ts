// The KAM plan: one row per key account, figures from the analysis next to the user's planning.
import { AMBER, BLUE, RED, SOON_DAYS } from "./colors";
import { FORMATS, amount, choice, date, longText, text } from "./columns";
import type { ColumnSpec, ConditionalFormatSpec, TableSpec } from "./types";

export const PLAN_TABLE_NAME = "KAM_Plan";

/** What the latest data can fill: ids and margins are optional in the source. */
export interface DataShape {
  ids: boolean;
  margin: boolean;
  /** The analysis has a time axis: XYZ, growth and the class in the previous period. */
  time?: boolean;
}

export const PLAN = {
  customer: text("customer", { en: "Customer", de: "Kunde" }, "computed", 180),
  customerId: text("customerId", { en: "Customer ID", de: "Kundennummer" }, "computed", 90),
  class: text("class", { en: "Class", de: "Klasse" }, "computed", 50),
  revenue: amount("revenue", { en: "Revenue", de: "Umsatz" }, "computed"),
  share: {
    id: "share",
    header: { en: "Share of revenue", de: "Umsatzanteil" },
    kind: "computed",
    type: "percent",
    numberFormat: FORMATS.percent,
    width: 80,
  } as ColumnSpec,
  rank: {
    id: "rank",
    header: { en: "Rank", de: "Rang" },
    kind: "computed",
    type: "integer",
    numberFormat: FORMATS.integer,
    width: 50,
  } as ColumnSpec,
  marginData: amount(
    "marginData",
    { en: "Contribution margin (data)", de: "Deckungsbeitrag (Daten)" },
    "computed"
  ),
  previousClass: text(
    "previousClass",
    { en: "Class at previous run", de: "Klasse beim letzten Lauf" },
    "computed",
    80
  ),
  change: text("change", { en: "Change", de: "Veränderung" }, "computed", 160),
  xyz: text("xyz", { en: "XYZ", de: "XYZ" }, "computed", 45),
  growth: {
    id: "growth",
    header: { en: "Growth", de: "Wachstum" },
    kind: "computed",
    type: "percent",
    numberFormat: FORMATS.signedPercent,
    width: 70,
  } as ColumnSpec,
  periodPreviousClass: text(
    "periodPreviousClass",
    { en: "Class in previous period", de: "Klasse im Vorzeitraum" },
    "computed",
    80
  ),
  owner: text("owner", { en: "KAM owner", de: "KAM-Verantwortlich" }, "manual", 120),
  margin: amount("margin", { en: "Contribution margin", de: "Deckungsbeitrag" }, "manual"),
  satisfaction: {
    id: "satisfaction",
    header: { en: "Customer satisfaction (1-5)", de: "Kundenzufriedenheit (1-5)" },
    kind: "manual",
    type: "integer",
    numberFormat: FORMATS.integer,
    width: 90,
    validation: {
      kind: "wholeNumber",
      min: 1,
      max: 5,
      message: {
        en: "Enter a whole number from 1 (very unsatisfied) to 5 (very satisfied).",
        de: "Geben Sie eine ganze Zahl von 1 (sehr unzufrieden) bis 5 (sehr zufrieden) ein.",
      },
    },
  } as ColumnSpec,
  potential: {
    id: "potential",
    header: { en: "Potential (1-5)", de: "Potenzial (1-5)" },
    kind: "manual",
    type: "integer",
    numberFormat: FORMATS.integer,
    width: 80,
    validation: {
      kind: "wholeNumber",
      min: 1,
      max: 5,
      message: {
        en: "Enter a whole number from 1 (little potential) to 5 (very large potential).",
        de: "Geben Sie eine ganze Zahl von 1 (wenig Potenzial) bis 5 (sehr großes Potenzial) ein.",
      },
    },
  } as ColumnSpec,
  shareOfWallet: {
    id: "shareOfWallet",
    header: { en: "Share of wallet", de: "Lieferanteil" },
    kind: "manual",
    type: "percent",
    numberFormat: FORMATS.wholePercent,
    width: 80,
    validation: {
      kind: "decimal",
      min: 0,
      max: 1,
      message: {
        en: "Enter our share of the customer's purchases in this category, from 0% to 100%.",
        de: "Geben Sie unseren Anteil am Einkaufsvolumen des Kunden in diesem Bereich ein, von 0 % bis 100 %.",
      },
    },
  } as ColumnSpec,
  revenueGoal: amount("revenueGoal", { en: "Revenue goal", de: "Umsatzziel" }, "manual"),
  goals: longText("goals", { en: "Goals", de: "Ziele" }, 200),
  opportunities: longText("opportunities", { en: "Opportunities", de: "Chancen" }, 200),
  focus: choice("focus", { en: "Strategy focus", de: "Strategieschwerpunkt" }, "focus", 120),
  nextReview: date("nextReview", { en: "Next review", de: "Nächstes Review" }),
  status: choice("status", { en: "Status", de: "Status" }, "planStatus", 90),
  notes: longText("notes", { en: "Notes", de: "Notizen" }),
  key: { ...text("key", { en: "Key", de: "Schlüssel" }, "computed", 60), unobtrusive: true },
} satisfies Record<string, ColumnSpec>;

export type PlanColumnId = keyof typeof PLAN;

/**
 * The plan's columns for data of the given shape, in three groups: the columns people work in
 * first, the ratings and figures they keep, then the detail figures of the analysis and the
 * technical key. A margin from the data is a computed column; without one the user keeps the
 * margin by hand under a different header, so the two never mix. Plans created with an older
 * order keep theirs: a refresh finds every column by its header (matchColumns).
 */
export function planColumns(shape: DataShape): ColumnSpec[] {
  const p = PLAN;
  const workedIn = [
    p.customer,
    p.class,
    p.revenue,
    p.owner,
    p.goals,
    p.opportunities,
    p.focus,
    p.nextReview,
    p.status,
    p.notes,
  ];
  const kept = [
    p.satisfaction,
    p.potential,
    p.shareOfWallet,
    p.revenueGoal,
    ...(shape.margin ? [] : [p.margin]),
  ];
  const details = [
    p.share,
    p.rank,
    ...(shape.margin ? [p.marginData] : []),
    ...(shape.time ? [p.xyz, p.growth, p.periodPreviousClass] : []),
    p.previousClass,
    p.change,
    ...(shape.ids ? [p.customerId] : []),
    p.key,
  ];
  return [...workedIn, ...kept, ...details];
}

/**
 * Manual columns that came with KAM controlling. A plan created before them gains all three on
 * the next refresh; once it has any of them, a deleted one stays deleted like every manual column.
 */
export const CONTROLLING_COLUMN_IDS: readonly PlanColumnId[] = [
  "potential",
  "shareOfWallet",
  "revenueGoal",
];

/** Every column the plan can have, whatever the data: used to recognise headers. */
export const ALL_PLAN_COLUMNS: readonly ColumnSpec[] = Object.values(PLAN);

const PLAN_FORMATS: ConditionalFormatSpec[] = [
  {
    id: "reviewOverdue",
    column: "nextReview",
    formula: 'AND({nextReview}<>"",{nextReview}<TODAY())',
    ...RED,
    description: { en: "Review date has passed", de: "Review-Termin überschritten" },
  },
  {
    id: "reviewSoon",
    column: "nextReview",
    formula: `AND({nextReview}<>"",{nextReview}>=TODAY(),{nextReview}<=TODAY()+${SOON_DAYS})`,
    ...AMBER,
    description: {
      en: `Review within ${SOON_DAYS} days`,
      de: `Review innerhalb von ${SOON_DAYS} Tagen`,
    },
  },
  {
    id: "classChanged",
    column: "class",
    formula: 'AND({previousClass}<>"",{class}<>{previousClass})',
    ...BLUE,
    description: {
      en: "Class changed since the previous run",
      de: "Klasse seit dem letzten Lauf geändert",
    },
  },
  {
    id: "changeNoted",
    column: "change",
    formula: '{change}<>""',
    ...BLUE,
    description: {
      en: "New, changed or no longer a key account",
      de: "Neu, verändert oder kein Key Account mehr",
    },
  },
];

export function planTable(shape: DataShape): TableSpec {
  return {
    id: "plan",
    sheet: { en: "KAM Plan", de: "KAM-Planung" },
    tableName: PLAN_TABLE_NAME,
    columns: planColumns(shape),
    conditionalFormats: PLAN_FORMATS,
  };
}
