// The writers copy a name's bytes as they are only where the string rules would leave it as it is.
import fc from "fast-check";
import { csvField, isPlainField, safeText } from "../../src/cli/outputCsv";
import { isPlainString } from "../../src/cli/outputJson";

const ascii = fc.string({
  unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
});

describe("fields copied from the file's bytes", () => {
  test("a CSV field is plain exactly when csvField(safeText(text)) leaves it as it is", () => {
    fc.assert(
      fc.property(ascii, fc.constantFrom(",", ";"), (text, sep) => {
        const bytes = new TextEncoder().encode(text);
        const plain = isPlainField(bytes, 0, bytes.length, sep.charCodeAt(0));
        expect(plain).toBe(csvField(safeText(text), sep) === text);
      }),
      { numRuns: 2000 }
    );
    const bytes = new TextEncoder().encode("=SUM(A1)");
    expect(isPlainField(bytes, 0, bytes.length, 44)).toBe(false);
  });

  test("a JSON string is plain exactly when JSON.stringify only puts quotes around it", () => {
    fc.assert(
      fc.property(ascii, (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(isPlainString(bytes, 0, bytes.length)).toBe(JSON.stringify(text) === `"${text}"`);
      }),
      { numRuns: 2000 }
    );
  });
});
