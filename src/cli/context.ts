import type { ScoreResult } from "../core/score/scoreCustomers";
import type { Language } from "../core/types";
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
}
