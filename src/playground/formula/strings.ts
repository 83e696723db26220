// The formula cell's own texts (kept apart from the playground's strings.ts).
import type { Language } from "../../core/types";

export const FORMULA_STRINGS: Record<
  Language,
  { title: string; label: string; hint: string; example: string; spill: string; more: string }
> = {
  en: {
    title: "Worksheet functions",
    label: "Formula",
    hint: "Type a formula and press Enter. It recalculates when the sheet changes.",
    example: '=KAM.ABC(E2:E61) or =KAM.PARETO(D2:D401,E2:E401,10) or =KAM.ABC(E2:E61,,,"computed")',
    spill: "Spill",
    more: "… {count} more rows.",
  },
  de: {
    title: "Tabellenfunktionen",
    label: "Formel",
    hint: "Formel eingeben und Eingabetaste drücken. Sie rechnet neu, wenn sich das Blatt ändert.",
    example:
      '=KAM.ABC(E2:E61) oder =KAM.PARETO(D2:D401;E2:E401;10) oder =KAM.ABC(E2:E61;;;"computed")',
    spill: "Überlauf",
    more: "… {count} weitere Zeilen.",
  },
};
