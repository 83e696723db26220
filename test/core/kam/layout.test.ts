import {
  ACTIONS_TABLE,
  KAM_LISTS,
  ROADMAP_STEPS,
  STAKEHOLDERS_TABLE,
  formulaColumns,
  kamLayout,
  listNameFormula,
  listSpec,
  planColumns,
  resolveFormula,
  roadmapRows,
  sheetRef,
  validationSource,
  excelSerial,
  fromSerial,
  addMonths,
} from "../../../src/core/kam";

const shapes = [
  { ids: false, margin: false },
  { ids: true, margin: true },
];

describe("KAM layout", () => {
  it("gives every column, sheet and list a German and an English text", () => {
    for (const shape of shapes) {
      const layout = kamLayout(shape);
      for (const t of layout.tables) {
        expect(t.sheet.en && t.sheet.de).toBeTruthy();
        expect(t.sheet.en.length).toBeLessThanOrEqual(31);
        expect(t.sheet.de.length).toBeLessThanOrEqual(31);
        for (const c of t.columns) {
          expect([t.id, c.id, c.header.en.length > 0, c.header.de.length > 0]).toEqual([
            t.id,
            c.id,
            true,
            true,
          ]);
          expect(c.numberFormat.en && c.numberFormat.de).toBeTruthy();
          if (c.validation) expect(c.validation.message.en && c.validation.message.de).toBeTruthy();
        }
        for (const f of t.conditionalFormats)
          expect(f.description.en && f.description.de).toBeTruthy();
      }
    }
  });

  it("has unique column ids and unique headers per language in every table", () => {
    for (const t of kamLayout({ ids: true, margin: true }).tables) {
      expect(new Set(t.columns.map((c) => c.id)).size).toBe(t.columns.length);
      for (const lang of ["en", "de"] as const) {
        const h = t.columns.map((c) => c.header[lang].toLowerCase());
        expect(new Set(h).size).toBe(h.length);
      }
    }
  });

  it("puts the columns people work in first, figures and the technical key to the right", () => {
    const all = planColumns({ ids: true, margin: false }).map((c) => c.id);
    expect(all.slice(0, 10)).toEqual([
      "customer",
      "class",
      "revenue",
      "owner",
      "goals",
      "opportunities",
      "focus",
      "nextReview",
      "status",
      "notes",
    ]);
    expect(all.slice(-3)).toEqual(["change", "customerId", "key"]);
    const wrapped = planColumns({ ids: false, margin: false }).filter((c) => c.wrap);
    expect(wrapped.map((c) => c.id)).toEqual(["goals", "opportunities", "notes"]);
    expect(ACTIONS_TABLE.columns.filter((c) => c.wrap).map((c) => c.id)).toEqual([
      "action",
      "result",
    ]);
  });

  it("splits the plan into computed and manual columns", () => {
    const ids = (shape: { ids: boolean; margin: boolean }, kind: string) =>
      planColumns(shape)
        .filter((c) => c.kind === kind)
        .map((c) => c.id);
    expect(ids({ ids: true, margin: true }, "computed")).toEqual([
      "customer",
      "class",
      "revenue",
      "share",
      "rank",
      "marginData",
      "previousClass",
      "change",
      "customerId",
      "key",
    ]);
    expect(ids({ ids: false, margin: false }, "computed")).not.toContain("customerId");
    expect(ids({ ids: false, margin: false }, "manual")).toEqual([
      "owner",
      "goals",
      "opportunities",
      "focus",
      "nextReview",
      "status",
      "notes",
      "satisfaction",
      "potential",
      "shareOfWallet",
      "revenueGoal",
      "margin",
    ]);
    // With margins in the data the margin is computed, never a manual column as well.
    expect(ids({ ids: false, margin: true }, "manual")).not.toContain("margin");
    for (const t of [ACTIONS_TABLE, STAKEHOLDERS_TABLE]) {
      expect(t.columns.every((c) => c.kind === "manual")).toBe(true);
    }
  });

  it("validates satisfaction 1-5, dates and lists by workbook name", () => {
    const plan = planColumns({ ids: false, margin: false });
    const sat = plan.find((c) => c.id === "satisfaction");
    expect(sat?.validation).toMatchObject({ kind: "wholeNumber", min: 1, max: 5 });
    expect(plan.find((c) => c.id === "nextReview")?.validation?.kind).toBe("date");
    const names = new Set(KAM_LISTS.map((l) => l.name));
    for (const t of kamLayout({ ids: true, margin: false }).tables) {
      for (const c of t.columns) {
        if (c.type === "list") {
          const source = validationSource(c.validation!);
          expect(source).toMatch(/^=KAM_/);
          expect(names.has(source!.slice(1))).toBe(true);
        }
      }
    }
    expect(validationSource(ACTIONS_TABLE.columns[0].validation!)).toBe("=KAM_KeyAccounts");
    expect(STAKEHOLDERS_TABLE.columns[0].validation).toMatchObject({
      list: "keyAccounts",
      strict: false,
    });
  });

  it("has the list values in both languages, same length", () => {
    expect(listSpec("focus").values).toEqual({
      en: ["Product", "Price", "Place", "Promotion", "Personnel"],
      de: ["Produkt", "Preis", "Distribution", "Kommunikation", "Personal"],
    });
    expect(listSpec("planStatus").values.de).toEqual([
      "Geplant",
      "Aktiv",
      "Pausiert",
      "Abgeschlossen",
    ]);
    expect(listSpec("actionStatus").values.en).toEqual([
      "Open",
      "In progress",
      "Done",
      "Postponed",
      "Cancelled",
    ]);
    expect(listSpec("role").values.de).toContain("Fürsprecher");
    expect(listSpec("influence").values.de).toEqual(["Hoch", "Mittel", "Gering"]);
    expect(listSpec("attitude").values.en).toEqual(["Supporter", "Neutral", "Critic"]);
    for (const l of KAM_LISTS) {
      expect(l.values.en.length).toBe(l.values.de.length);
      expect(l.name).toMatch(/^KAM_[A-Za-z_]+$/);
      expect(l.refreshed).toBe(l.id === "keyAccounts");
    }
  });

  it("names each list as its filled cells, growing with what an administrator adds", () => {
    expect(listNameFormula("Listen", 2)).toBe(
      "=Listen!$C$2:INDEX(Listen!$C$2:$C$1001,MAX(1,COUNTA(Listen!$C$2:$C$1001)))"
    );
    expect(sheetRef("KAM Plan")).toBe("'KAM Plan'");
    expect(sheetRef("O'Brien")).toBe("'O''Brien'");
    expect(sheetRef("AB12")).toBe("'AB12'");
    expect(sheetRef("Maßnahmen")).toBe("Maßnahmen");
  });

  it("has the conditional formats the plan, actions and stakeholders need", () => {
    for (const shape of shapes) {
      const layout = kamLayout(shape);
      const rules = layout.tables.flatMap((t) => t.conditionalFormats.map((f) => [t, f] as const));
      expect(rules.map(([, f]) => f.id).sort()).toEqual(
        [
          "actionOverdue",
          "actionSoon",
          "changeNoted",
          "classChanged",
          "contactStale",
          "reviewOverdue",
          "reviewSoon",
        ].sort()
      );
      for (const [t, f] of rules) {
        const ids = new Set(t.columns.map((c) => c.id));
        expect(ids.has(f.column)).toBe(true);
        for (const id of formulaColumns(f)) expect([f.id, ids.has(id)]).toEqual([f.id, true]);
      }
    }
    const cols = planColumns({ ids: false, margin: false }).map((c) => c.id);
    const overdue = kamLayout({ ids: false, margin: false }).tables[0].conditionalFormats[0];
    expect(resolveFormula(overdue, (id) => cols.indexOf(id), 2)).toBe('=AND($H2<>"",$H2<TODAY())');
    const actionOverdue = ACTIONS_TABLE.conditionalFormats[0];
    const formula = resolveFormula(
      actionOverdue,
      (id) => ACTIONS_TABLE.columns.findIndex((c) => c.id === id),
      5
    );
    expect(formula).toContain("$F5<TODAY()");
    expect(formula).toContain('$G5<>"Done"');
    expect(formula).toContain('$G5<>"Erledigt"');
  });

  it("lays out the six-month roadmap from the creation date", () => {
    expect(ROADMAP_STEPS).toHaveLength(6);
    const rows = roadmapRows({ year: 2025, month: 8, day: 31 }, "de");
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fromSerial(rows[0][3] as number)).toEqual({ year: 2025, month: 8, day: 31 });
    expect(fromSerial(rows[0][4] as number)).toEqual({ year: 2025, month: 9, day: 29 });
    expect(fromSerial(rows[5][4] as number)).toEqual({ year: 2026, month: 2, day: 27 });
    expect(rows[0][5]).toBe("Offen");
    expect(roadmapRows({ year: 2025, month: 1, day: 15 }, "en")[0][1]).toMatch(/^Analysis/);
  });

  it("converts calendar dates to Excel serials", () => {
    expect(excelSerial({ year: 1900, month: 3, day: 1 })).toBe(61);
    expect(excelSerial({ year: 2024, month: 1, day: 1 })).toBe(45292);
    expect(addMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(addMonths({ year: 2024, month: 11, day: 5 }, 3)).toEqual({
      year: 2025,
      month: 2,
      day: 5,
    });
  });
});
