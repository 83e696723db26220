/* Request semantics of the fake Excel host: load/sync, errors, payload limits, reopen. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   These tests read properties before load/sync on purpose: the fake must throw like Office.js. */
import { createFakeHost } from "../../fake-excel";

const DATA = [
  ["Customer", "Revenue", "Region"],
  ["Acme", 1200, "North"],
  ["Beta", 800, "South"],
  ["Gamma", 300, "North"],
];

function host(opts: Parameters<typeof createFakeHost>[0] = {}) {
  return createFakeHost({ sheets: { Data: DATA, Other: [] }, ...opts });
}

describe("load and sync", () => {
  test("reading a property that was not loaded and synced throws PropertyNotLoaded", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:C2");
      let error: any;
      try {
        void range.values;
      } catch (e) {
        error = e;
      }
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context."
      );
      range.load("values");
      // Loaded but not yet synced: still not readable.
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([
        ["Customer", "Revenue", "Region"],
        ["Acme", 1200, "North"],
      ]);
      // Only what was loaded is readable.
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });

  test("load accepts a string, an array, an object and context.load", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const a = ws.getRange("A1").load("address, rowCount");
      const b = ws.getRange("B2").load(["values", "numberFormat"]);
      const c = ws.getRange("C3").load({ select: "text", expand: "format/font" });
      const d = ws.getRange("A2:B2").load({ values: true, format: { fill: { color: true } } });
      const e = ws.getRange("A4");
      context.load(e, "values");
      const f = ws.getRange("A1:A2").load();
      await context.sync();
      expect([a.address, a.rowCount]).toEqual(["Data!A1", 1]);
      expect(b.values).toEqual([[1200]]);
      expect(b.numberFormat).toEqual([["General"]]);
      expect(c.text).toEqual([["South"]]);
      expect(c.format.font.bold).toBe(false);
      expect(d.values).toEqual([["Acme", 1200]]);
      expect(d.format.fill.color).toBe("#FFFFFF");
      expect(e.values).toEqual([["Gamma"]]);
      expect(f.address).toBe("Data!A1:A2");
      expect(f.valueTypes).toEqual([["String"], ["String"]]);
      expect(d.toJSON()).toEqual({
        values: [["Acme", 1200]],
        format: { fill: { color: "#FFFFFF" } },
      });
    });
  });

  test("a load sees writes queued before it in the same batch, and is a snapshot", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("B2");
      const before = context.workbook.worksheets.getItem("Data").getRange("B2").load("values");
      r.values = [[99]];
      r.load("values");
      r.values = [[100]];
      await context.sync();
      expect(before.values).toEqual([[1200]]);
      expect(r.values).toEqual([[99]]);
      // Setting a property does not make it readable: reading needs load + sync.
      r.values = [[5]];
      expect(r.values).toEqual([[99]]);
    });
    expect(h.workbook.getSheet("Data").getValue(1, 1)).toBe(5);
  });

  test("collections load items and their properties", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name, items/position");
      const count = sheets.getCount();
      // A plain property name on a collection loads that property of the items.
      const names = context.workbook.worksheets.getItem("Data").tables.load("name");
      context.workbook.tables.add("Data!A1:C4", true);
      const after = context.workbook.tables.load("items/name");
      await context.sync();
      expect(sheets.items.map((s: any) => [s.name, s.position])).toEqual([
        ["Data", 0],
        ["Other", 1],
      ]);
      expect(count.value).toBe(2);
      expect(names.items.length).toBe(0);
      expect(after.items.map((t: any) => t.name)).toEqual(["Table1"]);
      expect(() => sheets.items[0].visibility).toThrow(/not available/);
    });
  });

  test("ClientResult.value is only available after sync", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(/not been loaded/);
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  test("Excel.run flushes pending operations at the end and returns the batch result", async () => {
    const h = host();
    const result = await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Other").getRange("A1").values = [["written"]];
      return 42;
    });
    expect(result).toBe(42);
    expect(h.workbook.getSheet("Other").getValue(0, 0)).toBe("written");
    expect(h.stats.syncs).toBe(1);
  });

  test("objects of another request context are refused as arguments", async () => {
    const h = host();
    let other: any;
    await h.Excel.run(async (context: any) => {
      other = context.workbook.worksheets.getItem("Data").getRange("A1:B4");
      await context.sync();
    });
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Data");
      expect(() => ws.getRange("A1").getBoundingRect(other)).toThrow(
        expect.objectContaining({ code: "InvalidRequestContext" })
      );
      expect(() => ws.charts.add("Line", other, "Auto")).toThrow(/different request contexts/);
    });
  });

  test("proxies keep their internals out of Object.keys and toJSON", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A1").load("address");
      await context.sync();
      expect(Object.keys(r)).toEqual([]);
      expect(JSON.parse(JSON.stringify(r))).toEqual({ address: "Data!A1" });
    });
  });

  test("unsupported members throw a clear error instead of returning undefined", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => r.someUnknownMethod()).toThrow(/Range.someUnknownMethod is not supported/);
      expect(() => {
        r.unknownProp = 1;
      }).toThrow(/cannot set Range.unknownProp/);
      expect(() => {
        r.address = "B2";
      }).toThrow(/read-only/);
    });
  });
});

