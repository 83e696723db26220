// Column builders: one place for the number formats and validations every table shares.
import type { Bilingual, ColumnKind, ColumnSpec, ListId, ValidationSpec } from "./types";

const same = (format: string): Bilingual => ({ en: format, de: format });

export const FORMATS = {
  text: same("@"),
  amount: same("#,##0.00"),
  integer: same("0"),
  percent: same("0.0%"),
  wholePercent: same("0%"),
  signedPercent: same("+0.0%;-0.0%;0.0%"),
  date: { en: "yyyy-mm-dd", de: "dd.mm.yyyy" } as Bilingual,
  general: same("General"),
};

const LIST_MESSAGE: Bilingual = {
  en: "Choose an entry from the list. An administrator can extend the lists on the Lists sheet.",
  de: "Wählen Sie einen Eintrag aus der Liste. Die Listen lassen sich auf dem Blatt Listen erweitern.",
};

function listValidation(list: ListId, strict = true): ValidationSpec {
  if (list === "keyAccounts") {
    return {
      kind: "list",
      list,
      strict,
      message: {
        en: "Choose a key account from the list (refreshed with every analysis).",
        de: "Wählen Sie einen Key Account aus der Liste (wird mit jeder Analyse aktualisiert).",
      },
    };
  }
  return { kind: "list", list, strict, message: LIST_MESSAGE };
}

const DATE_VALIDATION: ValidationSpec = {
  kind: "date",
  message: { en: "Enter a date.", de: "Geben Sie ein Datum ein." },
};

export function text(id: string, header: Bilingual, kind: ColumnKind, width = 120): ColumnSpec {
  return { id, header, kind, type: "text", numberFormat: FORMATS.text, width };
}

/** A column people write sentences into: wrapped, so the whole text shows in a taller row. */
export function longText(id: string, header: Bilingual, width = 240): ColumnSpec {
  return { ...text(id, header, "manual", width), wrap: true };
}

export function amount(id: string, header: Bilingual, kind: ColumnKind): ColumnSpec {
  return { id, header, kind, type: "number", numberFormat: FORMATS.amount, width: 100 };
}

export function date(id: string, header: Bilingual, kind: ColumnKind = "manual"): ColumnSpec {
  return {
    id,
    header,
    kind,
    type: "date",
    numberFormat: FORMATS.date,
    width: 85,
    validation: DATE_VALIDATION,
  };
}

export function choice(
  id: string,
  header: Bilingual,
  list: ListId,
  width = 110,
  strict = true
): ColumnSpec {
  return {
    id,
    header,
    kind: "manual",
    type: "list",
    numberFormat: FORMATS.text,
    width,
    validation: listValidation(list, strict),
  };
}
