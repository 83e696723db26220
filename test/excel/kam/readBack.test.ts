// What people typed in the KAM tables, read back for the pane: ratings and what is due.
import { calendarDay, excelSerial } from "../../../src/core/kam";
import type { Language } from "../../../src/core/types";
import { createExcelApi } from "../../../src/excel";
import { writeKamSheets } from "../../../src/excel/kam";
import type { FakeHost } from "../../../fake-excel";
import { A_ONLY, analysisOf, installHost, tableGrid } from "./helpers";

const month = analysisOf([
  ["Alpha AG", 500],
  ["Beta KG", 200],
  ["Gamma GmbH", 100],
  ["Delta", 80],
]);
const TODAY = excelSerial(calendarDay(new Date()));

const WORDS = {
  en: {
    satisfaction: "Customer satisfaction (1-5)",
    potential: "Potential (1-5)",
    review: "Next review",
    plan: "'KAM Plan'",
    actions: "Actions",
    open: "Open",
    done: "Done",
  },
  de: {
    satisfaction: "Kundenzufriedenheit (1-5)",
    potential: "Potenzial (1-5)",
    review: "Nächstes Review",
    plan: "'KAM-Planung'",
    actions: "Maßnahmen",
    open: "Offen",
    done: "Erledigt",
  },
};

let host: FakeHost;
afterEach(() => host.uninstall(globalThis));

function typeInPlan(name: string, header: string, value: number | string) {
  const g = tableGrid(host, "KAM_Plan");
  const r = g.rows.findIndex((row) => row[0] === name);
  g.sheet.setValue(r + 1, g.header.indexOf(header), value);
}

/** Actions typed by a manager: the table grows by Excel's own rows.add. */
async function addActions(rows: (string | number)[][]) {
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("KAM_Actions");
    table.getDataBodyRange().getRow(0).values = [rows[0]];
    if (rows.length > 1) table.rows.add(undefined, rows.slice(1));
    await context.sync();
  });
}

describe.each<[Language, string]>([
  ["en", "en-US"],
  ["de", "de-DE"],
])("read back from the KAM tables, %s", (lang, locale) => {
  const w = WORDS[lang];
  beforeEach(async () => {
    host = installHost(locale);
    await writeKamSheets(month, A_ONLY, lang);
  });

  it("reads the typed satisfaction and potential per customer key", async () => {
    typeInPlan("Alpha AG", w.satisfaction, 5);
    typeInPlan("Beta KG", w.potential, 2);
    typeInPlan("Gamma GmbH", w.satisfaction, "sehr gut");
    const ratings = await createExcelApi().readPlanRatings();
    expect(ratings).toEqual([
      { key: "alpha ag", satisfaction: 5, potential: NaN },
      { key: "beta kg", satisfaction: NaN, potential: 2 },
    ]);
  });

  // What people typed is all the pane needs: not the formulas, rules and filter the writer reads.
  it("reads the ratings in three round trips, with the plan's cells only", async () => {
    host.stats.reset();
    await createExcelApi().readPlanRatings();
    expect(host.stats.syncs).toBe(3);
    const size = host.stats.batches[1];
    // The table, its header and its body, then two loads: the header's values and position and
    // the body's size (the writer's read adds 6: two rows' formulas, the rules, the filter).
    expect(size.ops).toBe(5);
  });

  it("lists reviews due soon and overdue open actions, each with its row to select", async () => {
    typeInPlan("Beta KG", w.review, TODAY + 3);
    typeInPlan("Gamma GmbH", w.review, TODAY + 40);
    await addActions([
      ["Alpha AG", "Call", "", "", "", TODAY - 4, w.open, "", ""],
      ["Beta KG", "Visit", "", "", "", TODAY - 9, w.done, "", ""],
      ["Beta KG", "Offer", "", "", "", TODAY + 2, w.open, "", ""],
    ]);
    const api = createExcelApi();
    const due = await api.readDueItems();
    expect(due).toEqual([
      {
        kind: "action",
        customer: "Alpha AG",
        action: "Call",
        date: TODAY - 4,
        days: -4,
        address: `${w.actions}!A2:I2`,
      },
      {
        kind: "review",
        customer: "Beta KG",
        action: "",
        date: TODAY + 3,
        days: 3,
        address: `${w.plan}!A3:T3`,
      },
    ]);
    const selected = await api.select(due[1].address);
    expect(selected.address).toBe(due[1].address);
    expect(host.workbook.selection).toBe(due[1].address);
  });
});

describe("without KAM tables", () => {
  it("reads nothing and fails nothing", async () => {
    host = installHost("en-US");
    const api = createExcelApi();
    expect(await api.readPlanRatings()).toEqual([]);
    expect(await api.readDueItems()).toEqual([]);
  });
});
