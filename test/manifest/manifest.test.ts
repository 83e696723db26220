import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface CheckOptions {
  assetsDir?: string;
  baseUrl?: string;
  excelApiVersion?: string;
}
interface CheckerModule {
  checkManifest(manifestPath: string, options?: CheckOptions): string[];
  parseXml(src: string): { root: unknown; errors: string[] };
}

// scripts/check-manifest.js is plain CommonJS so it runs without a build step.
const { checkManifest, parseXml } = require("../../scripts/check-manifest") as CheckerModule;

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const ASSETS = path.join(ROOT, "assets");
const SCRIPT = path.join(ROOT, "scripts", "check-manifest.js");
const original = fs.readFileSync(MANIFEST, "utf8");

let tmpDir: string;
beforeAll(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-manifest-"));
});
afterAll(() => {
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

let counter = 0;
function writeVariant(xml: string): string {
  const file = path.join(tmpDir, `manifest-${++counter}.xml`);
  fs.writeFileSync(file, xml, "utf8");
  return file;
}

/** Applies text replacements to the real manifest (each must match) and checks the result. */
function checkVariant(...edits: [string | RegExp, string][]): string[] {
  let xml = original;
  for (const [from, to] of edits) {
    const before = xml;
    xml = xml.replace(from, to);
    if (xml === before) throw new Error(`edit did not apply: ${String(from)}`);
  }
  return checkManifest(writeVariant(xml), { assetsDir: ASSETS });
}

function pngInfo(file: string): { width: number; height: number; colorType: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), colorType: buf[25] };
}

