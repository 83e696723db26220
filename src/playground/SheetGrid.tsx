import { Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { columnLetter, quoteSheet } from "../taskpane/logic/source";
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

/** The active sheet as a grid: click selects a cell, Shift+click a range, like Excel. */
export function SheetGrid(props: {
  model: FakeWorkbookModel;
  sheet: string;
  text: PlaygroundStrings;
}) {
  const s = useStyles();
  const { model, sheet, text } = props;
  const anchor = useRef<{ r: number; c: number } | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
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
      </div>
      {rows === 0 ? (
        <Text>{text.emptySheet}</Text>
      ) : (
        <div className={s.wrap}>
          <table className={s.table} data-testid="pg-grid">
            <thead>
              <tr>
                <th className={s.head} aria-hidden="true" />
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} className={s.head} scope="col">
                    {columnLetter(c)}
                  </th>
                ))}
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
                    return (
                      <td
                        key={c}
                        className={inSel(r, c) ? `${s.cell} ${s.selected}` : s.cell}
                        style={{ textAlign: typeof v === "number" ? "right" : "left" }}
                        onMouseDown={(e) => click(r, c, e.shiftKey)}
                      >
                        {ws.getText(r, c)}
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
