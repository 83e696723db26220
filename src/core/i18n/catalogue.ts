// What one face (task pane, command line, worksheet functions, Excel layer) can say: built once
// at the face's entry point from the tables its modules export, so nothing depends on which
// modules happened to be imported first.
import { excelErrorName, isExcelError } from "../number/excelErrors";
import type { Language, Message } from "../types";
import { fillTemplate, type Params } from "./fill";
import { isOne } from "./locales";

/** One message in both languages; `one` is the wording for a count of one. */
export interface MessageTexts {
  en: string;
  de: string;
  /** Used where the count parameter (`count`, else `rows`) is "one" by the language's plural rules. */
  one?: Record<Language, string>;
}

export type MessageTable = Readonly<Record<string, MessageTexts>>;

export interface Catalogue {
  /** The texts of a code, or undefined where this face has none. */
  texts(code: string): MessageTexts | undefined;
  /** Every code of the face, for tests and lists. */
  codes(): readonly string[];
  /** The message in the user's language, its parameters formatted for that locale. */
  translate(message: Message, lang: Language): string;
  /** A row issue in words; `firstRow` is the sheet row number of grid row 0 (1 for A1). */
  describeIssue(
    issue: Message & { row: number; value?: unknown },
    lang: Language,
    firstRow?: number
  ): string;
}

/** The tables merged; a code defined twice is a mistake that would hide one of the texts. */
export function buildCatalogue(...tables: readonly MessageTable[]): Catalogue {
  const all = new Map<string, MessageTexts>();
  for (const table of tables) {
    for (const [code, texts] of Object.entries(table)) {
      if (all.has(code)) throw new Error(`message code ${code} is defined twice`);
      all.set(code, texts);
    }
  }
  const translate = (message: Message, lang: Language): string => {
    const texts = all.get(message.code);
    if (!texts) return message.code;
    return fillTemplate(templateOf(texts, message.params, lang), message.params, lang);
  };
  return {
    texts: (code) => all.get(code),
    codes: () => [...all.keys()],
    translate,
    describeIssue: (issue, lang, firstRow = 1) =>
      translate(
        {
          code: issue.code,
          params: {
            ...issue.params,
            row: String(issue.row + firstRow),
            value: quoted(issue.value, lang),
          },
        },
        lang
      ),
  };
}

/**
 * The wording of `texts` for these parameters: the `one` form where the count parameter
 * (`count`, or `rows` where there is no `count`) is "one" by the language's plural rules.
 */
export function templateOf(
  texts: MessageTexts,
  params: Params | undefined,
  lang: Language
): string {
  if (!texts.one || !params) return texts[lang];
  const count = params.count !== undefined ? params.count : params.rows;
  return typeof count === "number" && isOne(count, lang) ? texts.one[lang] : texts[lang];
}

// German: „Anführungszeichen“ and Excel's German error names (#NV for #N/A).
function quoted(value: unknown, lang: Language): string {
  if (value === undefined || value === null) return "";
  const raw = String(value);
  if (lang === "en") return `"${raw}"`;
  return `„${isExcelError(raw) ? excelErrorName(raw, lang) : raw}“`;
}