describe("errors at sync", () => {
  test("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const h = host();
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Missing");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
  });

  test("errors are instances of OfficeExtension.Error", async () => {
    const h = host();
    let caught: unknown;
    try {
      await h.Excel.run(async (context: any) => {
        context.workbook.tables.getItem("Nope");
        await context.sync();
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(h.OfficeExtension.Error);
  });

  test("a 2x2 array assigned to a 3x3 range fails with InvalidArgument; earlier writes stay", async () => {
    const h = host();
    await expect(
      h.Excel.run(async (context: any) => {
        const ws = context.workbook.worksheets.getItem("Other");
        ws.getRange("A1").values = [["first"]];
        ws.getRange("B1:D3").values = [
          [1, 2],
          [3, 4],
        ];
        ws.getRange("A2").values = [["never"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const s = h.workbook.getSheet("Other");
    expect(s.getValue(0, 0)).toBe("first");
    expect(s.getValue(1, 0)).toBe("");
  });

  test("a single value is applied to every cell of the range", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Other");
      ws.getRange("A1:B2").values = 7;
      ws.getRange("A1:B2").numberFormat = "0.00";
      await context.sync();
    });
    expect(h.workbook.getSheet("Other").getValues("A1:B2")).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(h.workbook.getSheet("Other").getText(1, 1)).toBe("7.00");
  });

  test("null in a values array leaves the cell unchanged", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Data").getRange("A2:B2").values = [[null, 1]];
      await context.sync();
    });
    expect(h.workbook.getSheet("Data").getValues("A2:B2")).toEqual([["Acme", 1]]);
  });

  test("*OrNullObject returns an object with isNullObject after sync", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      const found = context.workbook.worksheets.getItemOrNullObject("data");
      missing.load("name");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeNull();
      expect(found.isNullObject).toBe(false);
      const t = context.workbook.tables.getItemOrNullObject("T");
      const n = context.workbook.names.getItemOrNullObject("N");
      const s = context.workbook.settings.getItemOrNullObject("S");
      const u = context.workbook.worksheets.getItem("Other").getUsedRangeOrNullObject();
      await context.sync();
      expect([t.isNullObject, n.isNullObject, s.isNullObject, u.isNullObject]).toEqual([
        true,
        true,
        true,
        true,
      ]);
    });
  });

  // "Check isNullObject before using it": https://learn.microsoft.com/en-us/office/dev/add-ins/
  // develop/application-specific-api-model#ornullobject-methods-and-properties (office-js issue
  // 195, office-js-docs-reference issue 771). Nothing is promised for a null object's methods or
  // children, so the fake refuses them (strictNullObjects, on by default).
  test("a null object refuses methods, writes and loads of its children", async () => {
    const h = host();
    const attempts: ((ws: any) => void)[] = [
      (ws) => ws.charts.getItemOrNullObject("Gone").series.load("items/name"),
      (ws) => ws.charts.getItemOrNullObject("Gone").delete(),
      (ws) => (ws.charts.getItemOrNullObject("Gone").name = "New"),
      (ws) => ws.charts.getItemOrNullObject("Gone").title.load("text"),
      (ws) => ws.getUsedRangeOrNullObject().getCell(0, 0).load("values"),
    ];
    // One batch per attempt: each must fail on its own.
    const runs = attempts.map((attempt) =>
      h.Excel.run((context: any) => {
        attempt(context.workbook.worksheets.getItem("Other"));
        return context.sync();
      })
    );
    for (const run of runs) await expect(run).rejects.toMatchObject({ code: "InvalidObjectPath" });
    await h.Excel.run(async (context: any) => {
      const chart = context.workbook.worksheets.getItem("Other").charts.getItemOrNullObject("Gone");
      chart.load("name");
      await context.sync();
      expect(chart.isNullObject).toBe(true);
    });
    const lenient = host({ strictNullObjects: false });
    await lenient.Excel.run(async (context: any) => {
      const chart = context.workbook.worksheets.getItem("Other").charts.getItemOrNullObject("Gone");
      chart.series.load("items/name");
      chart.delete();
      await context.sync();
      expect(chart.series.items).toEqual([]);
    });
  });

  test("APIs above the supported ExcelApi version fail with ApiNotFound", async () => {
    const h = host({ supportedSets: { ExcelApi: "1.12" } });
    await expect(
      h.Excel.run(async (context: any) => {
        const t = context.workbook.tables.add("Data!A1:C4", true);
        t.resize("Data!A1:C3");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("statistics and payload limits", () => {
  test("counts syncs and records request and response bytes per batch", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      const ws = context.workbook.worksheets.getItem("Other");
      ws.getRange("A1:B1").values = [["abc", 12]];
      await context.sync();
      const r = ws.getRange("A1:B1").load("values");
      await context.sync();
      expect(r.values).toEqual([["abc", 12]]);
    });
    expect(h.stats.syncs).toBe(2);
    expect(h.stats.batches).toHaveLength(2);
    // Request: the written array plus the arguments of getItem and getRange.
    const args = JSON.stringify(["Other"]).length + JSON.stringify(["A1:B1"]).length;
    expect(h.stats.batches[0].requestBytes).toBe(JSON.stringify([["abc", 12]]).length + args);
    expect(h.stats.batches[0].responseBytes).toBe(0);
    expect(h.stats.batches[0].ops).toBe(3);
    // Response: the loaded data.
    expect(h.stats.batches[1].responseBytes).toBe(JSON.stringify({ values: [["abc", 12]] }).length);
    expect(h.stats.maxRequestBytes()).toBe(h.stats.batches[0].requestBytes);
    expect(h.stats.maxResponseBytes()).toBe(h.stats.batches[1].responseBytes);
    h.stats.reset();
    expect(h.stats.syncs).toBe(0);
    expect(h.stats.batches).toEqual([]);
  });

  test("bytes are UTF-8 bytes", async () => {
    const h = host();
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Other").getRange("A1").values = [["äöü€"]];
      await context.sync();
    });
    const args = JSON.stringify(["Other"]).length + JSON.stringify(["A1"]).length;
    // ä, ö, ü take 2 bytes and € 3 bytes in UTF-8.
    expect(h.stats.batches[0].requestBytes).toBe(JSON.stringify([["äöü€"]]).length + 3 + 2 + args);
  });

  test("a request over the limit fails the whole batch and applies nothing", async () => {
    const h = host({ maxPayloadBytes: 1000 });
    const big = Array.from({ length: 100 }, (_, i) => [`row ${i} ........`]);
    await expect(
      h.Excel.run(async (context: any) => {
        const ws = context.workbook.worksheets.getItem("Other");
        ws.getRange("D1").values = [["small"]];
        ws.getRange("A1:A100").values = big;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(h.workbook.getSheet("Other").usedRange().rowCount).toBe(0);
    expect(h.stats.batches[0].requestBytes).toBeGreaterThan(1000);
  });

  test("a response over the limit fails the batch and rolls back its writes", async () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`customer number ${i}`]);
    const h = createFakeHost({ sheets: { Other: rows }, maxPayloadBytes: 2000 });
    await expect(
      h.Excel.run(async (context: any) => {
        const ws = context.workbook.worksheets.getItem("Other");
        ws.getRange("B1").values = [["written in the failing batch"]];
        ws.getRange("A1:A100").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(h.workbook.getSheet("Other").getValue(0, 1)).toBe("");
    expect(h.workbook.getSheet("Other").getValue(0, 0)).toBe("customer number 0");
  });

  test("the default limit is 5 MB for both directions", async () => {
    const h = createFakeHost();
    const row = ["x".repeat(1000)];
    const big = Array.from({ length: 5300 }, () => row);
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5300").values = big;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5000").values = big.slice(
        0,
        5000
      );
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A5001:A5300").values = big.slice(
        0,
        300
      );
      await context.sync();
    });
    await expect(
      h.Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5300").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(h.stats.maxRequestBytes()).toBeGreaterThan(5 * 1024 * 1024);
  });
});

