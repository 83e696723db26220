// `kam analyze FILE [options]`: reads the file, runs the core and writes the result.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { analyze, analyzeRead } from "../core/analyze";
import { isAnalysisError } from "../core/errors";
import { scoreAnalysis } from "../core/score/scoreAnalysis";
import { findHeaderRow } from "../core/table/findHeaderRow";
import { readRatings } from "../core/table/readRatings";
import { DEFAULT_THRESHOLDS } from "../core/thresholds";
import { monthLabel } from "../core/time/months";
import type { Language, Message, RowIssue } from "../core/types";
import { languageArg, parseArgs, type AnalyzeArgs } from "./args";
import { CLI_CATALOGUE, describeIssue, translate } from "./catalogue";
import { resolveColumns } from "./columns";
import { CliError, UsageError } from "./errors";
import { helpText } from "./help";
import { writeOutput } from "./output";
import { fileSink, streamSink } from "./sink";
import { loadSource } from "./source";
import { timeOptionsOf } from "./timeOptions";

export interface Io {
  stdout: (data: string | Uint8Array) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Runs the command line; resolves to the exit code (0 done, 1 unusable data, 2 wrong usage). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let lang: Language = languageArg(argv);
  const say = (m: Message) => translate(m, lang);
  try {
    const command = parseArgs(argv);
    if (command.kind === "help") {
      io.stdout(helpText(command.lang));
      return 0;
    }
    if (command.kind === "version") {
      io.stdout(version() + "\n");
      return 0;
    }
    lang = command.args.lang;
    return await analyzeFile(command.args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`kam: ${say(e)}\n${say({ code: "CLI_USAGE" })}\n`);
      return 2;
    }
    throw e;
  }
}

async function analyzeFile(args: AnalyzeArgs, io: Io): Promise<number> {
  const { lang } = args;
  // Rows the file spells wrongly explain a failure too (say, a quote that swallowed rows).
  let unreadable: readonly RowIssue[] = [];
  const fail = (m: Message) => {
    const lines = [`kam: ${args.file}: ${translateForCli(m, lang)}`];
    for (const issue of unreadable) lines.push("- " + describeIssue(issue, lang));
    io.stderr(lines.join("\n") + "\n");
    return 1;
  };
  const note = (code: string) => io.stderr(translate({ code }, lang) + "\n");
  if (args.method === "computed" && args.thresholds) note("CLI_THRESHOLDS_IGNORED");
  if (args.method !== "fixed" && args.strict) note("CLI_STRICT_IGNORED");
  if (args.method === "computed" && args.stability !== undefined)
    note("CLI_STABILITY_NOT_COMPUTED");
  try {
    const source = await loadSource(args.file, args.sheet, lang, { json: args.format === "json" });
    if (source.kind === "csv" && args.sheet !== undefined) note("CLI_SHEET_IGNORED");
    unreadable = source.readOptions.unreadableRows ?? [];
    // The same header row the core would find, so that names and the core agree.
    const headerRow = source.grid.length > 0 ? findHeaderRow(source.grid) : null;
    const columns = resolveColumns(source.grid, headerRow, args);
    const options = {
      ...source.readOptions,
      headerRow,
      columns,
      method: args.method,
      thresholds: args.thresholds ?? DEFAULT_THRESHOLDS[args.method],
      strict: args.strict,
      time: timeOptionsOf(args),
      valueColumn: args.abcOn,
    };
    const result = source.readTable
      ? analyzeRead(source.readTable, options)
      : analyze(source.grid, options);
    if (!result.time) {
      for (const option of ["period", "xyz", "previous", "stability"] as const)
        if (args[option] !== undefined)
          io.stderr(
            translate({ code: "CLI_NO_TIME_AXIS", params: { option: "--" + option } }, lang) + "\n"
          );
    }
    // Ratings are read from the grid before it is let go; they only matter for the score. There
    // is no KAM plan here: the data's rating columns are all there is.
    const score = args.score
      ? scoreAnalysis(result, args.score, {
          data: readRatings(source.grid, result.table, result.customers.count, source.rowAt),
        })
      : null;
    const { kind, sheet, delimiter } = source;
    source.grid = []; // the result has what it needs; let the collector have the cells
    const sink = args.out === undefined ? streamSink(io.stdout) : fileSink(args.out);
    writeOutput(
      args.format,
      result,
      {
        file: args.file,
        lang,
        source: { kind, sheet, delimiter },
        previousFile: args.previous,
        score,
        customerBytes: source.customerBytes?.() ?? null,
        shareTexts: source.shareTexts?.() ?? null,
      },
      sink
    );
    if (args.out !== undefined) {
      io.stderr(
        translate(
          { code: "CLI_WROTE", params: { customers: result.summary.customers, file: args.out } },
          lang
        ) + "\n"
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof CliError || isAnalysisError(e)) return fail(e);
    throw e;
  }
}

/**
 * Core failures in words for a file ("the file holds ...") where the CLI has them; a period to
 * try is given as the --period argument to type ("2024-12:2025-11").
 */
function translateForCli(message: Message, lang: Language): string {
  const cli = "CLI_" + message.code;
  if (!CLI_CATALOGUE.texts(cli)) return translate(message, lang);
  const params = { ...message.params };
  const { tryFromMonth, tryToMonth } = params;
  if (typeof tryFromMonth === "number" && typeof tryToMonth === "number")
    params.tryPeriod = `${monthLabel(tryFromMonth)}:${monthLabel(tryToMonth)}`;
  return translate({ ...message, code: cli, params }, lang);
}

function version(): string {
  // src/cli when run by ts-jest, dist-cli/src/cli when compiled.
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file))
      return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "unknown";
}
