import { Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { formatNumber } from "../../core/i18n/format";
import type { Language } from "../../core/types";
import type { FakeWorkbookModel } from "../../../fake-excel/workbook-api";
import { evaluateFormula } from "./evaluate";
import { FORMULA_STRINGS } from "./strings";

const MAX_SHOWN = 100;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  input: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    whiteSpace: "nowrap",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** A cell's value as Excel would show it in a General-formatted cell, roughly. */
function shown(value: unknown, lang: Language): string {
  if (typeof value === "number") return formatNumber(value, lang, 4);
  return value === null || value === undefined ? "" : String(value);
}

/**
 * A formula cell beside the simulated sheet: =KAM.… runs through the worksheet functions and its
 * spill shows below, recalculated whenever the workbook changes (`version`).
 */
export function FormulaCell(props: {
  model: FakeWorkbookModel;
  sheet: string;
  lang: Language;
  version: number;
}) {
  const { model, sheet, lang, version } = props;
  const s = useStyles();
  const text = FORMULA_STRINGS[lang];
  const [typed, setTyped] = useState("");
  const [formula, setFormula] = useState("");
  const result = useMemo(
    () => (formula ? evaluateFormula(formula, model, sheet, lang) : null),
    // version: the workbook changed, so the formula recalculates as in Excel
    [formula, model, sheet, lang, version]
  );
  return (
    <section className={s.box} aria-label={text.title} data-testid="pg-formula-cell">
      <div className={s.bar}>
        <Text id="pg-formula-label" weight="semibold">
          {text.label}
        </Text>
        <Input
          className={s.input}
          aria-labelledby="pg-formula-label"
          aria-describedby="pg-formula-hint"
          placeholder={text.example}
          data-testid="pg-formula"
          value={typed}
          onChange={(_, d) => setTyped(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") setFormula(typed.trim());
          }}
        />
      </div>
      <Text id="pg-formula-hint" size={200}>
        {text.hint}
      </Text>
      {result?.kind === "error" && (
        <Text className={s.error} data-testid="pg-formula-error" role="alert">
          {result.code} {result.message}
        </Text>
      )}
      {result?.kind === "spill" && (
        <>
          <table className={s.table} data-testid="pg-spill" aria-label={text.spill}>
            <tbody>
              {result.rows.slice(0, MAX_SHOWN).map((row, r) => (
                <tr key={r}>
                  {row.map((v, c) => (
                    <td
                      key={c}
                      className={s.cell}
                      style={{ textAlign: typeof v === "number" ? "right" : "left" }}
                    >
                      {shown(v, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {result.rows.length > MAX_SHOWN && (
            <Text size={200}>
              {text.more.replace("{count}", String(result.rows.length - MAX_SHOWN))}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
