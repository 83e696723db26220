// Shares' texts made by a helper from the back while the main thread writes from the front.
import fc from "fast-check";
import { jsonNumberText } from "../../src/cli/numbers";
import { makeTextsFromBack, shareTextBuffers, ShareTexts } from "../../src/cli/shareTexts";

/** What the main thread writes for rank r: the helper's texts or its own. */
function textsOf(texts: ShareTexts, share: Float64Array, cumulative: Float64Array, r: number) {
  if (!texts.byHelper(r)) return [jsonNumberText(share[r]), jsonNumberText(cumulative[r]), "main"];
  const out: number[] = [];
  const sink = { copy: (src: Uint8Array, a: number, b: number) => out.push(...src.subarray(a, b)) };
  texts.write(sink, r, 0);
  const first = String.fromCharCode(...out);
  out.length = 0;
  texts.write(sink, r, 1);
  return [first, String.fromCharCode(...out), "helper"];
}

describe("shares' texts made by two threads", () => {
  test("a number's text is JSON.stringify's", () => {
    fc.assert(fc.property(fc.double(), (v) => expect(jsonNumberText(v)).toBe(JSON.stringify(v))));
    for (const v of [0, -0, NaN, Infinity, 0.25, 1, 1 / 3, 5e-324])
      expect(jsonNumberText(v)).toBe(JSON.stringify(v));
  });

  test("the helper makes the chunks the main thread has not reached; the texts are the same", () => {
    const n = 30000;
    const share = Float64Array.from({ length: n }, (_, i) => 1 / (i + 3));
    const cumulative = Float64Array.from({ length: n }, (_, i) => Math.min(1, (i + 1) / n));
    const buffers = shareTextBuffers(n + 10);
    const texts = new ShareTexts(buffers, share, cumulative, n);
    // The main thread has begun (its first chunk is its own) when the helper starts.
    expect(texts.byHelper(0)).toBe(false);
    makeTextsFromBack(buffers);
    const by: string[] = [];
    for (let r = 0; r < n; r++) {
      const [a, b, who] = textsOf(texts, share, cumulative, r);
      expect([r, a, b]).toEqual([r, JSON.stringify(share[r]), JSON.stringify(cumulative[r])]);
      if (r % 8192 === 0) by.push(who);
    }
    expect(by).toEqual(["main", "helper", "helper", "helper"]);
  });

  test("with no ranked customer the helper makes nothing and ends", () => {
    const buffers = shareTextBuffers(100);
    new ShareTexts(buffers, new Float64Array(0), new Float64Array(0), 0);
    makeTextsFromBack(buffers);
    expect(Array.from(buffers.claims).every((c) => c === 0)).toBe(true);
    expect(Array.from(buffers.lengths).every((l) => l === 0)).toBe(true);
  });
});
