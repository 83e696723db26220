/* Conditional formats and data validation of the fake Excel host. */
import { createFakeHost } from "../../fake-excel";

const DATA = [
  ["Customer", "Revenue", "Class"],
  ["Acme", 1200, "A"],
  ["Beta", 800, "B"],
  ["Gamma", 300, "C"],
];

describe("alignment and wrapping", () => {
  test("wrapText and verticalAlignment are kept per cell; an unknown alignment is refused", async () => {
    const h = createFakeHost({ sheets: { Plan: DATA } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      ws.getRange("A2:C4").format.verticalAlignment = "Top";
      ws.getRange("A2:A4").format.wrapText = true;
      await context.sync();
      ws.getRange("B2").format.verticalAlignment = "Middle";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    const sheet = h.workbook.getSheet("Plan");
    expect([sheet.getFormat(1, 0).wrapText, sheet.getFormat(1, 1).wrapText]).toEqual([true, false]);
    expect(sheet.getFormat(3, 2).verticalAlignment).toBe("Top");
    expect(sheet.getFormat(0, 0).verticalAlignment).toBe("Bottom");
  });
});

describe("conditional formats", () => {
  // @types/office-js, ConditionalFormat.id: "The priority of the conditional format in the current
  // ConditionalFormatCollection"; ConditionalFormatCollection.add: "Adds a new conditional format
  // to the collection at the first/top priority". An id names a place, not a rule.
  test("ids are priorities: they shift as rules are added and deleted", async () => {
    const h = createFakeHost({ sheets: { S: DATA } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      for (const letter of ["A", "B", "C"]) {
        const cf = ws.getRange("C2:C4").conditionalFormats.add("CellValue");
        cf.cellValue.rule = { formula1: `="${letter}"`, operator: "EqualTo" };
      }
      const before = ws.getRange("C2:C4").conditionalFormats.load("items/id,items/cellValue/rule");
      await context.sync();
      expect(before.items.map((c: any) => [c.id, c.cellValue.rule.formula1])).toEqual([
        ["0", '="C"'],
        ["1", '="B"'],
        ["2", '="A"'],
      ]);
      // Delete "2" and add one: "1" now names the rule that was "0", no longer "B".
      ws.getRange("C2:C4").conditionalFormats.getItem("2").delete();
      ws.getRange("C2:C4").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
      ws.getRange("C2:C4").conditionalFormats.getItem("1").delete();
      const after = ws.getRange("C2:C4").conditionalFormats.load("items/id,items/type");
      await context.sync();
      expect(after.items.map((c: any) => [c.id, c.type])).toEqual([
        ["0", "Custom"],
        ["1", "CellValue"],
      ]);
      const left = ws.getRange("C2:C4").conditionalFormats.getItem("1").cellValue.load("rule");
      await context.sync();
      // "C" went in place of "B", which is still there.
      expect(left.rule.formula1).toBe('="B"');
    });
  });

  test("custom formula, cell value and text rules; new rules get the top priority", async () => {
    const h = createFakeHost({ sheets: { S: DATA } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      const custom = ws
        .getRange("A2:C4")
        .conditionalFormats.add(h.Excel.ConditionalFormatType.custom);
      custom.custom.rule.formula = '=$C2="A"';
      custom.custom.format.fill.color = "#C6EFCE";
      custom.custom.format.font.color = "#006100";
      custom.custom.format.font.bold = true;
      const value = ws.getRange("B2:B4").conditionalFormats.add("CellValue");
      value.cellValue.format.fill.color = "yellow";
      value.cellValue.rule = { formula1: "=1000", operator: "GreaterThan" };
      const text = ws.getRange("A2:A4").conditionalFormats.add("ContainsText");
      text.textComparison.rule = { operator: "Contains", text: "mm" };
      text.textComparison.format.font.italic = true;
      const items = ws.getRange("A1:C4").conditionalFormats.load("items/type, items/priority");
      const count = ws.getRange("B3").conditionalFormats.getCount();
      const rule = ws.getRange("B2").conditionalFormats.getItemAt(0);
      rule.load("type");
      const cellValue = ws.getRange("B2").conditionalFormats.getItemAt(0).cellValue.load("rule");
      cellValue.format.fill.load("color");
      const range = custom.getRange().load("address");
      const asNull = custom.cellValueOrNullObject;
      await context.sync();
      expect(items.items.map((c: any) => [c.type, c.priority])).toEqual([
        ["ContainsText", 0],
        ["CellValue", 1],
        ["Custom", 2],
      ]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
      expect(count.value).toBe(2);
      expect(rule.type).toBe("CellValue");
      expect(cellValue.rule).toEqual({ formula1: "=1000", operator: "GreaterThan" });
      expect(cellValue.format.fill.color).toBe("#FFFF00");
      expect(range.address).toBe("S!A2:C4");
      asNull.load("rule");
      await context.sync();
      expect(asNull.isNullObject).toBe(true);
    });
    const cfs = h.workbook.getSheet("S").conditionalFormats();
    expect(
      cfs.map((c) => [c.type, c.address, c.formula, c.operator, c.fillColor, c.fontColor, c.bold])
    ).toEqual([
      ["ContainsText", "S!A2:A4", null, "Contains", null, null, null],
      ["CellValue", "S!B2:B4", "=1000", "GreaterThan", "#FFFF00", null, null],
      ["Custom", "S!A2:C4", '=$C2="A"', null, "#C6EFCE", "#006100", true],
    ]);
    expect(cfs[0].text).toBe("mm");
  });

  test("color scales, data bars and icon sets keep their settings", async () => {
    const h = createFakeHost({ sheets: { S: DATA } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      const scale = ws.getRange("B2:B4").conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#F8696B" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
      const bar = ws.getRange("B2:B4").conditionalFormats.add("DataBar");
      bar.dataBar.barDirection = "LeftToRight";
      bar.dataBar.positiveFormat.fillColor = "#638EC6";
      const loaded = bar.dataBar.load("barDirection");
      const three = scale.colorScale.load("threeColorScale");
      await context.sync();
      expect(loaded.barDirection).toBe("LeftToRight");
      expect(three.threeColorScale).toBe(false);
    });
    const [bar, scale] = h.workbook.getSheet("S").conditionalFormats();
    expect(bar.data).toEqual({
      dataBar: { barDirection: "LeftToRight", positiveFormat: { fillColor: "#638EC6" } },
    });
    expect(scale.type).toBe("ColorScale");
  });

  test("clearAll removes rules from the range only; delete removes one rule", async () => {
    const h = createFakeHost({ sheets: { S: DATA } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      const a = ws.getRange("A1:A10").conditionalFormats.add("Custom");
      a.custom.rule.formula = "=TRUE";
      const b = ws.getRange("C1:C10").conditionalFormats.add("Custom");
      b.custom.rule.formula = "=FALSE";
      await context.sync();
      ws.getRange("A5:A10").conditionalFormats.clearAll();
      b.delete();
      await context.sync();
    });
    const cfs = h.workbook.getSheet("S").conditionalFormats();
    expect(cfs.map((c) => [c.address, c.formula])).toEqual([["S!A1:A4", "=TRUE"]]);
  });
});

describe("data validation", () => {
  test("list rules from text or a range, type, errorAlert, prompt, validity", async () => {
    const h = createFakeHost({ sheets: { S: DATA, Lists: [["A"], ["B"], ["C"]] } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("C2:C10").dataValidation.rule = {
        list: {
          inCellDropDown: true,
          source: context.workbook.worksheets.getItem("Lists").getRange("A1:A3"),
        },
      };
      ws.getRange("C2:C10").dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "Class",
        message: "A, B or C",
      };
      ws.getRange("C2:C10").dataValidation.prompt = {
        showPrompt: true,
        title: "Class",
        message: "Pick a class",
      };
      ws.getRange("D2:D10").dataValidation.rule = {
        list: { inCellDropDown: false, source: "Yes,No" },
      };
      ws.getRange("B2:B10").dataValidation.rule = {
        wholeNumber: { formula1: 0, formula2: 100000, operator: "Between" },
      };
      const loaded = ws.getRange("C2:C10").dataValidation.load("type, rule, errorAlert, valid");
      const mixed = ws.getRange("B2:C2").dataValidation.load("type");
      const none = ws.getRange("F1").dataValidation.load("type, rule");
      await context.sync();
      expect(loaded.type).toBe("List");
      expect(loaded.rule).toEqual({ list: { inCellDropDown: true, source: "=Lists!$A$1:$A$3" } });
      expect(loaded.errorAlert).toEqual({
        showAlert: true,
        style: "Stop",
        title: "Class",
        message: "A, B or C",
      });
      expect(loaded.valid).toBe(true);
      expect(mixed.type).toBe("Inconsistent");
      expect(none.type).toBe("None");
      expect(none.rule).toEqual({});
      ws.getRange("C3").values = [["Z"]];
      ws.getRange("B4").values = [[1.5]];
      const invalid = ws.getRange("C2:C10").dataValidation.load("valid");
      const invalidNumber = ws.getRange("B2:B10").dataValidation.load("valid");
      await context.sync();
      expect(invalid.valid).toBe(false);
      expect(invalidNumber.valid).toBe(false);
    });
    const dvs = h.workbook.getSheet("S").dataValidations();
    expect(dvs.map((d) => [d.address, d.type, d.source, d.inCellDropDown])).toEqual([
      ["S!C2:C10", "List", "=Lists!$A$1:$A$3", true],
      ["S!D2:D10", "List", "Yes,No", false],
      ["S!B2:B10", "WholeNumber", null, null],
    ]);
    expect(dvs[0].prompt).toEqual({ showPrompt: true, title: "Class", message: "Pick a class" });
  });

  test("a new rule replaces the old one on its cells; clear removes it", async () => {
    const h = createFakeHost({ sheets: { S: DATA } });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:A10").dataValidation.rule = { list: { inCellDropDown: true, source: "x,y" } };
      ws.getRange("A3:A4").dataValidation.rule = {
        decimal: { formula1: 0, operator: "GreaterThan" },
      };
      ws.getRange("A10").dataValidation.clear();
      await context.sync();
    });
    expect(
      h.workbook
        .getSheet("S")
        .dataValidations()
        .map((d) => [d.address, d.type])
    ).toEqual([
      ["S!A1:A2,S!A5:A9", "List"],
      ["S!A3:A4", "Decimal"],
    ]);
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("S").getRange("B1").dataValidation.rule = {};
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a custom validation formula is relative to the first cell and moves with it", async () => {
    const h = createFakeHost({ sheets: { S: DATA } });
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("S").getRange("B2:B4").dataValidation.rule = {
        custom: { formula: "=B2>=0" },
      };
      await context.sync();
    });
    const s = h.workbook.getSheet("S");
    s.deleteRows(1, 1);
    expect(
      s.dataValidations().map((d) => [d.address, (d.rule.custom as { formula: string }).formula])
    ).toEqual([["S!B2:B3", "=B2>=0"]]);
    s.insertRows(0, 2);
    expect(
      s.dataValidations().map((d) => [d.address, (d.rule.custom as { formula: string }).formula])
    ).toEqual([["S!B4:B5", "=B4>=0"]]);
  });
});
