import { analyze } from "../../../src/core/analyze";
import { buildCatalogue } from "../../../src/core/i18n/catalogue";
import { CORE_MESSAGES } from "../../../src/core/i18n/messages";
import { methodSentence, n80Sentence } from "../../../src/core/report/sentences";
import type { Grid } from "../../../src/core/types";

const { translate } = buildCatalogue(CORE_MESSAGES);

const say = (m: Parameters<typeof translate>[0], lang: "en" | "de") =>
  translate(m, lang).replace(/\u00a0/g, " ");

const grid: Grid = [
  ["Kunde", "Umsatz"],
  ...Array.from({ length: 10 }, (_, i) => [`K${i}`, 1000 / (i + 1)]),
];

describe("n80 sentence", () => {
  test("plural and singular, both languages", () => {
    const many = { n80: 14, customers: 60, n80CustomerShare: 14 / 60 };
    expect(say(n80Sentence(many), "en")).toBe("14 of 60 customers (23.3%) make 80% of revenue.");
    expect(say(n80Sentence(many), "de")).toBe(
      "14 von 60 Kunden (23,3 %) machen 80 % des Umsatzes aus."
    );
    const one = { n80: 1, customers: 3, n80CustomerShare: 1 / 3 };
    expect(say(n80Sentence(one), "en")).toBe("1 of 3 customers (33.3%) makes 80% of revenue.");
    expect(say(n80Sentence(one), "de")).toBe(
      "1 von 3 Kunden (33,3 %) macht 80 % des Umsatzes aus."
    );
  });
});

describe("method sentence", () => {
  test("each method in both languages", () => {
    const fixed = analyze(grid);
    expect(say(methodSentence(fixed), "en")).toBe(
      "Fixed thresholds: A up to 80.0%, B up to 95.0% of cumulative revenue"
    );
    expect(say(methodSentence({ ...fixed, strict: true }), "de")).toBe(
      "Feste Grenzen (streng): A innerhalb 80,0 %, B innerhalb 95,0 % des kumulierten Umsatzes"
    );
    const count = analyze(grid, { method: "count" });
    expect(say(methodSentence(count), "de")).toBe(
      "Nach Anzahl: A = oberste 20,0 %, B = bis zu den obersten 50,0 % der Kunden"
    );
    const computed = analyze(grid, { method: "computed" });
    expect(say(methodSentence(computed), "en")).toMatch(
      /^Computed limits \(Ultsch & Lötsch\): A above [\d.,]+, B from [\d.,]+ revenue$/
    );
    expect(say(methodSentence({ ...computed, limits: null }), "de")).toBe(
      "Berechnete Grenzen (Ultsch & Lötsch)"
    );
  });
});

describe("classes on contribution margin", () => {
  test("the sentences say margin where they would say revenue, in both languages", () => {
    const many = { n80: 14, customers: 60, n80CustomerShare: 14 / 60 };
    expect(say(n80Sentence(many, "margin"), "en")).toBe(
      "14 of 60 customers (23.3%) make 80% of the contribution margin."
    );
    expect(say(n80Sentence(many, "margin"), "de")).toBe(
      "14 von 60 Kunden (23,3 %) machen 80 % des Deckungsbeitrags aus."
    );
    const fixed = analyze(grid);
    expect(say(methodSentence(fixed, "margin"), "de")).toBe(
      "Feste Grenzen: A bis 80,0 %, B bis 95,0 % des kumulierten Deckungsbeitrags"
    );
    expect(say(methodSentence({ ...fixed, strict: true }, "margin"), "en")).toBe(
      "Fixed thresholds (strict): A within 80.0%, B within 95.0% of the cumulative contribution margin"
    );
    // By count the sentence names no value.
    const count = analyze(grid, { method: "count", thresholds: [20, 50] });
    expect(methodSentence(count, "margin")).toEqual(methodSentence(count));
  });
});
