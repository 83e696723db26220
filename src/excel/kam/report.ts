// The report lines of a KAM action, as translatable messages (texts in core/kam/messages).
import "../../core/kam/messages";
import type { Language, Message } from "../../core/types";
import type { Prepared } from "./prepare";

const joinList = (items: readonly string[]) => items.join(", ");

export function selectionLines(p: Prepared): Message[] {
  const count = p.accounts.length;
  if (count === 0) return [{ code: "KAM_NO_KEY_ACCOUNTS" }];
  const a = p.accounts.filter((k) => k.selectedBy === "class" && k.class === "A").length;
  const b = p.accounts.filter((k) => k.selectedBy === "class" && k.class === "B").length;
  const lines: Message[] = [
    { code: "KAM_KEY_ACCOUNTS", params: { count, a, b, extra: count - a - b } },
  ];
  if (p.unknownExtras.length)
    lines.push({ code: "KAM_UNKNOWN_EXTRA", params: { keys: joinList(p.unknownExtras) } });
  return lines;
}

export function planLines(p: Prepared, done: boolean): Message[] {
  const c = p.changes.counts;
  const lines: Message[] = [
    done
      ? {
          code: "KAM_PLAN_DONE",
          params: {
            added: c.added,
            updated: c.updated + c.again,
            unchanged: c.unchanged,
            noLonger: c.noLonger,
          },
        }
      : {
          code: "KAM_PLAN_WILL",
          params: { added: c.added, updated: c.updated + c.again, noLonger: c.noLonger },
        },
  ];
  if (p.plan) {
    for (const col of p.changes.addedColumns)
      lines.push({
        code: done ? "KAM_COLUMN_ADDED_DONE" : "KAM_COLUMN_ADDED",
        params: { column: col.header },
      });
  }
  if (p.plan?.filter.length) {
    lines.push({ code: done ? "KAM_FILTER_REAPPLIED" : "KAM_FILTER_REAPPLY" });
  }
  if (p.changes.duplicateKeys.length) {
    lines.push({
      code: done ? "KAM_DUPLICATE_ROWS_DONE" : "KAM_DUPLICATE_ROWS",
      params: { count: p.changes.duplicateKeys.length },
    });
  }
  return lines;
}

/** `done` false: before the action (plan); true: after it (report, past tense). */
export function contextLines(p: Prepared, userLang: Language, done: boolean): Message[] {
  const lines: Message[] = [];
  for (const id of p.vanished) {
    lines.push({
      code: done ? "KAM_TABLE_MISSING_DONE" : "KAM_TABLE_MISSING",
      params: { table: p.snap.state?.tables[id]?.name ?? id },
    });
  }
  if (p.sheetLang !== userLang) lines.push({ code: "KAM_LANGUAGE_KEPT" });
  return lines;
}

export function sheetsLine(sheets: readonly string[], done: boolean): Message[] {
  if (sheets.length === 0) return [];
  return [
    {
      code: done ? "KAM_SHEETS_CREATED" : "KAM_SHEETS_CREATE",
      params: { sheets: joinList(sheets) },
    },
  ];
}
