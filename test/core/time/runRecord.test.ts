import {
  decodeRunRecord,
  encodeRunRecord,
  joinRecordPieces,
  RECORD_PIECE_CHARS,
  recordPieces,
  type RunRecord,
} from "../../../src/core/time/runRecord";

const record: RunRecord = {
  date: "2026-12-06",
  from: "2025-12",
  to: "2026-11",
  method: "fixed",
  thresholds: [80, 95],
  customers: [
    { key: "#k10014", revenue: 1234567.89, class: "A", xyz: "X" },
    { key: "müller gmbh", revenue: 0.01, class: "C", xyz: null },
    { key: "gutschrift ag", revenue: -12.5, class: "C", xyz: "Z" },
  ],
};

describe("run record", () => {
  it("round-trips to the cent", () => {
    const text = encodeRunRecord(record);
    expect(text.split("\n")[0]).toBe("KAM-RUN 1|2026-12-06|2025-12|2026-11|fixed|80|95");
    expect(text.split("\n")[1]).toBe("#k10014\t" + (123456789).toString(36) + "\tAX");
    expect(decodeRunRecord(text)).toEqual(record);
    expect(
      decodeRunRecord(encodeRunRecord({ ...record, method: "computed", thresholds: null }))
    ).toEqual({ ...record, method: "computed", thresholds: null });
  });
  it("refuses text that is no record", () => {
    expect(decodeRunRecord("hello")).toBeNull();
    expect(decodeRunRecord("KAM-RUN 1|d|f|t|fixed|80|95\nkey\t1\tQQ")).toBeNull();
  });
  it("splits into pieces under the cell limit at line ends, and joins them again", () => {
    const many: RunRecord = {
      ...record,
      customers: Array.from({ length: 10000 }, (_, i) => ({
        key: "#k" + (100000 + i),
        revenue: 1000 + i * 3.17,
        class: "B" as const,
        xyz: "Y" as const,
      })),
    };
    const text = encodeRunRecord(many);
    const pieces = recordPieces(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(RECORD_PIECE_CHARS);
    for (const p of pieces.slice(0, -1)) expect(p.endsWith("\n")).toBe(true);
    expect(joinRecordPieces(pieces)).toBe(text);
    expect(decodeRunRecord(joinRecordPieces(pieces))).toEqual({
      ...many,
      customers: many.customers.map((c) => ({ ...c, revenue: Math.round(c.revenue * 100) / 100 })),
    });
  });
});
