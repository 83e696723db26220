import {
  RECORD_PIECE_CHARS,
  recordPieces,
  encodeRunRecord,
} from "../../../src/core/time/runRecord";
import type { RunRecord } from "../../../src/core/time/runRecord";
import { OWNER_MARKER } from "../../../src/excel/host/ownedSheets";
import {
  loadRunRecord,
  RECORD_NAME,
  RECORD_SHEET,
  saveRunRecord,
} from "../../../src/excel/host/runRecordStore";
import { installHost, uninstallHost } from "../fakeHost";

afterEach(uninstallHost);

function record(customers: number, key = (i: number) => `#k${100000 + i}`): RunRecord {
  return {
    date: "2026-12-06",
    from: "2025-12",
    to: "2026-11",
    method: "fixed",
    thresholds: [80, 95],
    customers: Array.from({ length: customers }, (_, i) => ({
      key: key(i),
      revenue: Math.round(((i * 7919) % 1_000_000) + 0.37 * i * 100) / 100,
      class: i < customers * 0.2 ? "A" : i < customers * 0.5 ? "B" : "C",
      xyz: i % 7 === 0 ? null : (["X", "Y", "Z"] as const)[i % 3],
    })),
  };
}

const recordName = (host: ReturnType<typeof installHost>) =>
  host.workbook.names().find((n) => n.name === RECORD_NAME && n.scope === "Workbook");

describe("the run record in the workbook", () => {
  test("round trip through a very hidden, marked sheet, also after reopening with new ids", async () => {
    const host = installHost({ sheets: { Daten: [["Kunde", "Umsatz"]] } });
    expect(await loadRunRecord()).toBeNull();
    const rec = record(300);
    await saveRunRecord(rec);
    const sheet = host.workbook.getSheet(RECORD_SHEET);
    expect(sheet.visibility).toBe("VeryHidden");
    expect(
      host.workbook.names().find((n) => n.name === OWNER_MARKER && n.scope === RECORD_SHEET)
    ).toMatchObject({ formula: '="record"', visible: false });
    expect(recordName(host)).toMatchObject({ visible: false });
    expect(host.workbook.activeSheet).toBe("Daten");
    expect(await loadRunRecord()).toEqual(rec);

    host.reopen({ newIds: true });
    expect(await loadRunRecord()).toEqual(rec);
    // Another add-in id (development manifest) sees the same record: it is part of the file.
    host.reopen({ addInId: "other-id" });
    expect(await loadRunRecord()).toEqual(rec);
  });

  test("10,000 customers: 6 cells of at most 30,000 characters, 2 syncs each way, replaced in place", async () => {
    const host = installHost();
    const rec = record(10000);
    const text = encodeRunRecord(rec);
    host.stats.reset();
    await saveRunRecord(rec);
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.maxRequestBytes()).toBeLessThan(1024 * 1024);
    const cells = host.workbook.getSheet(RECORD_SHEET).getValues();
    expect(cells.length).toBe(recordPieces(text).length);
    expect(cells.length).toBe(6);
    for (const [piece] of cells)
      expect(String(piece).length).toBeLessThanOrEqual(RECORD_PIECE_CHARS);
    expect(recordName(host)?.formula).toBe(`=${RECORD_SHEET}!$A$1:$A$6`);

    host.stats.reset();
    expect(await loadRunRecord()).toEqual(rec);
    expect(host.stats.syncs).toBe(2);

    // Next month's smaller record: the rows of the longer one are gone, still one sheet.
    const small = record(40);
    await saveRunRecord(small);
    expect(host.workbook.getSheet(RECORD_SHEET).getValues().length).toBe(1);
    expect(host.workbook.sheetNames.length).toBe(2);
    expect(await loadRunRecord()).toEqual(small);
  });

  test("a piece starting with = stays text", async () => {
    const host = installHost();
    // Find where the second piece starts and give that customer a key starting with "=".
    const rec = record(3000);
    const pieces = recordPieces(encodeRunRecord(rec));
    const firstKey = pieces[1].split("\t")[0];
    const i = rec.customers.findIndex((c) => c.key === firstKey);
    rec.customers[i].key = "=" + firstKey.slice(1);
    expect(recordPieces(encodeRunRecord(rec))[1].startsWith("=")).toBe(true);
    await saveRunRecord(rec);
    expect(host.workbook.getSheet(RECORD_SHEET).getFormula(1, 0)).toBeUndefined();
    expect(await loadRunRecord()).toEqual(rec);
  });

  test("renaming the sheet or deleting the name does not lose it; a user's sheet is never used", async () => {
    const host = installHost({
      sheets: { Daten: [["Kunde"]], [RECORD_SHEET]: [["Meine Notizen"]] },
    });
    const rec = record(50);
    await saveRunRecord(rec);
    // The user's sheet of that name is untouched; the record got a sheet of its own.
    expect(host.workbook.getSheet(RECORD_SHEET).getValues()).toEqual([["Meine Notizen"]]);
    const own = `${RECORD_SHEET} (2)`;
    expect(host.workbook.getSheet(own).visibility).toBe("VeryHidden");

    host.workbook.renameSheet(own, "Umbenannt");
    expect(await loadRunRecord()).toEqual(rec);

    // A name pointing at the user's sheet (damaged or typed by hand) is not the record ...
    host.reopen();
    await Excel.run(async (context) => {
      context.workbook.names.getItem(RECORD_NAME).delete();
      context.workbook.names.add(RECORD_NAME, `='${RECORD_SHEET}'!$A$1`);
      await context.sync();
    });
    expect(await loadRunRecord()).toBeNull();
    // ... and the next save goes to the marked sheet again and repairs the name.
    const next = record(60);
    await saveRunRecord(next);
    expect(host.workbook.getSheet(RECORD_SHEET).getValues()).toEqual([["Meine Notizen"]]);
    expect(host.workbook.sheetNames).toEqual(["Daten", RECORD_SHEET, "Umbenannt"]);
    expect(await loadRunRecord()).toEqual(next);
  });

  test("damaged text reads as no record", async () => {
    const host = installHost();
    await saveRunRecord(record(5));
    host.workbook.getSheet(RECORD_SHEET).setValue(0, 0, "kaputt");
    expect(await loadRunRecord()).toBeNull();
  });
});