describe("reopen", () => {
  test("settings, cells, names and tables survive; old proxies become invalid", async () => {
    const h = host();
    let oldSheet: any;
    let oldContext: any;
    await h.Excel.run(async (context: any) => {
      context.workbook.settings.add("kam", { threshold: 0.8, labels: ["A", "B"] });
      context.workbook.names.add(
        "Revenue",
        context.workbook.worksheets.getItem("Data").getRange("B2:B4")
      );
      context.workbook.tables.add("Data!A1:C4", true).name = "Customers";
      oldSheet = context.workbook.worksheets.getItem("Data");
      oldSheet.load("name");
      oldContext = context;
      await context.sync();
    });
    h.reopen();
    expect(h.workbook.settings()).toEqual({ kam: { threshold: 0.8, labels: ["A", "B"] } });
    expect(oldSheet.name).toBe("Data"); // already loaded JS values stay readable
    oldSheet.getRange("A1").values = [["x"]];
    await expect(oldContext.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
    await h.Excel.run(async (context: any) => {
      const s = context.workbook.settings.getItem("kam").load("value");
      const n = context.workbook.names.getItem("revenue").load("formula");
      const t = context.workbook.tables.getItem("Customers").getDataBodyRange().load("address");
      await context.sync();
      expect(s.value).toEqual({ threshold: 0.8, labels: ["A", "B"] });
      expect(n.formula).toBe("=Data!$B$2:$B$4");
      expect(t.address).toBe("Data!A2:C4");
    });
    expect(h.workbook.getSheet("Data").getValue(0, 0)).toBe("Customer");
  });

  // Worksheet.id is stable while the file is open, not across openings (office-js-docs issue 297;
  // office-js issue 1390: ids remapped after a move between Excel versions).
  test("newIds: every sheet gets another id; names, tables and the active sheet follow", async () => {
    const h = host();
    const ids = async () =>
      h.Excel.run(async (context: any) => {
        const sheets = context.workbook.worksheets.load("items/id,items/name");
        const active = context.workbook.worksheets.getActiveWorksheet().load("name");
        const table = context.workbook.tables.getItem("Customers").worksheet.load("name");
        await context.sync();
        return {
          ids: sheets.items.map((s: any) => s.id),
          active: active.name,
          table: table.name,
        };
      });
    await h.Excel.run(async (context: any) => {
      context.workbook.tables.add("Data!A1:C4", true).name = "Customers";
      context.workbook.worksheets.getItem("Other").activate();
      await context.sync();
    });
    const before = await ids();
    h.reopen({ newIds: true });
    const after = await ids();
    expect(after.ids).toHaveLength(2);
    expect(after.ids.filter((id: string) => before.ids.includes(id))).toEqual([]);
    expect([after.active, after.table]).toEqual(["Other", "Data"]);
  });

  // "The scope is limited to per file and add-in (task-pane or content) combination"
  // (@types/office-js, Excel.SettingCollection): another manifest id sees other settings.
  test("addInId: another add-in id sees its own settings, the same cells and names", async () => {
    const h = host();
    h.workbook.setSetting("kam", 1);
    h.workbook.getSheet("Data").setValue(0, 0, "Kunde");
    h.reopen({ addInId: "dev" });
    expect(h.workbook.settings()).toEqual({});
    expect(h.workbook.getSheet("Data").getValue(0, 0)).toBe("Kunde");
    h.workbook.setSetting("kam", 2);
    h.reopen({ addInId: "default" });
    expect(h.workbook.settings()).toEqual({ kam: 1 });
  });
});

describe("Office", () => {
  test("onReady, context, requirement sets, theme and language", async () => {
    const h = createFakeHost({
      displayLanguage: "de-DE",
      supportedSets: { ExcelApi: "1.12", DialogApi: "1.2" },
      theme: {
        bodyBackgroundColor: "#1F1F1F",
        bodyForegroundColor: "#FFFFFF",
        controlBackgroundColor: "#2B2B2B",
        controlForegroundColor: "#FFFFFF",
      },
    });
    const seen: unknown[] = [];
    await expect(h.Office.onReady((i: unknown) => seen.push(i))).resolves.toEqual({
      host: "Excel",
      platform: "PC",
    });
    expect(seen).toHaveLength(1);
    expect(h.Office.context.displayLanguage).toBe("de-DE");
    expect(h.Office.context.officeTheme.bodyBackgroundColor).toBe("#1F1F1F");
    const req = h.Office.context.requirements;
    expect(req.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(req.isSetSupported("excelapi", 1.4)).toBe(true);
    expect(req.isSetSupported("DialogApi")).toBe(true);
    expect(req.isSetSupported("RibbonApi", "1.1")).toBe(false);
    expect(h.Office.HostType.Excel).toBe("Excel");
    expect(() => h.Office.actions.associate("fn", () => 0)).not.toThrow();
  });

  test("install sets the globals and Excel enums are strings like Office.js", () => {
    const h = createFakeHost();
    const target: any = {};
    h.install(target);
    expect(target.Excel).toBe(h.Excel);
    expect(target.Office).toBe(h.Office);
    expect(target.OfficeExtension).toBe(h.OfficeExtension);
    expect(h.Excel.InsertShiftDirection.right).toBe("Right");
    expect(h.Excel.DeleteShiftDirection.up).toBe("Up");
    expect(h.Excel.ChartType.columnClustered).toBe("ColumnClustered");
    expect(h.Excel.ChartSeriesBy.columns).toBe("Columns");
    expect(h.Excel.ChartAxisType.value).toBe("Value");
    expect(h.Excel.ChartAxisGroup.secondary).toBe("Secondary");
    expect(h.Excel.ConditionalFormatType.custom).toBe("Custom");
    expect(h.Excel.SpecialCellType.visible).toBe("Visible");
    expect(h.Excel.ErrorCodes.itemNotFound).toBe("ItemNotFound");
    h.uninstall(target);
    expect(target.Excel).toBeUndefined();
  });

  test("document settings share the workbook settings store", () => {
    const h = createFakeHost();
    h.Office.context.document.settings.set("lang", "de");
    expect(h.workbook.settings()).toEqual({ lang: "de" });
    expect(h.Office.context.document.settings.get("lang")).toBe("de");
  });
});
