import { dueEntries, dueReviews, overdueActions } from "../../../src/core/kam";

const TODAY = 46000;

describe("due reviews and overdue actions", () => {
  it("lists plan reviews within 14 days or passed, with days from today", () => {
    const plan = [
      ["Customer", "Next review", "Notes"],
      ["Alpha AG", TODAY + 3, ""],
      ["Beta KG", TODAY + 15, ""],
      ["Gamma GmbH", TODAY - 2, ""],
      ["Delta", "", ""],
      ["Epsilon", TODAY + 14.75, ""],
    ];
    expect(dueReviews(plan, TODAY).map((e) => [e.customer, e.days, e.row])).toEqual([
      ["Alpha AG", 3, 0],
      ["Gamma GmbH", -2, 2],
      ["Epsilon", 14, 4],
    ]);
  });

  it("finds the German columns and leaves done and cancelled actions out", () => {
    const actions = [
      ["Kunde", "Maßnahme", "Fällig", "Status"],
      ["Alpha AG", "Angebot", TODAY - 5, "Offen"],
      ["Alpha AG", "Besuch", TODAY - 5, "Erledigt"],
      ["Beta KG", "Anruf", TODAY - 1, "abgebrochen"],
      ["Beta KG", "Workshop", TODAY, "In Arbeit"],
      ["Gamma GmbH", "Preisrunde", TODAY - 30, ""],
    ];
    expect(overdueActions(actions, TODAY).map((e) => [e.action, e.days])).toEqual([
      ["Angebot", -5],
      ["Preisrunde", -30],
    ]);
  });

  it("sorts both lists together, most overdue first; no tables, nothing due", () => {
    const plan = [
      ["Customer", "Next review"],
      ["Alpha AG", TODAY - 10],
    ];
    const actions = [
      ["Customer", "Action", "Due", "Status"],
      ["Beta KG", "Call", TODAY - 20, "Open"],
    ];
    expect(dueEntries(plan, actions, TODAY).map((e) => e.kind)).toEqual(["action", "review"]);
    expect(dueEntries(null, null, TODAY)).toEqual([]);
    expect(dueReviews([["Customer"], ["Alpha AG"]], TODAY)).toEqual([]);
  });
});
