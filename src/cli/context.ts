import type { ScoreResult } from "../core/score/scoreCustomers";
import type { Language } from "../core/types";
import type { TextRanges } from "./encodedFields";
import type { ShareTextBuffers } from "./shareTexts";
import type { Source } from "./source";

/** What the writers need besides the result: where the data came from and the language. */
export interface OutputContext {
  file: string;
  lang: Language;
  source: Pick<Source, "kind" | "sheet" | "delimiter">;
  /** The earlier JSON output given with --previous. */
  previousFile?: string;
  /** The key-account score by rank (--score), null without. */
  score: ScoreResult | null;
  /**
   * Where the customers' names and ids sit in the file's bytes, when the reader knows (see
   * CsvRows.customerBytes): the writers copy them from there instead of encoding strings.
   */
  customerBytes?: CustomerBytes | null;
  /** Buffers in which a helper thread makes the shares' texts of a JSON output (see ShareTexts). */
  shareTexts?: ShareTextBuffers | null;
}

/** The customers' names and ids (null without an id column) as ASCII in a file's bytes. */
export interface CustomerBytes {
  names: TextRanges;
  ids: TextRanges | null;
}
