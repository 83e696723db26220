import {
  asciiKeyHash,
  compareAsciiKeys,
  CustomerKeys,
  foldedHash,
  hashOf,
  keyHash,
  keyOfText,
  sameAsciiKey,
  sameKey,
} from "../../../src/core/table/customerKeys";
import { normalizeKey } from "../../../src/core/table/normalizeKey";

const FNV_OFFSET = 0x811c9dc5 | 0;
const AFTER_HASH_SIGN = Math.imul(FNV_OFFSET ^ 35, 0x01000193);

/** Seeded text of Latin-1 letters, digits, punctuation and whitespace (as trim() leaves it). */
function latin1Texts(count: number): string[] {
  const pool = "aAzZ09 .-&#ßäÄöÖüÜéÉÀÞþÿ×÷µ\u00a0\t\n\r\u000b\u000c\u0085".split("");
  let a = 7;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = "";
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    const length = 1 + (a % 12);
    for (let k = 0; k < length; k++) {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      s += pool[a % pool.length];
    }
    out.push(s.trim() || "x");
  }
  return out;
}

describe("customer keys", () => {
  it("hashes Latin-1 text as its key, without making the key", () => {
    for (let c = 0; c <= 0xff; c++) {
      const s = "a" + String.fromCharCode(c) + "b";
      expect([c, foldedHash(s, FNV_OFFSET)]).toEqual([c, hashOf(normalizeKey(s))]);
    }
    for (const s of latin1Texts(5000)) {
      expect([s, foldedHash(s, FNV_OFFSET)]).toEqual([s, hashOf(normalizeKey(s))]);
      expect([s, foldedHash(s, AFTER_HASH_SIGN)]).toEqual([s, hashOf("#" + normalizeKey(s))]);
    }
  });

  it("compares Latin-1 text with a key as normalizeKey would", () => {
    const texts = latin1Texts(3000);
    for (let i = 0; i < texts.length; i++) {
      const s = texts[i];
      const other = normalizeKey(texts[(i * 7919) % texts.length]);
      expect([s, sameKey(s, normalizeKey(s), 0)]).toEqual([s, true]);
      expect([s, sameKey(s, "#" + normalizeKey(s), 1)]).toEqual([s, true]);
      expect([s, other, sameKey(s, other, 0)]).toEqual([s, other, normalizeKey(s) === other]);
    }
    expect(sameKey("Müller  GmbH", "müller gmbh", 0)).toBe(true);
    expect(sameKey("Müller GmbH", "müller gmbh ", 0)).toBe(false);
    expect(sameKey("Müller GmbH", "müller", 0)).toBe(false);
    expect(sameKey("MÜLLER", "müllerx", 0)).toBe(false);
    // An id's key is "#" + its key: a name key never matches it, whatever the hashes say.
    expect(sameKey("K1", "#k1", 1)).toBe(true);
    expect(sameKey("K1", "xk1", 1)).toBe(false);
  });

  it("compares two trimmed ASCII byte ranges as their keys compare", () => {
    // ASCII only, as the byte reader hands them over: trimmed, whitespace of every kind inside.
    const texts = latin1Texts(4000)
      .map((s) => s.replace(/[\u0080-\u00ff]/g, "q").trim() || "x")
      .concat([
        "Kunde 1 GmbH",
        "KUNDE  1 gmbh",
        "Kunde\t1\tGmbH",
        "Kunde 1GmbH",
        "a b",
        "a  b",
        "ab",
      ]);
    // Each text again in upper case with doubled spaces and tabs: the same key, other bytes.
    const count = texts.length;
    for (let i = 0; i < count; i++)
      texts.push(texts[i].toUpperCase().replace(/ /g, i % 2 ? "  " : " \t"));
    const bytes = new TextEncoder().encode(texts.join(""));
    const at: number[] = [0];
    for (const s of texts) at.push(at[at.length - 1] + s.length);
    const same = (i: number, j: number) => sameAsciiKey(bytes, at[i], at[i + 1], at[j], at[j + 1]);
    for (let i = 0; i < texts.length; i++) {
      const j = (i * 7919 + 13) % texts.length;
      expect([texts[i], same(i, i)]).toEqual([texts[i], true]);
      expect([texts[i], texts[j], same(i, j)]).toEqual([
        texts[i],
        texts[j],
        normalizeKey(texts[i]) === normalizeKey(texts[j]),
      ]);
    }
    for (let i = 0; i < count; i++)
      expect([texts[i], same(i, count + i)]).toEqual([texts[i], true]);
    const order = (i: number, j: number) =>
      Math.sign(compareAsciiKeys(bytes, at[i], at[i + 1], at[j], at[j + 1]));
    for (let i = 0; i < texts.length; i++) {
      const j = (i * 104729 + 7) % texts.length;
      const [ki, kj] = [normalizeKey(texts[i]), normalizeKey(texts[j])];
      expect([texts[i], texts[j], order(i, j)]).toEqual([
        texts[i],
        texts[j],
        ki < kj ? -1 : ki > kj ? 1 : 0,
      ]);
      // The same key in other bytes (upper case, other whitespace) is neither before nor after.
      if (i < count) expect([texts[i], order(i, count + i)]).toEqual([texts[i], 0]);
    }
    const k = count - 7;
    expect([same(k, k + 1), same(k, k + 2), same(k, k + 3)]).toEqual([true, true, false]);
    expect([same(k + 4, k + 5), same(k + 4, k + 6)]).toEqual([true, false]);
  });

  it("reads Latin-1 letters in UTF-8 as the letters: hash, sameness and order as the key strings", () => {
    const texts = latin1Texts(3000).map((s) => s.replace(/\u0085/g, "q"));
    // Upper case where it stays Latin-1 ("ÿ" and "µ" leave it; the reader takes no such rows).
    const variants = texts.map((s, i) => {
      const upper = s.toUpperCase();
      return ([...upper].some((ch) => ch.charCodeAt(0) > 0xff) ? s : upper).replace(
        / /g,
        i % 2 ? "  " : "\u00a0"
      );
    });
    const all = [...texts, ...variants].map((s) => s.trim() || "x");
    const encoder = new TextEncoder();
    const parts = all.map((s) => encoder.encode(s));
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    const at: number[] = [0];
    for (const p of parts) {
      bytes.set(p, at[at.length - 1]);
      at.push(at[at.length - 1] + p.length);
    }
    const n = texts.length;
    for (let i = 0; i < all.length; i++) {
      const s = all[i];
      expect([s, asciiKeyHash(bytes, at[i], at[i + 1], 0)]).toEqual([s, keyHash(s, 0)]);
      const j = (i * 7919 + 5) % all.length;
      const [ki, kj] = [normalizeKey(s), normalizeKey(all[j])];
      const order = Math.sign(compareAsciiKeys(bytes, at[i], at[i + 1], at[j], at[j + 1]));
      expect([s, all[j], order]).toEqual([s, all[j], ki < kj ? -1 : ki > kj ? 1 : 0]);
      expect([s, all[j], sameAsciiKey(bytes, at[i], at[i + 1], at[j], at[j + 1])]).toEqual([
        s,
        all[j],
        ki === kj,
      ]);
      if (i < n && normalizeKey(all[i]) === normalizeKey(all[n + i]))
        expect(sameAsciiKey(bytes, at[i], at[i + 1], at[n + i], at[n + i + 1])).toBe(true);
    }
  });

  it("orders keys as their strings without making them, and makes each key when first read", () => {
    const keys = new CustomerKeys();
    const texts = latin1Texts(2000);
    const ids: number[] = [];
    texts.forEach((t, i) => ids.push(i % 3 === 0 ? keys.byId(t) : keys.byName(t)));
    // Text beyond Latin-1, and names that start like ids.
    for (const t of ["Ωmega", "ωMEGA  x", "#a", "#B c", "Zürich"]) ids.push(keys.byName(t));
    ids.push(keys.byId("Ωmega"));
    const list = keys.keyList();
    const strings = Array.from({ length: keys.count }, (_, id) => keys.key(id));
    expect([...list]).toEqual(strings);
    for (let a = 0; a < keys.count; a++) {
      const b = (a * 7919 + 11) % keys.count;
      const [ka, kb] = [strings[a], strings[b]];
      expect([ka, kb, Math.sign(keys.compare(a, b))]).toEqual([
        ka,
        kb,
        ka < kb ? -1 : ka > kb ? 1 : 0,
      ]);
      expect(keys.compare(a, a)).toBe(0);
    }
    const fresh = new CustomerKeys();
    fresh.byName("Alpha AG");
    fresh.byName("Beta KG");
    const lazy = fresh.keyList();
    expect(lazy.length).toBe(2);
    expect(lazy[1]).toBe("beta kg");
  });

  it("makes the key of a text as a name and as an id", () => {
    expect(keyOfText(" Müller  GmbH", 0)).toBe(normalizeKey(" Müller  GmbH"));
    expect(keyOfText("K-1", 1)).toBe("#k-1");
    expect(keyOfText("Alpha AG", 0)).toBe("alpha ag");
  });

  it("numbers keys in order of first appearance, names and ids apart", () => {
    const keys = new CustomerKeys();
    const ids = [
      keys.byName("Müller GmbH"),
      keys.byName("MÜLLER\u00a0 GMBH"),
      keys.byId("K1"),
      keys.byName("k1"),
      keys.byId("k1"),
      keys.byName("#K1"), // the key of id k1, as before: "#" + key
      keys.byName("Łódź Sp. z o.o."),
      keys.byName("łódź  sp.\u2003z o.o."),
      keys.byId("İstanbul"),
      keys.byId("İSTANBUL"),
      keys.byName("Straße"),
      keys.byName("STRASSE"),
    ];
    expect(ids).toEqual([0, 0, 1, 2, 1, 1, 3, 3, 4, 4, 5, 6]);
    expect(keys.keyList()).toEqual([
      "müller gmbh",
      "#k1",
      "k1",
      "łódź sp. z o.o.",
      "#i\u0307stanbul", // İ lower-cases to i and a combining dot either way
      "straße",
      "strasse",
    ]);
  });

  it("finds every one of many keys again after the table grows", () => {
    const keys = new CustomerKeys();
    for (let i = 0; i < 20000; i++) expect(keys.byName(`Kunde ${i} GmbH`)).toBe(i);
    for (let i = 19999; i >= 0; i--) expect(keys.byName(`KUNDE  ${i}   gmbh`)).toBe(i);
    for (let i = 0; i < 3000; i++) expect(keys.byId(`Ключ ${i}`)).toBe(20000 + i);
    for (let i = 0; i < 3000; i++) expect(keys.byId(`ключ ${i}`)).toBe(20000 + i);
    expect(keys.count).toBe(23000);
    // The first texts, across the chunks they are kept in.
    const texts = keys.texts();
    expect([texts.length, texts[8191], texts[8192], texts[20005]]).toEqual([
      23000,
      "Kunde 8191 GmbH",
      "Kunde 8192 GmbH",
      "Ключ 5",
    ]);
  });

  it("keeps the first text of each key, wide or not, as the table's names", () => {
    const keys = new CustomerKeys();
    for (const t of ["Müller GmbH", "MÜLLER  GMBH", "Ωmega AG", "ΩMEGA AG", "K1"]) keys.byName(t);
    keys.byId("K1");
    expect(keys.texts()).toEqual(["Müller GmbH", "Ωmega AG", "K1", "K1"]);
    // The wide name against the Latin-1 ones, and the id against the same text as a name.
    const [omega, mueller] = ["ωmega ag", "müller gmbh"];
    expect(Math.sign(keys.compare(1, 0))).toBe(omega < mueller ? -1 : 1);
    expect(Math.sign(keys.compare(2, 3))).toBe(1); // "k1" > "#k1"
  });

  it("answers keys and order after seal(), and refuses lookups, which would number keys again", () => {
    const keys = new CustomerKeys();
    keys.byName("Beta KG");
    keys.byName("Alpha AG");
    keys.seal();
    expect([keys.key(0), keys.key(1), Math.sign(keys.compare(0, 1))]).toEqual([
      "beta kg",
      "alpha ag",
      1,
    ]);
    expect(() => keys.byName("Gamma GmbH")).toThrow(/seal/);
  });
});
