// Table column names are unique ignoring case: a new column named like an existing one gets
// Excel's number suffix (https://github.com/ClosedXML/ClosedXML/issues/1601 shows the rule in the
// file format: "Geheel getal" and "geheel getal" are the same name).
import { createFakeHost } from "../../fake-excel";

describe("table column names", () => {
  test("columns.add with a name equal ignoring case gets the suffixed name; others keep theirs", async () => {
    const h = createFakeHost({
      sheets: {
        S: [
          ["Kunde", "rank"],
          ["A", 1],
        ],
      },
    });
    h.workbook.addTable("S!A1:B2", true, "T");
    const names = await h.Excel.run(async (context: any) => {
      const columns = context.workbook.tables.getItem("T").columns;
      columns.add(0, undefined, "RANK");
      columns.add(undefined, undefined, "Rank");
      columns.load("items/name");
      await context.sync();
      return columns.items.map((c: any) => c.name);
    });
    expect(names).toEqual(["RANK2", "Kunde", "rank", "Rank3"]);
  });
});
