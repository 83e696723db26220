// The hand-written custom functions metadata against the documented rules:
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json (properties, types)
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming (ids, names)
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-localize (one JSON per language)
import * as fs from "fs";
import * as path from "path";
import { FUNCTIONS, NAMESPACE, type FunctionId } from "../../src/functions/catalog";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  result: { type?: string; dimensionality?: string };
  parameters: Parameter[];
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMeta[];
}

const ROOT = path.join(__dirname, "..", "..");
const read = (file: string): Metadata =>
  JSON.parse(fs.readFileSync(path.join(ROOT, "src", "functions", file), "utf8"));
const en = read("functions.json");
const de = read("functions.de.json");

const TYPES = ["boolean", "number", "string", "any"];
const DIMENSIONS = ["scalar", "matrix"];
/** Names that spill a range; the others give one number. */
const SPILLING: FunctionId[] = ["ABC", "PARETO", "XYZ"];

/** A1 to XFD1048576 or R1C1 to R1048576C16384: a name must not read as a cell (naming doc). */
function isCellReference(name: string): boolean {
  const a1 = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(name);
  if (a1) {
    const col = [...a1[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return col <= 16384 && Number(a1[2]) <= 1048576;
  }
  const r1c1 = /^R([1-9][0-9]{0,6})C([1-9][0-9]{0,4})$/.exec(name);
  return !!r1c1 && Number(r1c1[1]) <= 1048576 && Number(r1c1[2]) <= 16384;
}

describe.each([
  ["English", en],
  ["German", de],
])("%s metadata", (_, meta) => {
  it("lets error cells reach the functions (unusable rows stay empty)", () => {
    expect(meta.allowErrorForDataTypeAny).toBe(true);
  });
  it("declares exactly the registered functions, each id once", () => {
    expect(meta.functions.map((f) => f.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });
  it.each(Object.keys(FUNCTIONS))("%s follows the id, name, parameter and result rules", (id) => {
    const f = meta.functions.find((x) => x.id === id)!;
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(f.name).toMatch(/^\p{L}[\p{L}\p{N}_.]{2,}$/u);
    expect(isCellReference(`${NAMESPACE}.${f.name}`)).toBe(false);
    expect(f.description?.length).toBeGreaterThan(10);
    expect(TYPES).toContain(f.result.type);
    expect(f.result.dimensionality).toBe(SPILLING.includes(id as FunctionId) ? "matrix" : "scalar");
    // Excel passes one argument per parameter: the implementation takes exactly these.
    expect(f.parameters).toHaveLength(FUNCTIONS[id as FunctionId].length);
    const firstOptional = f.parameters.findIndex((p) => p.optional);
    f.parameters.forEach((p, i) => {
      expect(p.name).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
      expect(p.description?.length).toBeGreaterThan(3);
      expect(TYPES).toContain(p.type);
      expect(DIMENSIONS).toContain(p.dimensionality);
      // Ranges arrive as any[][] so that text and error cells reach the function.
      if (p.dimensionality === "matrix") expect(p.type).toBe("any");
      if (firstOptional >= 0 && i > firstOptional) expect(p.optional).toBe(true);
    });
  });
});

describe("German metadata", () => {
  const strip = (m: Metadata) =>
    JSON.parse(
      JSON.stringify(m, (key, value) =>
        key === "name" || key === "description" ? undefined : value
      )
    );
  it("differs from the English only in names and descriptions", () => {
    expect(strip(de)).toEqual(strip(en));
  });
  it("translates every description and keeps the function names", () => {
    de.functions.forEach((f, i) => {
      expect(f.name).toBe(en.functions[i].name);
      expect(f.description).not.toBe(en.functions[i].description);
      f.parameters.forEach((p, k) =>
        expect(p.description).not.toBe(en.functions[i].parameters[k].description)
      );
    });
  });
});

describe("build and manifest wiring", () => {
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "production" });
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  it("builds the functions entry and copies both metadata files to the URLs the manifest names", () => {
    expect(config.entry.functions).toBe("./src/functions/functions.ts");
    const copy = config.plugins.find((p: { patterns?: unknown }) => p.patterns);
    const copied = copy.patterns.map((p: { to: string }) => p.to);
    for (const file of ["functions.json", "functions.de.json"]) {
      expect(copied).toContain(file);
      expect(manifest).toContain(`https://localhost:3000/${file}`);
    }
    expect(manifest).toContain('"https://localhost:3000/functions.js"');
    expect(manifest).toContain('"https://localhost:3000/functions.html"');
    expect(manifest).toContain(`<bt:String id="Functions.Namespace" DefaultValue="${NAMESPACE}">`);
  });
});
