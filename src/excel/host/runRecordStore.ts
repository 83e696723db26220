// The run record (core time/runRecord.ts) in the workbook: pieces of at most 30,000 characters,
// one per cell down column A of a very hidden sheet that belongs to the add-in. The sheet is found
// through the workbook name KAA_RunRecord (names follow renames and moves and are saved with the
// file; Worksheet.id is not kept across openings) and is only used when it carries the owner
// marker "record" (ownedSheets.ts). Only the last record is kept: "since the last run" needs no
// more, and it stays at one run's size (about 170 KiB, 6 cells for 10,000 customers).
//
// Why a sheet and not customXmlParts (ExcelApi 1.5): cells are read and written a few rows per
// request, so a record of any size stays under the 5 MB payload of one request, where a custom XML
// part comes back as one string (getXml). A very hidden sheet cannot be unhidden, renamed or
// deleted from Excel's user interface ("the user cannot make the object visible",
// https://learn.microsoft.com/en-us/office/vba/api/excel.xlsheetvisibility; Excel.SheetVisibility,
// ExcelApi 1.1, https://learn.microsoft.com/en-us/javascript/api/excel/excel.sheetvisibility).
import { formatRect, rect, rowCount } from "../../core/a1";
import {
  decodeRunRecord,
  encodeRunRecord,
  joinRecordPieces,
  recordPieces,
  RECORD_PIECE_CHARS,
  type RunRecord,
} from "../../core/time/runRecord";
import { runBatch, syncInSteps, type Batch } from "./batch";
import { cellBytes, chunksBySize, rowChunks, type RowChunk } from "./chunks";
import {
  queueMarkSheet,
  queueSheetFacts,
  sameSheet,
  sheetFacts,
  type SheetFacts,
} from "./ownedSheets";
import { TEXT_FORMAT } from "./safeText";
import { uniqueSheetName } from "./sheetNames";
import { nameArea, queueName } from "./state";

/** Workbook name over the record's cells (A1:An of the record sheet). */
export const RECORD_NAME = "KAA_RunRecord";
/** Name of a new record sheet (never shown: the sheet is very hidden). */
export const RECORD_SHEET = "KAA_RunRecord";
/** A piece's worst case in a response: every character 3 bytes in UTF-8. */
const PIECE_BYTES = 3 * RECORD_PIECE_CHARS;

const COMMENT = "Key Account Analyzer: record of the last run (per customer revenue, class, XYZ)";

/** The record sheet: the one the name points to when it carries the marker, else any marked one. */
function recordHome(
  facts: readonly SheetFacts[],
  named: string | undefined
): SheetFacts | undefined {
  const marked = facts.filter((f) => f.role === "record");
  return marked.find((f) => named !== undefined && sameSheet(f.name, named)) ?? marked[0];
}

/** Reads one block of pieces: queued and sent in one round trip. */
async function readPieces(context: Batch, ws: Excel.Worksheet, chunk: RowChunk): Promise<string[]> {
  const range = ws.getRangeByIndexes(chunk.start, 0, chunk.count, 1).load("values");
  await context.sync();
  return range.values.map((row) => String(row[0]));
}

/** The last run's record; null when there is none (or it is damaged, or not the add-in's). */
export function loadRunRecord(): Promise<RunRecord | null> {
  return runBatch(async (context) => {
    const name = queueName(context, RECORD_NAME);
    const sheets = queueSheetFacts(context);
    await context.sync();
    const area = nameArea(name);
    const home = area ? recordHome(sheetFacts(sheets), area.sheet) : undefined;
    // Only a single column from A1 on the marked sheet is the record.
    if (!area || !home || !sameSheet(home.name, area.sheet as string)) return null;
    const r = area.rect;
    if (r.top !== 0 || r.left !== 0 || r.right !== 0) return null;
    const ws = context.workbook.worksheets.getItem(home.name);
    const pieces: string[] = [];
    for (const chunk of rowChunks(rowCount(r), 1, PIECE_BYTES))
      pieces.push(...(await readPieces(context, ws, chunk)));
    return decodeRunRecord(joinRecordPieces(pieces));
  });
}

/**
 * Replaces the stored record with `record`: the record sheet is created (very hidden, marked) when
 * the workbook has none, cleared, and written in steps within the payload budget.
 */
export function saveRunRecord(record: RunRecord): Promise<void> {
  const pieces = recordPieces(encodeRunRecord(record));
  return runBatch(async (context) => {
    const name = queueName(context, RECORD_NAME);
    const sheets = queueSheetFacts(context);
    await context.sync();
    const facts = sheetFacts(sheets);
    const home = recordHome(facts, nameArea(name)?.sheet);
    const ws = home
      ? context.workbook.worksheets.getItem(home.name)
      : context.workbook.worksheets.add(
          uniqueSheetName(
            RECORD_SHEET,
            facts.map((f) => f.name)
          )
        );
    const chunks = chunksBySize(pieces.length, (i) => cellBytes(pieces[i]));
    const steps = chunks.map((chunk, i) => () => {
      if (i === 0) {
        if (home) ws.getRange().clear();
        else {
          queueMarkSheet(ws, "record");
          ws.visibility = Excel.SheetVisibility.veryHidden;
        }
        // A new name over exactly the pieces (a deleted or broken one is replaced too).
        if (!name.isNullObject) name.delete();
        context.workbook.names.add(
          RECORD_NAME,
          ws.getRange(formatRect(rect(0, 0, pieces.length - 1, 0))),
          COMMENT
        ).visible = false;
      }
      // Text format first: a piece starting with "=" stays text.
      const range = ws.getRangeByIndexes(chunk.start, 0, chunk.count, 1);
      range.numberFormat = pieces
        .slice(chunk.start, chunk.start + chunk.count)
        .map(() => [TEXT_FORMAT]);
      range.values = pieces.slice(chunk.start, chunk.start + chunk.count).map((p) => [p]);
    });
    await syncInSteps(context, steps);
  });
}
