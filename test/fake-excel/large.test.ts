/* A full-height sheet (1,048,576 rows) written and read back in chunks under the 5 MB limit. */
import { createFakeHost } from "../../fake-excel";

const ROWS = 1048576;
const CHUNK = 100000;
const REGIONS = ["North", "South", "East", "West"];

function makeRows(start: number, count: number): (string | number | boolean)[][] {
  const out: (string | number | boolean)[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const r = start + i;
    out[i] = [`C${String(r).padStart(7, "0")}`, (r % 9973) * 1.25, REGIONS[r % 4], r % 2 === 0];
  }
  return out;
}

type Host = ReturnType<typeof createFakeHost>;

/** One batch per chunk: a chunk is as much as one request may carry. */
async function writeFrom(h: Host, start: number): Promise<void> {
  if (start >= ROWS) return;
  const n = Math.min(CHUNK, ROWS - start);
  await h.Excel.run(async (context: any) => {
    context.workbook.worksheets.getItem("Big").getRangeByIndexes(start, 0, n, 4).values = makeRows(
      start,
      n
    );
    await context.sync();
  });
  return writeFrom(h, start + n);
}

async function readFrom(
  h: Host,
  start: number,
  acc: { rows: number; mismatches: number }
): Promise<void> {
  if (start >= ROWS) return;
  const n = Math.min(CHUNK, ROWS - start);
  const values: unknown[][] = await h.Excel.run(async (context: any) => {
    const r = context.workbook.worksheets
      .getItem("Big")
      .getRangeByIndexes(start, 0, n, 4)
      .load("values");
    await context.sync();
    return r.values;
  });
  const expected = makeRows(start, n);
  for (let i = 0; i < n; i++) {
    const a = values[i];
    const b = expected[i];
    if (a[0] !== b[0] || a[1] !== b[1] || a[2] !== b[2] || a[3] !== b[3]) acc.mismatches++;
  }
  acc.rows += n;
  return readFrom(h, start + n, acc);
}

jest.setTimeout(120000);

test("1,048,576 rows x 4 columns: chunked writes and reads stay under 5 MB and round-trip", async () => {
  const h = createFakeHost({ sheets: { Big: [] } });
  await writeFrom(h, 0);
  const writes = h.stats.batches.length;
  expect(writes).toBe(Math.ceil(ROWS / CHUNK));
  expect(h.stats.maxRequestBytes()).toBeLessThan(5 * 1024 * 1024);
  expect(h.stats.maxRequestBytes()).toBeGreaterThan(3 * 1024 * 1024);

  const used = await h.Excel.run(async (context: any) => {
    const u = context.workbook.worksheets
      .getItem("Big")
      .getUsedRange(true)
      .load("address, rowCount");
    await context.sync();
    return [u.address, u.rowCount];
  });
  // A range spanning all rows is addressed as whole columns, as Excel does.
  expect(used).toEqual(["Big!A:D", ROWS]);

  h.stats.reset();
  const acc = { rows: 0, mismatches: 0 };
  await readFrom(h, 0, acc);
  expect(acc).toEqual({ rows: ROWS, mismatches: 0 });
  expect(h.stats.maxResponseBytes()).toBeLessThan(5 * 1024 * 1024);

  // Reading everything at once exceeds the response limit, as in Excel on the web.
  await expect(
    h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Big").getRange("A:D").load("values");
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });

  // The sheet is full: inserting a row would push data off the sheet.
  await expect(
    h.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Big").getRange("2:2").insert("Down");
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "NonBlankCellOffSheet" });

  const s = h.workbook.getSheet("Big");
  expect(s.getValue(ROWS - 1, 0)).toBe("C1048575");
  expect(s.getValue(ROWS - 1, 3)).toBe(false);
});

test("a 1,048,575 x 3 data block loads into the model and sorts, deletes and filters", async () => {
  const data: (string | number)[][] = new Array(ROWS);
  data[0] = ["Customer", "Revenue", "Region"];
  for (let r = 1; r < ROWS; r++) data[r] = [`K${r}`, (r * 7919) % 100003, REGIONS[r % 4]];
  const h = createFakeHost({ sheets: { Data: data } });
  const s = h.workbook.getSheet("Data");
  expect(s.usedRange()).toMatchObject({ rowCount: ROWS, columnCount: 3 });
  s.sortRows(1, ROWS - 1, { column: 1, ascending: false });
  expect(s.getValue(1, 1)).toBe(100002);
  s.deleteRows(1, 1000);
  expect(s.usedRange().rowCount).toBe(ROWS - 1000);
  s.hideRows(10, 500000);
  const view = await h.Excel.run(async (context: any) => {
    const areas = context.workbook.worksheets
      .getItem("Data")
      .getRange("A:C")
      .getSpecialCells("Visible");
    areas.load("address");
    await context.sync();
    return areas.address;
  });
  expect(view).toBe("Data!A1:C10,Data!A500011:C1048576");
});
