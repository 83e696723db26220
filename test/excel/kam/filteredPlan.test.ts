// A refresh of a filtered KAM plan: the user's filter is cleared for the writes and applied again
// with the same criteria, so the rows shown match it on the new figures (office-js issues 224,
// 994, 468; fake-excel/filters.ts).
import { translate } from "../../../src/core/i18n/messages";
import { writeKamSheets } from "../../../src/excel/kam";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, analysisOf, installHost, tableGrid } from "./helpers";

const month1 = analysisOf([
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Gamma GmbH", 100],
  ["Delta", 80],
  ["Epsilon", 70],
  ["Zeta", 50],
]);
const month2 = analysisOf([
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Delta", 150],
  ["Gamma GmbH", 30],
  ["Epsilon", 70],
  ["Zeta", 50],
]);

let host: FakeHost;
afterEach(() => host.uninstall(globalThis));

/** Class of each plan row, split by whether the row is shown. */
function shownClasses(header: string): { shown: string[]; hidden: string[] } {
  const g = tableGrid(host, "KAM_Plan");
  const cls = g.header.indexOf(header);
  const out = { shown: [] as string[], hidden: [] as string[] };
  g.rows.forEach((row, i) =>
    (g.sheet.isRowHidden(i + 1) ? out.hidden : out.shown).push(String(row[cls]))
  );
  return out;
}

describe("refreshing a filtered KAM plan", () => {
  it.each([
    ["en-US", "en", "Class"],
    ["de-DE", "de", "Klasse"],
  ] as const)(
    "applies the user's filter again on the new figures (%s)",
    async (ui, lang, header) => {
      host = installHost(ui);
      await writeKamSheets(month1, A_ONLY, lang);
      const classColumn = host.workbook.table("KAM_Plan")!.headers.indexOf(header);
      host.workbook.filterTable("KAM_Plan", classColumn, { filterOn: "Values", values: ["A"] });
      expect(shownClasses(header).hidden).toEqual([]);

      const report = await writeKamSheets(month2, A_ONLY, lang);
      // Gamma fell to C: hidden now; Delta is new in A: shown.
      expect(shownClasses(header)).toEqual({ shown: ["A", "A", "A"], hidden: ["C"] });
      expect(host.workbook.tableFilters("KAM_Plan")[classColumn]).toEqual({
        filterOn: "Values",
        values: ["A"],
      });
      expect(report.lines.map((l) => translate(l, lang))).toContain(
        lang === "en"
          ? "The filter on the KAM plan was cleared for the update and applied again with the same criteria."
          : "Der Filter der KAM-Planung wurde für die Aktualisierung aufgehoben und mit denselben Kriterien wieder angewendet."
      );
    }
  );
});
