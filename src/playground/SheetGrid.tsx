import { Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { parseNumberText } from "../core/number/parseNumber";
import type { Language } from "../core/types";
import { columnLetter, quoteSheet } from "../core/a1";
import type { FakeWorkbookModel } from "../../fake-excel/workbook-api";
import type { PlaygroundStrings } from "./strings";

const MAX_ROWS = 200;
const MAX_COLS = 26;

const useStyles = makeStyles({
  wrap: { overflow: "auto", maxHeight: "70vh", border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, userSelect: "none" },
  head: {
    position: "sticky",
    top: "0",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    minWidth: "40px",
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    textAlign: "right",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    whiteSpace: "nowrap",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginBottom: "4px",
  },
});

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** "Sheet1!B2:D9" (first area) -> 0-based rectangle on that sheet. */
export function parseSelection(selection: string): { sheet: string; rect: Rect } | null {
  const bang = selection.lastIndexOf("!");
  if (bang < 0) return null;
  const sheet = selection
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const area = selection
    .slice(bang + 1)
    .split(",")[0]
    .replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(area);
  if (!m) return null;
  const col = (s: string) =>
    [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = Number(m[2]) - 1;
  const c0 = col(m[1]);
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const c1 = m[3] ? col(m[3]) : c0;
  return {
    sheet,
    rect: {
      r0: Math.min(r0, r1),
      c0: Math.min(c0, c1),
      r1: Math.max(r0, r1),
      c1: Math.max(c0, c1),
    },
  };
}

/** Excel's column width in points as screen pixels. */
const PX_PER_POINT = 4 / 3;
const PLAIN_NUMBER = /^[-+(]?[\d,]*\.?\d*%?\)?$/;

/** A number cell's text as German Excel shows it ("1,234.5" -> "1.234,5"); other text as is. */
export function cellText(text: string, isNumber: boolean, lang: Language): string {
  if (lang !== "de" || !isNumber || !PLAIN_NUMBER.test(text)) return text;
  return text.replace(/[.,]/g, (ch) => (ch === "." ? "," : "."));
}

/** What a person typed, as Excel stores it: numbers in the language's notation, formulas, text. */
export function typedValue(input: string, lang: Language): string | number {
  const t = input.trim();
  if (t === "" || t.startsWith("=")) return t;
  const n = parseNumberText(t, lang === "de" ? "," : ".");
  return typeof n === "number" && /^[-+(]?[\d.,\s]+\)?$/.test(t) ? n : input;
}

/**
 * The active sheet as a grid: click selects a cell, Shift+click a range, like Excel. The value
 * box edits the selected cell (double-click a cell to go there); widths and bold as written.
 */
export function SheetGrid(props: {
  model: FakeWorkbookModel;
  sheet: string;
  text: PlaygroundStrings;
  lang: Language;
}) {
  const s = useStyles();
  const { model, sheet, text, lang } = props;
  const anchor = useRef<{ r: number; c: number } | null>(null);
  const valueBox = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const ws = model.getSheet(sheet);
  const used = ws.usedRange(true);
  const rows = used.address ? Math.min(MAX_ROWS, used.rowIndex + used.rowCount) : 0;
  const cols = used.address ? Math.min(MAX_COLS, used.columnIndex + used.columnCount) : 0;
  const sel = parseSelection(model.selection);
  const rect = sel && sel.sheet === sheet ? sel.rect : null;
  const inSel = (r: number, c: number) =>
    !!rect && r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
  const address = (r0: number, c0: number, r1: number, c1: number) => {
    const a = `${columnLetter(Math.min(c0, c1))}${Math.min(r0, r1) + 1}`;
    const b = `${columnLetter(Math.max(c0, c1))}${Math.max(r0, r1) + 1}`;
    return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
  };
  const click = (r: number, c: number, extend: boolean) => {
    if (extend && anchor.current) model.select(address(anchor.current.r, anchor.current.c, r, c));
    else {
      anchor.current = { r, c };
      model.select(address(r, c, r, c));
    }
  };
  const shown = model.selection.startsWith(quoteSheet(sheet) + "!") ? model.selection : "";
  const active = rect ? { r: rect.r0, c: rect.c0 } : null;
  const activeText = () => {
    if (!active) return "";
    const formula = ws.getFormula(active.r, active.c);
    if (formula) return formula;
    const v = ws.getValue(active.r, active.c);
    return typeof v === "number" && lang === "de" ? String(v).replace(".", ",") : String(v ?? "");
  };
  const commit = () => {
    if (!active || editing === null) return;
    // Typing replaces the cell, as in Excel; a formula cell then holds the new value.
    ws.setValue(active.r, active.c, typedValue(editing, lang));
    setEditing(null);
  };
  return (
    <div>
      <div className={s.bar}>
        <Text id="pg-selection-label">{text.selection}</Text>
        <Input
          aria-labelledby="pg-selection-label"
          data-testid="pg-selection"
          value={typed ?? shown}
          onChange={(_, d) => setTyped(d.value)}
          onKeyDown={(e) => {
            if (e.key !== "Enter" || typed === null) return;
            const value = typed.includes("!") ? typed : `${quoteSheet(sheet)}!${typed}`;
            try {
              model.select(value);
            } catch {
              // An invalid address keeps the old selection, as Excel's name box does.
            }
            setTyped(null);
          }}
        />
        <Text id="pg-value-label">{text.value}</Text>
        <Input
          ref={valueBox}
          aria-labelledby="pg-value-label"
          data-testid="pg-value"
          disabled={!active}
          value={editing ?? activeText()}
          onChange={(_, d) => setEditing(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") setEditing(null);
          }}
          onBlur={() => setEditing(null)}
        />
      </div>
      {rows === 0 ? (
        <Text>{text.emptySheet}</Text>
      ) : (
        <div className={s.wrap}>
          <table className={s.table} data-testid="pg-grid">
            <thead>
              <tr>
                <th className={s.head} aria-hidden="true" />
                {Array.from({ length: cols }, (_, c) => {
                  const width = `${Math.round(ws.columnWidth(c) * PX_PER_POINT)}px`;
                  return (
                    <th
                      key={c}
                      className={s.head}
                      scope="col"
                      style={{ width, minWidth: width, maxWidth: width }}
                    >
                      {columnLetter(c)}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th className={s.rowHead} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: cols }, (_, c) => {
                    const v = ws.getValue(r, c);
                    const format = ws.getFormat(r, c);
                    return (
                      <td
                        key={c}
                        className={inSel(r, c) ? `${s.cell} ${s.selected}` : s.cell}
                        style={{
                          textAlign: typeof v === "number" ? "right" : "left",
                          fontWeight: format.bold ? 600 : undefined,
                          maxWidth: `${Math.round(ws.columnWidth(c) * PX_PER_POINT)}px`,
                        }}
                        onMouseDown={(e) => click(r, c, e.shiftKey)}
                        onDoubleClick={() => {
                          setEditing(null);
                          valueBox.current?.focus();
                        }}
                      >
                        {cellText(ws.getText(r, c), typeof v === "number", lang)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {used.address && used.rowIndex + used.rowCount > rows && (
        <Text size={200}>
          {text.moreRows.replace("{count}", String(used.rowIndex + used.rowCount - rows))}
        </Text>
      )}
    </div>
  );
}
