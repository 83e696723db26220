// Round trips 2 and 3 of a refresh: the plan table's size, then its cells in payload-sized blocks.
import type { CellValue } from "../../core/types";
import type { Batch } from "../host/batch";
import { ReadChunker, type RowChunk } from "../host/chunks";
import { loadTableFilter, type ActiveFilter } from "../host/tableFilter";
import { calculatedFormulas } from "./calculatedColumns";
import type { TableInfo } from "./snapshot";

/** A KAM table's cells and where they are: what reading back what people typed needs. */
export interface PlanCells {
  info: TableInfo;
  /** Header row, then data rows, as the workbook holds them (any order, any extra columns). */
  grid: CellValue[][];
  /** Sheet row and column (0-based) of the header's first cell. */
  top: number;
  left: number;
}

/** The plan table as the KAM writer needs it before it writes. */
export interface PlanTable extends PlanCells {
  /** Formula rules that touch the body: the add-in's own are renewed when rows are added. */
  formulaRules: { id: string; formula: string }[];
  /** Per column: the user's calculated-column formula on the last body row, else null. */
  calculated: (string | null)[];
  /** The user's filter on the plan: cleared for the writes, applied again after them. */
  filter: ActiveFilter;
}

/** One chunk of the body: one round trip. */
async function readRows(
  context: Batch,
  body: Excel.Range,
  chunk: RowChunk
): Promise<CellValue[][]> {
  const block = body
    .getCell(chunk.start, 0)
    .getResizedRange(chunk.count - 1, body.columnCount - 1)
    .load("values");
  await context.sync();
  return block.values as CellValue[][];
}

/** A KAM table and its body, as proxies of one batch. */
interface PlanProxies {
  table: Excel.Table;
  body: Excel.Range;
}

function planProxies(context: Batch, info: TableInfo): PlanProxies {
  const table = context.workbook.tables.getItem(info.id);
  return { table, body: table.getDataBodyRange() };
}

/**
 * Reads a KAM table's cells: its header and size, then its body in payload-sized blocks.
 * `alongside` queues other loads that can share the first round trip and is called back after it;
 * `proxies` are the table's, when the caller has queued loads on them too.
 */
export async function readPlanCells(
  context: Batch,
  info: TableInfo,
  alongside: () => () => void = () => () => undefined,
  { table, body }: PlanProxies = planProxies(context, info)
): Promise<PlanCells> {
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  body.load("rowCount,columnCount");
  const after = alongside();
  await context.sync();
  after();

  // Managers' free text makes cells of any size: chunks size themselves on what was read so far,
  // as readSource does, so no response nears Excel on the web's 5 MB limit.
  const width = body.columnCount;
  const rows: CellValue[][] = [];
  const chunker = new ReadChunker(body.rowCount, width);
  for (let chunk = chunker.next(); chunk; chunk = chunker.next()) {
    const values = await readRows(context, body, chunk);
    chunker.observe(values);
    for (const row of values) rows.push(row);
  }
  return {
    info,
    grid: [header.values[0] as CellValue[], ...rows],
    top: header.rowIndex,
    left: header.columnIndex,
  };
}

/**
 * readPlanCells and, in its first round trip, what the writer keeps: the formulas of the first
 * and last body rows (the calculated columns), the formula rules and the user's filter.
 */
export async function readPlanTable(
  context: Batch,
  info: TableInfo,
  alongside: () => () => void = () => () => undefined
): Promise<PlanTable> {
  const proxies = planProxies(context, info);
  const { table, body } = proxies;
  // Queued now, loaded by readPlanCells' first sync (which loads the body's size too).
  const firstRow = body.getRow(0).load("formulas");
  const lastRow = body.getLastRow().load("formulas");
  const rules = body.conditionalFormats.load(
    "items/id,items/type,items/customOrNullObject/rule/formula"
  );
  const filter = loadTableFilter(table);
  const cells = await readPlanCells(context, info, alongside, proxies);
  return {
    ...cells,
    formulaRules: rules.items
      // Only custom rules have a formula; their customOrNullObject is never the null object.
      .filter((cf) => cf.type === "Custom")
      .map((cf) => ({ id: cf.id, formula: cf.customOrNullObject.rule.formula })),
    calculated: calculatedFormulas(firstRow.formulas[0], lastRow.formulas[0], body.rowCount),
    filter: filter(),
  };
}
