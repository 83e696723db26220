/** @jest-environment ./test/berlinEnvironment.js */
// The run record is dated by the user's calendar day, not by UTC's: half past midnight in Berlin
// is still the previous day in UTC, and the pane would say "since the last run (yesterday)".
import { analyze } from "../../src/core/analyze";
import type { RunRecord } from "../../src/core/time/runRecord";
import type { ExcelApi } from "../../src/excel/api";
import { saveRunRecordOf } from "../../src/taskpane/state/flows";

test("a run at 00:30 in Berlin is recorded on that day", async () => {
  const result = analyze([
    ["Kunde", "Datum", "Umsatz"],
    ["Alpha", "15.01.2026", 100],
    ["Beta", "15.01.2026", 50],
  ]);
  let saved: RunRecord | null = null;
  const api = {
    saveRunRecord: (record: RunRecord) => {
      saved = record;
      return Promise.resolve();
    },
  } as unknown as ExcelApi;
  // 23:30 UTC on 5 January is 00:30 on 6 January in Berlin (UTC+1 in winter).
  await saveRunRecordOf(api, result, new Date(Date.UTC(2026, 0, 5, 23, 30)));
  expect(saved).not.toBeNull();
  expect(saved!.date).toBe("2026-01-06");
});
