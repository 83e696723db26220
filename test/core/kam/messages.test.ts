import * as fs from "fs";
import * as path from "path";
import { KAM_MESSAGES, ONE_PAGER_MESSAGES } from "../../../src/core/kam";
import { EXCEL_CATALOGUE } from "../../../src/excel/catalogue";
import { PANE_CATALOGUE } from "../../../src/taskpane/i18n/catalogue";

describe("KAM messages", () => {
  it("have German and English with the same placeholders and are in the Excel and pane catalogues", () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [code, t] of Object.entries({ ...KAM_MESSAGES, ...ONE_PAGER_MESSAGES })) {
      expect([code, t.en.length > 0, t.de.length > 0, ph(t.de)]).toEqual([
        code,
        true,
        true,
        ph(t.en),
      ]);
      expect(EXCEL_CATALOGUE.texts(code)).toBe(t);
      expect(PANE_CATALOGUE.texts(code)).toBe(t);
    }
  });

  it("cover every KAM code the core and the Excel layer emit", () => {
    const root = path.resolve(__dirname, "../../../src");
    const codes = new Set<string>();
    // Subfolders (core/kam/onePager, excel/onePager) included.
    const read = (dir: string) => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, f.name);
        if (f.isDirectory()) read(file);
        else if (f.name !== "messages.ts") {
          const text = fs.readFileSync(file, "utf8");
          for (const m of text.matchAll(/"(KAM_[A-Z_]+)"/g)) codes.add(m[1]);
        }
      }
    };
    for (const dir of ["core/kam", "excel/kam", "excel/onePager"]) {
      if (fs.existsSync(path.join(root, dir))) read(path.join(root, dir));
    }
    const known = { ...KAM_MESSAGES, ...ONE_PAGER_MESSAGES };
    const missing = [...codes].filter((c) => !(c in known));
    expect(missing).toEqual([]);
    expect(codes.size).toBeGreaterThan(8);
  });
});
