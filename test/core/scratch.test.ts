import {
  dropScratch,
  giveScratch,
  SCRATCH_FROM,
  SCRATCH_KEPT,
  SCRATCH_LIMIT,
  scratchKept,
  takeScratch,
} from "../../src/core/scratch";

describe("scratch memory kept between steps", () => {
  beforeEach(() => dropScratch());

  test("gives back the smallest kept buffer that is large enough, once", () => {
    const small = new ArrayBuffer(SCRATCH_FROM);
    const large = new ArrayBuffer(4 * SCRATCH_FROM);
    giveScratch(large);
    giveScratch(small);
    expect(takeScratch(SCRATCH_FROM + 1)).toBe(large);
    expect(takeScratch(SCRATCH_FROM)).toBe(small);
    // Nothing kept any more: a new buffer.
    const fresh = takeScratch(SCRATCH_FROM);
    expect([fresh === small, fresh === large, fresh.byteLength]).toEqual([
      false,
      false,
      SCRATCH_FROM,
    ]);
  });

  test("keeps no small buffers, no buffer twice, and no more than its limits", () => {
    giveScratch(new ArrayBuffer(SCRATCH_FROM - 1));
    expect(scratchKept()).toBe(0);
    const b = new ArrayBuffer(SCRATCH_FROM);
    giveScratch(b);
    giveScratch(b);
    expect(scratchKept()).toBe(SCRATCH_FROM);
    for (let i = 0; i < SCRATCH_KEPT + 3; i++) giveScratch(new ArrayBuffer(SCRATCH_FROM));
    expect(scratchKept()).toBe(SCRATCH_KEPT * SCRATCH_FROM);
    giveScratch(new ArrayBuffer(SCRATCH_LIMIT));
    // The largest stays; the smaller ones go until the limit holds.
    expect(scratchKept()).toBe(SCRATCH_LIMIT);
    expect(takeScratch(SCRATCH_LIMIT).byteLength).toBe(SCRATCH_LIMIT);
    expect(scratchKept()).toBe(0);
  });

  test("a small request is never served from the kept buffers", () => {
    const b = new ArrayBuffer(SCRATCH_FROM);
    giveScratch(b);
    expect(takeScratch(64)).not.toBe(b);
    expect(scratchKept()).toBe(SCRATCH_FROM);
  });
});
