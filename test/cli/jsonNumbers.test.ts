// JSON numbers written as bytes must be the text JSON.stringify gives.
import fc from "fast-check";
import { ByteWriter } from "../../src/cli/byteWriter";
import { JsonNumbers } from "../../src/cli/numbers";

function written(v: number): string {
  return writtenAll([v]);
}

/** Numbers written one after the other by one writer, separated by spaces. */
function writtenAll(vs: readonly number[]): string {
  const chunks: Uint8Array[] = [];
  const out = new ByteWriter((b) => chunks.push(b.slice()));
  const numbers = new JsonNumbers(out);
  vs.forEach((v, i) => {
    if (i > 0) out.byte(32);
    numbers.number(v);
  });
  out.drain();
  return Buffer.concat(chunks).toString("utf8");
}

describe("JSON numbers", () => {
  test("cent amounts, sums a hair off cents, shares and odd values as JSON.stringify", () => {
    for (const v of [0, -0, 1, -1, 0.5, 1234.1, 1234.56, -99.99, 0.1 + 0.2, 15502.960000000001])
      expect(written(v)).toBe(JSON.stringify(v));
    for (const v of [1e21, 1e-7, 9999999999999.99, 0.006081020378566641, NaN, Infinity])
      expect(written(v)).toBe(JSON.stringify(v));
  });

  test("agree with JSON.stringify on random cents and random doubles", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), (cents) => {
        expect(written(cents / 100)).toBe(JSON.stringify(cents / 100));
      })
    );
    fc.assert(
      fc.property(fc.double(), (v) => {
        expect(written(v)).toBe(JSON.stringify(v));
      })
    );
  });

  // The writer keeps the last number's text for the next one (ties come in a row in rank order).
  test("runs of equal numbers, zeros of either sign and NaN between them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(0, -0, NaN, 1 / 3, 0.25), fc.double()), {
          maxLength: 40,
        }),
        (vs) => {
          expect(writtenAll(vs)).toBe(vs.map((v) => JSON.stringify(v)).join(" "));
        }
      )
    );
  });
});
