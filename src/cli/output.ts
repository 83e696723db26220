// Picks the writer for --format.
import type { AnalysisResult } from "../core/analyze";
import type { Format } from "./args";
import type { OutputContext } from "./context";
import { writeCsv } from "./outputCsv";
import { writeJson } from "./outputJson";
import { renderTable } from "./outputTable";
import type { Sink } from "./sink";

export function writeOutput(
  format: Format,
  result: AnalysisResult,
  ctx: OutputContext,
  sink: Sink
): void {
  if (format === "json") writeJson(result, ctx, sink);
  else if (format === "csv") writeCsv(result, ctx, sink);
  else sink.writer.text(renderTable(result, ctx));
  sink.close();
}
