// Class colours as conditional formats: a rule per class on the cells, not fixed fills, so that a
// class the user types or a re-sort later is coloured correctly by Excel itself.
//
// A re-run removes only the add-in's own rules, recognised by what they are (cell value equal to
// "A", "B" or "C" in the add-in's colours), never a user's rule on the same cells. A rule's id is
// its priority in the collection it was read from (@types/office-js ConditionalFormat.id) and
// shifts with every add or delete: the old rules are deleted highest id first, before any add.
import type { AbcClass } from "../../core/types";

const CLASS_COLOURS: Record<AbcClass, { fill: string; font: string }> = {
  A: { fill: "#C6EFCE", font: "#006100" },
  B: { fill: "#FFEB9C", font: "#9C5700" },
  C: { fill: "#DDEBF7", font: "#1F4E78" },
};

const LETTERS = ["A", "B", "C"] as const;

/** The rules on `area`, loaded with what tells the add-in's apart (read one round trip before). */
export interface ClassRules {
  area: Excel.Range;
  rules: Excel.ConditionalFormatCollection;
}

export function queueReadClassRules(area: Excel.Range): ClassRules {
  const rules = area.conditionalFormats.load(
    "items/id,items/type,items/cellValueOrNullObject/rule,items/cellValueOrNullObject/format/fill/color,items/cellValueOrNullObject/format/font/color"
  );
  return { area, rules };
}

const sameColour = (a: string | null | undefined, b: string) =>
  (a ?? "").toUpperCase() === b.toUpperCase();

/** Ids of the add-in's class rules among those read. */
export function ownClassRuleIds(read: ClassRules): number[] {
  const ids: number[] = [];
  for (const cf of read.rules.items) {
    if (cf.type !== "CellValue") continue;
    const { rule, format } = cf.cellValueOrNullObject;
    const letter = LETTERS.find((l) => rule.formula1 === `="${l}"`);
    if (
      letter &&
      rule.operator === "EqualTo" &&
      sameColour(format.fill.color, CLASS_COLOURS[letter].fill) &&
      sameColour(format.font.color, CLASS_COLOURS[letter].font)
    )
      ids.push(Number(cf.id));
  }
  return ids;
}

/** Deletes the add-in's old class rules found by `queueReadClassRules` (before any rule is added). */
export function queueDeleteClassRules(read: ClassRules): void {
  // A new proxy of the same cells: the collection the ids are priorities in.
  queueDeleteRulesById(read.area.conditionalFormats, ownClassRuleIds(read));
}

/**
 * Deletes the rules with these ids from the collection they were read from. An id is the rule's
 * priority there, and every delete moves the rules after it: so from the highest id down.
 */
export function queueDeleteRulesById(
  rules: Excel.ConditionalFormatCollection,
  ids: readonly number[]
): void {
  for (const id of [...ids].sort((a, b) => b - a)) rules.getItem(String(id)).delete();
}

/** Colours `range` by class letter: three rules on top of the others. */
export function queueClassColours(range: Excel.Range): void {
  for (const letter of LETTERS) {
    const cf = range.conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = CLASS_COLOURS[letter].fill;
    cf.cellValue.format.font.color = CLASS_COLOURS[letter].font;
    cf.cellValue.rule = { formula1: `="${letter}"`, operator: "EqualTo" };
  }
}
