// The validation lists: one column each on the lists sheet, one workbook name each.
import { columnLetter } from "../a1";
import type { Language } from "../types";
import type { Bilingual, ListId, ListSpec } from "./types";

/** Rows below the header a list name covers; COUNTA over them decides how many are offered. */
export const LIST_CAPACITY = 1000;

export const LISTS_SHEET: Bilingual = { en: "Lists", de: "Listen" };

function list(
  id: ListId,
  name: string,
  header: Bilingual,
  en: string[],
  de: string[],
  refreshed = false
): ListSpec {
  return { id, name, header, values: { en, de }, refreshed };
}

/** Marketing mix plus personnel: the five dimensions a strategy or an action works on. */
const FOCUS_LIST = list(
  "focus",
  "KAM_List_Focus",
  { en: "Strategy focus", de: "Strategieschwerpunkt" },
  ["Product", "Price", "Place", "Promotion", "Personnel"],
  ["Produkt", "Preis", "Distribution", "Kommunikation", "Personal"]
);

export const KAM_LISTS: readonly ListSpec[] = [
  FOCUS_LIST,
  list(
    "planStatus",
    "KAM_List_PlanStatus",
    { en: "Plan status", de: "Planstatus" },
    ["Planned", "Active", "On hold", "Closed"],
    ["Geplant", "Aktiv", "Pausiert", "Abgeschlossen"]
  ),
  list(
    "actionStatus",
    "KAM_List_ActionStatus",
    { en: "Action status", de: "Maßnahmenstatus" },
    ["Open", "In progress", "Done", "Postponed", "Cancelled"],
    ["Offen", "In Arbeit", "Erledigt", "Verschoben", "Abgebrochen"]
  ),
  list(
    "role",
    "KAM_List_Role",
    { en: "Buying role", de: "Rolle im Einkauf" },
    ["Decision maker", "Budget", "User", "Technical", "Purchasing", "Champion"],
    ["Entscheider", "Budgetverantwortung", "Anwender", "Technik", "Einkauf", "Fürsprecher"]
  ),
  list(
    "influence",
    "KAM_List_Influence",
    { en: "Influence", de: "Einfluss" },
    ["High", "Medium", "Low"],
    ["Hoch", "Mittel", "Gering"]
  ),
  list(
    "attitude",
    "KAM_List_Attitude",
    { en: "Attitude", de: "Haltung" },
    ["Supporter", "Neutral", "Critic"],
    ["Befürworter", "Neutral", "Kritiker"]
  ),
  list("keyAccounts", "KAM_KeyAccounts", { en: "Key accounts", de: "Key Accounts" }, [], [], true),
];

export function listSpec(id: ListId): ListSpec {
  const spec = KAM_LISTS.find((l) => l.id === id);
  if (!spec) throw new Error(`Unknown KAM list ${id}`);
  return spec;
}

/** A list label in the workbook's language, e.g. label("actionStatus", 2, "de") = "Erledigt". */
export function listLabel(id: ListId, index: number, lang: Language): string {
  return listSpec(id).values[lang][index];
}

/** A sheet name as it must appear in a formula: quoted unless it is a plain identifier. */
export function sheetRef(sheet: string): string {
  const plain =
    /^[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * What a list name refers to: the filled cells of its column below the header, found with
 * COUNTA, so entries an administrator adds (without gaps) show up in every dropdown at once.
 * INDEX keeps it a plain, non-volatile range reference that data validation accepts.
 */
export function listNameFormula(sheet: string, column: number): string {
  const s = sheetRef(sheet);
  const c = columnLetter(column);
  const block = `${s}!$${c}$2:$${c}$${LIST_CAPACITY + 1}`;
  return `=${s}!$${c}$2:INDEX(${block},MAX(1,COUNTA(${block})))`;
}
