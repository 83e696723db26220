import {
  FIRST_READ_BUDGET_BYTES,
  PAYLOAD_BUDGET_BYTES,
  ReadChunker,
  cellBytes,
  chunksBySize,
} from "../../../src/excel/host/chunks";

describe("payload chunking", () => {
  test("chunksBySize packs consecutive rows within the budget", () => {
    const chunks = chunksBySize(10, () => 30, 100);
    expect(chunks).toEqual([
      { start: 0, count: 3 },
      { start: 3, count: 3 },
      { start: 6, count: 3 },
      { start: 9, count: 1 },
    ]);
    // A row larger than the budget still gets its own chunk.
    expect(chunksBySize(3, (r) => (r === 1 ? 500 : 10), 100)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
      { start: 2, count: 1 },
    ]);
    expect(chunksBySize(0, () => 1)).toEqual([]);
  });

  test("cellBytes over-estimates JSON text", () => {
    for (const v of ["", "abc", 'quote " and \\', "Übrige €", 1234.5678, -1e-300, true]) {
      const json = Buffer.byteLength(JSON.stringify(v), "utf8");
      expect(cellBytes(v)).toBeGreaterThanOrEqual(json);
    }
  });

  test("ReadChunker starts small and adapts to what it sees", () => {
    const reader = new ReadChunker(1_048_576, 2);
    const first = reader.next()!;
    expect(first.start).toBe(0);
    expect(first.count * 2 * 24).toBeLessThanOrEqual(FIRST_READ_BUDGET_BYTES);
    // Long names: about 200 bytes per cell.
    const long = "x".repeat(195);
    reader.observe(Array.from({ length: 100 }, () => [long, 1]));
    const second = reader.next()!;
    expect(second.start).toBe(first.count);
    const perCell = Math.ceil(((cellBytes(long) + cellBytes(1)) / 2) * 1.25);
    expect(second.count * 2 * perCell).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES + 2 * perCell);
    let covered = first.count + second.count;
    for (let c = reader.next(); c; c = reader.next()) {
      expect(c.start).toBe(covered);
      covered += c.count;
    }
    expect(covered).toBe(1_048_576);
  });
});
