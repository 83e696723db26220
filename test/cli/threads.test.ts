// A large CSV read by helper threads (the compiled command line, as users run it) gives the very
// output of one thread, whatever the number of threads.
import { kam, tempDir } from "./helpers";

const { file } = tempDir();

/** 80,000 lines (above the 65,536 rows from which threads read) of 9,000 customers spelled several ways. */
function largeCsv(withIds: boolean): string {
  const lines = [withIds ? "Kundennr,Kunde,Umsatz,DB" : "Kunde,Umsatz"];
  for (let i = 0; i < 80000; i++) {
    const k = (Math.imul(i + 1, 2654435761) >>> 0) % 9000;
    // Some names Excel would read as formulas, or with a ";" or a backslash: quoted or escaped.
    const odd = [
      `=Kunde ${k}`,
      `-Kunde ${k}`,
      `Kunde; ${k} \\ AG`,
      `@Kunde ${k}`,
      // German names, spelled two ways: one customer.
      i % 2 ? `Müller ${k} GmbH` : `MÜLLER\u00a0 ${k} gmbh`,
      `Ärzte-Haus ${k}`,
    ][k % 40];
    const name =
      odd ?? [`Kunde ${k} GmbH`, `KUNDE ${k} GMBH`, ` kunde  ${k}\tgmbh`][Math.floor(i / 7) % 3];
    const amount = i % 11 === 0 ? `-${(i % 40) + 0.25}` : ((i % 500) * 3.17).toFixed(2);
    lines.push(
      withIds ? `${i % 2 ? "K" : "k"}-${k % 4000},${name},${amount},${i % 9}` : `${name},${amount}`
    );
  }
  return lines.join("\n") + "\n";
}

describe("reading threads", () => {
  test.each([false, true])(
    "one, two or three threads: the same output (ids: %s)",
    (withIds) => {
      const csv = file(`large-${withIds}.csv`, largeCsv(withIds));
      const run = (threads: string, format: string, lang: string) =>
        kam(["analyze", csv, "--format", format, "--lang", lang], undefined, {
          ...process.env,
          KAM_THREADS: threads,
        });
      for (const [format, lang] of [
        ["csv", "en"],
        ["csv", "de"],
        ["json", "en"],
      ]) {
        const one = run("1", format, lang);
        expect(one.code).toBe(0);
        expect(one.stdout.length).toBeGreaterThan(100000);
        for (const threads of ["2", "3"]) {
          const many = run(threads, format, lang);
          expect([many.code, many.stderr]).toEqual([0, one.stderr]);
          expect(many.stdout === one.stdout).toBe(true);
        }
      }
    },
    60_000
  );
});
