import { lazyStrings } from "../../../src/core/table/lazyStrings";

describe("strings made when first read", () => {
  test("each string is made once, on first read, and only those read", () => {
    const made: number[] = [];
    const names = lazyStrings(5, (i) => {
      made.push(i);
      return "Kunde " + i;
    });
    expect(names.length).toBe(5);
    expect(made).toEqual([]);
    expect([names[3], names[3], names[0]]).toEqual(["Kunde 3", "Kunde 3", "Kunde 0"]);
    expect(made).toEqual([3, 0]);
  });

  test("behaves as an array of all of them", () => {
    const names = lazyStrings(3, (i) => "k" + i);
    expect(Array.isArray(names)).toBe(true);
    expect([...names]).toEqual(["k0", "k1", "k2"]);
    expect(names.map((s) => s.toUpperCase())).toEqual(["K0", "K1", "K2"]);
    const seen: string[] = [];
    names.forEach((s) => seen.push(s));
    expect(seen).toEqual(["k0", "k1", "k2"]);
    expect([1 in names, 3 in names]).toEqual([true, false]);
    expect([names[3], names[-1], (names as unknown as Record<string, unknown>)["01"]]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(names.indexOf("k2")).toBe(2);
    expect(names.slice(1)).toEqual(["k1", "k2"]);
    expect(JSON.stringify(names)).toBe('["k0","k1","k2"]');
    expect(names).toEqual(["k0", "k1", "k2"]);
  });
});

describe("strings made when first read: the array's own parts", () => {
  test("keys, descriptors, writes and length are those of an array of all of them", () => {
    const names = lazyStrings(3, (i) => "k" + i);
    expect(Object.keys(names)).toEqual(["0", "1", "2"]);
    expect(Object.getOwnPropertyDescriptor(names, "1")?.value).toBe("k1");
    expect(Object.getOwnPropertyDescriptor(names, "length")?.value).toBe(3);
    expect(Object.prototype.hasOwnProperty.call(names, "2")).toBe(true);
    names[1] = "changed";
    expect([...names]).toEqual(["k0", "changed", "k2"]);
    expect(names.length).toBe(3);
    expect(lazyStrings(0, () => "x")).toEqual([]);
  });

  test("a million strings: none is made until one is read, then only that one", () => {
    let calls = 0;
    const names = lazyStrings(1_000_000, (i) => {
      calls++;
      return "k" + i;
    });
    expect([names.length, 999_999 in names, calls]).toEqual([1_000_000, true, 0]);
    expect(names[999_999]).toBe("k999999");
    expect(calls).toBe(1);
  });
});