describe("manifest.xml", () => {
  it("passes the offline check", () => {
    expect(checkManifest(MANIFEST)).toEqual([]);
  });

  it("has the expected identity, host, requirement and ribbon button", () => {
    expect(original).toMatch(
      /<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/
    );
    expect(original).toContain("<Version>1.0.0.0</Version>");
    expect(original).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect(original).toContain(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>'
    );
    expect(original).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(original).toContain('<OfficeTab id="TabHome">');
    expect(original).toContain("<TaskpaneId>KamTaskpane</TaskpaneId>");
    expect(original).toContain('<bt:Override Locale="de-DE" Value="Kunden analysieren"/>');
  });

  it("is accepted by the CLI (exit 0) and the CLI reports problems with exit 1", () => {
    const ok = spawnSync(process.execPath, [SCRIPT, MANIFEST], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("no problems found");

    const bad = writeVariant(
      original.replace(
        "https://localhost:3000/taskpane.html",
        "http://localhost:3000/taskpane.html"
      )
    );
    const res = spawnSync(process.execPath, [SCRIPT, bad, "--assets", ASSETS], {
      encoding: "utf8",
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("URL must use https");
  });
});

describe("checkManifest on broken variants", () => {
  it("reports a resid that does not resolve", () => {
    const problems = checkVariant([
      '<Label resid="KamGroup.Label"/>',
      '<Label resid="KamGroup.Missing"/>',
    ]);
    expect(problems).toEqual([
      expect.stringContaining('Unresolved resid "KamGroup.Missing" on <Label>'),
    ]);
  });

  it("reports every use of a removed resource", () => {
    const problems = checkVariant([/\s*<bt:Url id="Taskpane\.Url"[^>]*\/>/, ""]);
    expect(problems).toEqual([
      expect.stringContaining('Unresolved resid "Taskpane.Url" on <SourceLocation>'),
    ]);
  });

  it("reports a resid that points to the wrong kind of resource", () => {
    const problems = checkVariant([
      '<Description resid="KamButton.Tooltip"/>',
      '<Description resid="KamButton.Label"/>',
    ]);
    expect(problems).toEqual([
      expect.stringContaining(
        'resid "KamButton.Label" on <Description> refers to a ShortString, expected a LongString'
      ),
    ]);
  });

  it("reports a duplicate resource id", () => {
    const problems = checkVariant([
      '<bt:Url id="Commands.Url"',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n        <bt:Url id="Commands.Url"',
    ]);
    expect(problems).toContainEqual(
      expect.stringContaining('Duplicate resource id "Taskpane.Url"')
    );
  });

  it("reports a missing icon file referenced by bt:Image", () => {
    const problems = checkVariant(["assets/icon-80.png", "assets/icon-81.png"]);
    expect(problems).toEqual([
      'Icon file not found: assets/icon-81.png (referenced by <bt:Image id="Icon.80x80">)',
    ]);
  });

  it("reports a missing icon file referenced by IconUrl / HighResolutionIconUrl", () => {
    const problems = checkVariant([
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/missing.png"/>',
    ]);
    expect(problems).toEqual([
      "Icon file not found: assets/missing.png (referenced by <HighResolutionIconUrl>)",
    ]);
  });

  it("reports an icon whose PNG size does not match the declared size", () => {
    const problems = checkVariant([
      '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
    ]);
    expect(problems).toContainEqual(
      'Icon assets/icon-16.png is 16x16 px, expected 32x32 for <bt:Image size="32" resid="Icon.32x32">'
    );
  });

  it("reports swapped OfficeApp children (Version / ProviderName)", () => {
    const problems = checkVariant([
      "<Version>1.0.0.0</Version>\n  <ProviderName>Key Account Analyzer</ProviderName>",
      "<ProviderName>Key Account Analyzer</ProviderName>\n  <Version>1.0.0.0</Version>",
    ]);
    expect(problems).toEqual([
      expect.stringContaining(
        "Element order: <Version> must come before <ProviderName> in <OfficeApp>"
      ),
    ]);
  });

  it("reports Permissions placed before DefaultSettings", () => {
    const problems = checkVariant(
      ["  <Permissions>ReadWriteDocument</Permissions>\n", ""],
      ["  <DefaultSettings>", "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"]
    );
    expect(problems).toEqual([
      expect.stringContaining(
        "Element order: <DefaultSettings> must come before <Permissions> in <OfficeApp>"
      ),
    ]);
  });

  it("reports wrong order inside VersionOverrides (Supertip Description before Title)", () => {
    const problems = checkVariant([
      '<Title resid="KamButton.Label"/>\n                    <Description resid="KamButton.Tooltip"/>',
      '<Description resid="KamButton.Tooltip"/>\n                    <Title resid="KamButton.Label"/>',
    ]);
    expect(problems).toEqual([
      expect.stringContaining(
        "Element order: <Title> must come before <Description> in <Supertip>"
      ),
    ]);
  });

  it("reports unknown, duplicate and missing OfficeApp children", () => {
    expect(checkVariant(["<Permissions>", "<Foo/>\n  <Permissions>"])).toEqual([
      expect.stringContaining("Unknown element <Foo> in <OfficeApp>"),
    ]);
    expect(
      checkVariant([
        "<Version>1.0.0.0</Version>",
        "<Version>1.0.0.0</Version><Version>1.0.0.1</Version>",
      ])
    ).toEqual([expect.stringContaining("Element <Version> appears more than once in <OfficeApp>")]);
    expect(checkVariant(["  <Permissions>ReadWriteDocument</Permissions>\n", ""])).toEqual([
      "Missing required element <Permissions> in <OfficeApp>",
    ]);
  });

  it("reports an http URL in DefaultSettings and in bt:Url", () => {
    expect(
      checkVariant([
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>',
      ])
    ).toEqual([
      expect.stringContaining(
        'URL must use https: <SourceLocation DefaultValue="http://localhost:3000/taskpane.html">'
      ),
    ]);
    expect(
      checkVariant([
        '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>',
        '<bt:Url id="Commands.Url" DefaultValue="http://localhost:3000/commands.html"/>',
      ])
    ).toEqual([
      expect.stringContaining(
        'URL must use https: <bt:Url DefaultValue="http://localhost:3000/commands.html">'
      ),
    ]);
  });

  it("reports an http icon URL, which also cannot be mapped to assets/", () => {
    const problems = checkVariant([
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="http://localhost:3000/assets/icon-32.png"/>',
    ]);
    expect(problems).toEqual([
      expect.stringContaining(
        'URL must use https: <IconUrl DefaultValue="http://localhost:3000/assets/icon-32.png">'
      ),
      expect.stringContaining(
        "is not under https://localhost:3000/assets/; cannot check it offline"
      ),
    ]);
  });

  it("reports a non-GUID Id, the template GUID and a three-part Version", () => {
    expect(checkVariant([/<Id>[^<]*<\/Id>/, "<Id>key-account-analyzer</Id>"])).toEqual([
      'Id is not a GUID: "key-account-analyzer"',
    ]);
    expect(
      checkVariant([/<Id>[^<]*<\/Id>/, "<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>"])
    ).toEqual([expect.stringContaining("placeholder/template GUID")]);
    expect(checkVariant(["<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"])).toEqual([
      'Version must have four numeric parts (e.g. 1.0.0.0): "1.0.0"',
    ]);
  });

  it("reports missing German overrides", () => {
    expect(
      checkVariant([/\s*<bt:Override Locale="de-AT" Value="Kunden analysieren"\/>/, ""])
    ).toEqual(['Missing de-AT override for bt:String "KamButton.Label"']);
    expect(
      checkVariant([/\s*<Override Locale="de-CH" Value="Key Account Analyzer"\/>/, ""])
    ).toEqual(["Missing de-CH override for <DisplayName>"]);
    expect(checkVariant([/\s*<Override Locale="de-DE" Value="Pareto-[^"]*"\/>/, ""])).toEqual([
      "Missing de-DE override for <Description>",
    ]);
  });

  it("reports strings that exceed the schema length", () => {
    const long = "x".repeat(130);
    expect(
      checkVariant([
        '<bt:Override Locale="de-DE" Value="Key Accounts"/>',
        `<bt:Override Locale="de-DE" Value="${long}"/>`,
      ])
    ).toEqual(['de-DE value for bt:String "KamGroup.Label" is 130 characters, maximum is 125']);
  });

  it("reports a missing or changed ExcelApi requirement", () => {
    expect(
      checkVariant([
        '<Set Name="ExcelApi" MinVersion="1.8"/>',
        '<Set Name="SharedRuntime" MinVersion="1.1"/>',
      ])
    ).toEqual(['Missing <Set Name="ExcelApi" MinVersion="..."/> in <Requirements><Sets>']);
    expect(
      checkVariant([
        '<Set Name="ExcelApi" MinVersion="1.8"/>',
        '<Set Name="ExcelApi" MinVersion="1.13"/>',
      ])
    ).toEqual([
      expect.stringContaining("ExcelApi MinVersion is 1.13 but the project documents 1.8"),
    ]);
  });

  describe("custom functions", () => {
    it("declares the JS-only runtime's script, page, metadata (German override) and namespace", () => {
      expect(original).toMatch(
        /<AllFormFactors>\s*<ExtensionPoint xsi:type="CustomFunctions">\s*<Script>\s*<SourceLocation resid="Functions.Script.Url"\/>/
      );
      expect(original).not.toContain("<Runtimes>");
      expect(original).toContain(
        '<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json">'
      );
      expect(original).toContain(
        '<bt:Override Locale="de-DE" Value="https://localhost:3000/functions.de.json"/>'
      );
      expect(original).toContain('<bt:String id="Functions.Namespace" DefaultValue="KAM">');
    });

    it("reports CustomFunctionsRuntime demanded by the base manifest or missing in VersionOverrides", () => {
      expect(
        checkVariant([
          '<Set Name="ExcelApi" MinVersion="1.8"/>',
          '<Set Name="ExcelApi" MinVersion="1.8"/>\n      <Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>',
        ])
      ).toEqual([expect.stringContaining("CustomFunctionsRuntime in the base <Requirements>")]);
      expect(checkVariant([/\s*<Requirements>\s*<bt:Sets[\s\S]*?<\/Requirements>/, ""])).toEqual([
        expect.stringContaining("Custom functions need <Requirements><bt:Sets>"),
      ]);
    });

    it("reports the extension point outside AllFormFactors and a missing metadata URL", () => {
      expect(
        checkVariant(
          [/<AllFormFactors>\s*/, ""],
          [/<\/ExtensionPoint>\s*<\/AllFormFactors>/, "</ExtensionPoint>"]
        )
      ).toEqual([expect.stringContaining("must be inside <AllFormFactors>")]);
      expect(checkVariant([/\s*<Metadata>\s*<SourceLocation[^>]*>\s*<\/Metadata>/, ""])).toEqual([
        expect.stringContaining("Custom functions without <Metadata><SourceLocation/>"),
      ]);
    });

    it("reports AllFormFactors after DesktopFormFactor and Namespace before Script", () => {
      const cf = /\s*<AllFormFactors>[\s\S]*?<\/AllFormFactors>/.exec(original)![0];
      expect(checkVariant([cf, ""], ["</DesktopFormFactor>", `</DesktopFormFactor>${cf}`])).toEqual(
        [
          expect.stringContaining(
            "Element order: <AllFormFactors> must come before <DesktopFormFactor> in <Host>"
          ),
        ]
      );
      expect(
        checkVariant(
          [/\s*<Namespace resid="Functions.Namespace"\/>/, ""],
          ["<Script>", '<Namespace resid="Functions.Namespace"/>\n            <Script>']
        )
      ).toContainEqual(
        expect.stringContaining("Element order: <Script> must come before <Namespace>")
      );
    });

    it("reports a namespace that is not a short function id", () => {
      expect(
        checkVariant([
          '<bt:Override Locale="de-AT" Value="KAM"/>',
          '<bt:Override Locale="de-AT" Value="Kam Analyse"/>',
        ])
      ).toEqual([expect.stringContaining('Custom functions namespace "Kam Analyse" must be')]);
    });
  });

  describe("malformed XML", () => {
    const expectXmlProblem = (problems: string[], text: string): void => {
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(p).toMatch(/^XML: line \d+: /);
      expect(problems).toContainEqual(expect.stringContaining(text));
    };

    it("reports a missing closing tag", () => {
      expectXmlProblem(
        checkVariant(["</DefaultSettings>", ""]),
        "mismatched closing tag </OfficeApp>, expected </DefaultSettings>"
      );
    });

    it("reports a stray closing tag", () => {
      expectXmlProblem(
        checkVariant(["</Hosts>\n  <Requirements>", "</Hosts></Hosts>\n  <Requirements>"]),
        "mismatched closing tag </Hosts>, expected </OfficeApp>"
      );
      expectXmlProblem(
        checkVariant([/<\/OfficeApp>\s*$/, "</OfficeApp>\n</Hosts>\n"]),
        "unexpected closing tag </Hosts> with no open element"
      );
    });

    it("reports an unquoted attribute value", () => {
      expectXmlProblem(
        checkVariant([
          '<bt:Image size="16" resid="Icon.16x16"/>',
          '<bt:Image size=16 resid="Icon.16x16"/>',
        ]),
        "value of attribute size in <bt:Image> is not quoted"
      );
    });

    it("reports a duplicate attribute and missing whitespace between attributes", () => {
      expectXmlProblem(
        checkVariant(['<Host Name="Workbook"/>', '<Host Name="Workbook" Name="Document"/>']),
        "duplicate attribute Name in <Host>"
      );
      expectXmlProblem(
        checkVariant([
          '<bt:Image size="16" resid="Icon.16x16"/>',
          '<bt:Image size="16"resid="Icon.16x16"/>',
        ]),
        "missing whitespace before attribute resid"
      );
    });

    it("reports a second root element and text after the root", () => {
      expectXmlProblem(
        checkVariant([/<\/OfficeApp>\s*$/, "</OfficeApp>\n<OfficeApp/>\n"]),
        "more than one root element"
      );
      expectXmlProblem(
        checkVariant([/<\/OfficeApp>\s*$/, "</OfficeApp>\ntrailing\n"]),
        "text outside the root element"
      );
    });

    it("reports an unescaped ampersand and an unterminated comment", () => {
      expectXmlProblem(
        checkVariant([
          "Pareto and ABC analysis of customer revenue and key",
          "Pareto & ABC analysis of customer revenue and key",
        ]),
        "unescaped '&' in value of attribute DefaultValue"
      );
      expectXmlProblem(
        checkVariant([/<\/OfficeApp>\s*$/, "</OfficeApp>\n<!-- never closed\n"]),
        "unterminated comment"
      );
      expectXmlProblem(
        checkVariant(["<Hosts>", "<!-- a -- b --><Hosts>"]),
        "'--' is not allowed inside a comment"
      );
    });

    it("reports an element that is never closed", () => {
      const { errors } = parseXml('<?xml version="1.0"?>\n<a>\n  <b>\n</a>');
      expect(errors).toContainEqual(
        expect.stringContaining("mismatched closing tag </a>, expected </b>")
      );
      expect(parseXml("<a><b/>").errors).toEqual(["XML: line 1: element <a> is never closed"]);
    });

    it("accepts comments, CDATA, entities and single-quoted attributes", () => {
      const { root, errors } = parseXml(
        "<?xml version='1.0'?><!-- c --><a x='1 &amp; 2'><![CDATA[<raw>]]>&lt;&#65;</a>"
      );
      expect(errors).toEqual([]);
      expect(root).toMatchObject({ name: "a", attrs: { x: "1 & 2" }, text: "<raw><A" });
    });
  });
});

describe("icons", () => {
  it.each([16, 32, 64, 80, 128])("assets/icon-%i.png is a square RGBA PNG of that size", (size) => {
    const info = pngInfo(path.join(ASSETS, `icon-${size}.png`));
    expect([info.width, info.height]).toEqual([size, size]);
    expect(info.colorType).toBe(6); // RGBA: transparent background
  });

  it("assets/logo-filled.png is 300 x 300", () => {
    const info = pngInfo(path.join(ASSETS, "logo-filled.png"));
    expect([info.width, info.height]).toEqual([300, 300]);
  });

  it("keeps the SVG source and the icons are distinct files", () => {
    expect(fs.readFileSync(path.join(ASSETS, "icon.svg"), "utf8")).toContain("<svg");
    const hashes = [16, 32, 64, 80, 128].map((s) =>
      fs.readFileSync(path.join(ASSETS, `icon-${s}.png`)).toString("base64")
    );
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("every icon size the ribbon uses is referenced in the manifest", () => {
    for (const size of [16, 32, 80]) {
      expect(original).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
      expect(original).toContain(`DefaultValue="https://localhost:3000/assets/icon-${size}.png"`);
    }
  });
});
