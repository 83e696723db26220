#!/usr/bin/env node
/**
 * Offline checks for the add-in-only XML manifest (manifest.xml).
 *
 * `office-addin-manifest validate` needs the network; this script runs anywhere with plain Node
 * and catches the mistakes that most often stop an add-in from loading:
 *   - XML that is not well-formed (balanced tags, one root, quoted attributes, escaped "&" / "<");
 *   - children of <OfficeApp> (and of the main VersionOverrides parents) out of the order the XSD prescribes;
 *   - resid="..." that does not resolve to a bt:Image / bt:Url / bt:String, or resolves to the wrong kind;
 *   - icons that do not exist under assets/ or whose PNG size does not match the declared size;
 *   - URLs that are not https, an Id that is not a GUID, a Version that does not have four parts;
 *   - missing de-DE / de-AT / de-CH overrides for DisplayName, Description and every bt:String;
 *   - a missing ExcelApi requirement;
 *   - custom functions declared incompletely: outside <AllFormFactors>, without Script, Page,
 *     Metadata or Namespace, a namespace that is not a short id, CustomFunctionsRuntime missing
 *     from the VersionOverrides requirements or demanded by the base manifest.
 *
 * Usage: node scripts/check-manifest.js [manifest.xml] [--assets DIR] [--base-url URL]
 * Exit code 0 when no problems are found, 1 otherwise. No dependencies beyond Node.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const DEFAULT_BASE_URL = "https://localhost:3000/";
const DEFAULT_ASSETS_DIR = path.join(__dirname, "..", "assets");
const REQUIRED_LOCALES = ["de-DE", "de-AT", "de-CH"];
const EXPECTED_EXCEL_API = "1.8";

/** Documented child order of <OfficeApp xsi:type="TaskPaneApp"> (OfficeAppManifestV1_1.xsd). */
const OFFICEAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const OFFICEAPP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];

/**
 * Documented child order of nested elements (TaskPaneAppVersionOverridesV1_0.xsd,
 * OfficeAppBasicTypesV1_0.xsd). Only the relative order of the listed children is checked.
 */
const NESTED_ORDER = {
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  // xsi:type="CustomFunctions" (extensionpoint.md); other kinds have none of these children.
  ExtensionPoint: ["Script", "Page", "Metadata", "Namespace"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action", "Items"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

/** Which resource kind a resid on a given element must point to. */
const RESID_KIND = {
  Label: "ShortString",
  Title: "ShortString",
  Namespace: "ShortString",
  Description: "LongString",
  Image: "Image",
  SourceLocation: "Url",
  FunctionFile: "Url",
  LearnMoreUrl: "Url",
  Runtime: "Url",
};

/** Elements whose DefaultValue (and Override Value) must be an https URL. */
const URL_ELEMENTS = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "Url",
  "Image",
]);

const MAX_SHORT = 125;
const MAX_LONG = 250;
const MAX_RESID = 32;
/** namespace.md: at most 32 characters; custom-functions-naming.md: ids use A-Z, 0-9, _ and . */
const MAX_NAMESPACE = 32;
const FUNCTION_ID_RE = /^[A-Z][A-Z0-9_.]*$/;

// ---------------------------------------------------------------------------------------------
// A small XML parser: enough for manifests (elements, attributes, text, comments, CDATA, PIs).
// It reports well-formedness errors instead of throwing.
// ---------------------------------------------------------------------------------------------

const NAME_RE = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const BAD_AMP_RE = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;

function decodeEntities(s) {
  return s.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, e) => {
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
        );
    }
  });
}

function localName(name) {
  const i = name.indexOf(":");
  return i === -1 ? name : name.slice(i + 1);
}

/**
 * @param {string} src XML text
 * @returns {{ root: XmlNode | null, errors: string[] }}
 *
 * @typedef {{ name: string, local: string, attrs: Record<string, string>, children: XmlNode[],
 *             text: string, line: number, parent: XmlNode | null }} XmlNode
 */
function parseXml(src) {
  const errors = [];
  const lineStarts = [0];
  for (let k = 0; k < src.length; k++) if (src.charCodeAt(k) === 10) lineStarts.push(k + 1);
  const lineAt = (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const err = (pos, msg) => errors.push(`XML: line ${lineAt(pos)}: ${msg}`);

  const stack = [];
  let root = null;
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const docStart = i;
  const n = src.length;
  const isWs = (c) => c === " " || c === "\t" || c === "\n" || c === "\r";

  const handleText = (text, pos) => {
    if (stack.length === 0) {
      if (text.trim() !== "")
        err(pos, `text outside the root element: "${text.trim().slice(0, 30)}"`);
      return;
    }
    if (BAD_AMP_RE.test(text)) err(pos, "unescaped '&' in text (use &amp;)");
    if (text.includes("]]>")) err(pos, "']]>' is not allowed in text");
    stack[stack.length - 1].text += decodeEntities(text);
  };

  while (i < n) {
    const lt = src.indexOf("<", i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) handleText(src.slice(i, textEnd), i);
    if (lt === -1) break;
    i = lt;

    if (src.startsWith("<?", i)) {
      const end = src.indexOf("?>", i + 2);
      if (end === -1) {
        err(i, "unterminated processing instruction");
        break;
      }
      if (/^<\?xml[\s?]/i.test(src.slice(i, i + 6)) && i !== docStart) {
        err(i, "the XML declaration must be at the very start of the file");
      }
      i = end + 2;
      continue;
    }
    if (src.startsWith("<!--", i)) {
      const end = src.indexOf("-->", i + 4);
      if (end === -1) {
        err(i, "unterminated comment");
        break;
      }
      if (src.slice(i + 4, end).includes("--")) err(i, "'--' is not allowed inside a comment");
      i = end + 3;
      continue;
    }
    if (src.startsWith("<![CDATA[", i)) {
      const end = src.indexOf("]]>", i + 9);
      if (end === -1) {
        err(i, "unterminated CDATA section");
        break;
      }
      if (stack.length === 0) err(i, "CDATA section outside the root element");
      else stack[stack.length - 1].text += src.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    if (src.startsWith("<!", i)) {
      err(i, "DOCTYPE / markup declarations are not allowed in a manifest");
      const end = src.indexOf(">", i);
      i = end === -1 ? n : end + 1;
      continue;
    }

    if (src.startsWith("</", i)) {
      const start = i;
      NAME_RE.lastIndex = i + 2;
      const m = NAME_RE.exec(src);
      if (!m) {
        err(i, "invalid closing tag");
        const end = src.indexOf(">", i);
        i = end === -1 ? n : end + 1;
        continue;
      }
      const name = m[0];
      let j = i + 2 + name.length;
      while (j < n && isWs(src[j])) j++;
      if (src[j] !== ">") {
        err(start, `closing tag </${name}> is not terminated by '>'`);
        const end = src.indexOf(">", j);
        j = end === -1 ? n - 1 : end;
      }
      i = j + 1;
      if (stack.length === 0) {
        err(start, `unexpected closing tag </${name}> with no open element`);
        continue;
      }
      const top = stack[stack.length - 1];
      if (top.name === name) {
        stack.pop();
        continue;
      }
      err(
        start,
        `mismatched closing tag </${name}>, expected </${top.name}> (opened on line ${top.line})`
      );
      // Recover: if the name is open further down, close up to it; otherwise ignore the stray tag.
      const idx = stack.map((s) => s.name).lastIndexOf(name);
      if (idx !== -1) stack.length = idx;
      continue;
    }

    // Start tag.
    const start = i;
    NAME_RE.lastIndex = i + 1;
    const m = NAME_RE.exec(src);
    if (!m) {
      err(i, "'<' that does not start a valid tag (use &lt; in text)");
      i++;
      continue;
    }
    const node = {
      name: m[0],
      local: localName(m[0]),
      attrs: {},
      children: [],
      text: "",
      line: lineAt(start),
      parent: null,
    };
    let j = i + 1 + m[0].length;
    let selfClosing = false;
    let terminated = false;
    while (j < n) {
      const wsStart = j;
      while (j < n && isWs(src[j])) j++;
      if (src[j] === ">") {
        j++;
        terminated = true;
        break;
      }
      if (src.startsWith("/>", j)) {
        j += 2;
        selfClosing = true;
        terminated = true;
        break;
      }
      if (src[j] === "<") break; // tag not closed before the next tag begins
      NAME_RE.lastIndex = j;
      const am = NAME_RE.exec(src);
      if (!am) {
        err(j, `invalid character '${src[j]}' in tag <${node.name}>`);
        j++;
        continue;
      }
      if (j === wsStart) err(j, `missing whitespace before attribute ${am[0]} in <${node.name}>`);
      const attr = am[0];
      j += attr.length;
      while (j < n && isWs(src[j])) j++;
      if (src[j] !== "=") {
        err(j, `attribute ${attr} in <${node.name}> has no value`);
        continue;
      }
      j++;
      while (j < n && isWs(src[j])) j++;
      const q = src[j];
      let value;
      if (q !== '"' && q !== "'") {
        err(j, `value of attribute ${attr} in <${node.name}> is not quoted`);
        const vStart = j;
        while (j < n && !isWs(src[j]) && src[j] !== ">" && !src.startsWith("/>", j)) j++;
        value = src.slice(vStart, j);
      } else {
        const close = src.indexOf(q, j + 1);
        if (close === -1) {
          err(j, `unterminated value of attribute ${attr} in <${node.name}>`);
          j = n;
          break;
        }
        value = src.slice(j + 1, close);
        if (value.includes("<")) err(j, `'<' in value of attribute ${attr} in <${node.name}>`);
        if (BAD_AMP_RE.test(value))
          err(j, `unescaped '&' in value of attribute ${attr} in <${node.name}>`);
        j = close + 1;
      }
      if (Object.prototype.hasOwnProperty.call(node.attrs, attr)) {
        err(start, `duplicate attribute ${attr} in <${node.name}>`);
      }
      node.attrs[attr] = decodeEntities(value);
    }
    if (!terminated) err(start, `start tag <${node.name}> is not terminated by '>'`);
    i = j;

    if (stack.length === 0) {
      if (root) err(start, `more than one root element (<${root.name}> and <${node.name}>)`);
      else root = node;
    } else {
      node.parent = stack[stack.length - 1];
      node.parent.children.push(node);
    }
    if (!selfClosing && terminated) stack.push(node);
  }

  for (let k = stack.length - 1; k >= 0; k--) {
    errors.push(`XML: line ${stack[k].line}: element <${stack[k].name}> is never closed`);
  }
  if (!root && errors.length === 0) errors.push("XML: no root element");
  return { root, errors };
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function* walk(node) {
  yield node;
  for (const c of node.children) yield* walk(c);
}

function child(node, local) {
  return node ? node.children.find((c) => c.local === local) : undefined;
}

function children(node, local) {
  return node ? node.children.filter((c) => c.local === local) : [];
}

/** Width/height from a PNG's IHDR chunk, or null if the file is not a PNG. */
function readPngSize(file) {
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.alloc(24);
    const read = fs.readSync(fd, buf, 0, 24, 0);
    const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    if (read < 24 || sig.some((b, k) => buf[k] !== b) || buf.toString("latin1", 12, 16) !== "IHDR")
      return null;
    return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
  } finally {
    fs.closeSync(fd);
  }
}

function checkOrder(parent, order, problems, strict) {
  const seen = new Map();
  let maxIdx = -1;
  let maxName = "";
  for (const c of parent.children) {
    const idx = order.indexOf(c.local);
    if (idx === -1) {
      if (strict)
        problems.push(`Unknown element <${c.name}> in <${parent.local}> (line ${c.line})`);
      continue;
    }
    if (strict && seen.has(c.local)) {
      problems.push(
        `Element <${c.local}> appears more than once in <${parent.local}> (line ${c.line})`
      );
    }
    seen.set(c.local, true);
    if (idx < maxIdx) {
      problems.push(
        `Element order: <${c.local}> must come before <${maxName}> in <${parent.local}> (line ${c.line})`
      );
    } else if (idx > maxIdx) {
      maxIdx = idx;
      maxName = c.local;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------------

/**
 * Checks a manifest file and returns a list of problems (empty when the manifest is fine).
 *
 * @param {string} manifestPath
 * @param {{ assetsDir?: string, baseUrl?: string, excelApiVersion?: string }} [options]
 *   assetsDir: folder that https://localhost:3000/assets/ is served from (default: <repo>/assets);
 *   baseUrl: dev-server origin the manifest points at (default https://localhost:3000/);
 *   excelApiVersion: the ExcelApi MinVersion the project documents (default 1.8).
 * @returns {string[]}
 */
function checkManifest(manifestPath, options = {}) {
  const assetsDir = options.assetsDir || DEFAULT_ASSETS_DIR;
  const baseUrl = options.baseUrl || DEFAULT_BASE_URL;
  const assetsUrl = baseUrl + "assets/";
  const excelApiVersion = options.excelApiVersion || EXPECTED_EXCEL_API;

  let src;
  try {
    src = fs.readFileSync(manifestPath, "utf8");
  } catch (e) {
    return [`Cannot read ${manifestPath}: ${e.message}`];
  }
  const { root, errors } = parseXml(src);
  if (errors.length > 0 || !root) return errors;

  const problems = [];

  // --- root -------------------------------------------------------------------------------
  if (root.local !== "OfficeApp") {
    return [`Root element must be <OfficeApp>, found <${root.name}>`];
  }
  if (root.attrs["xsi:type"] !== "TaskPaneApp") {
    problems.push(
      `<OfficeApp> must have xsi:type="TaskPaneApp" (found "${root.attrs["xsi:type"] || ""}")`
    );
  }

  // --- element order ------------------------------------------------------------------------
  checkOrder(root, OFFICEAPP_ORDER, problems, true);
  for (const req of OFFICEAPP_REQUIRED) {
    if (!child(root, req)) problems.push(`Missing required element <${req}> in <OfficeApp>`);
  }
  const versionOverrides = child(root, "VersionOverrides");
  if (versionOverrides) {
    for (const node of walk(versionOverrides)) {
      const order = NESTED_ORDER[node.local];
      if (order) checkOrder(node, order, problems, false);
    }
  }

  // --- Id / Version -------------------------------------------------------------------------
  const id = child(root, "Id");
  if (id) {
    const v = id.text.trim();
    if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(v)) {
      problems.push(`Id is not a GUID: "${v}"`);
    } else if (
      /^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(v) ||
      v.toLowerCase() === "05c2e1c9-3e1d-406e-9a91-e9ac64854143"
    ) {
      problems.push(`Id "${v}" is a placeholder/template GUID; generate a new one`);
    }
  }
  const version = child(root, "Version");
  if (version && !/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version.text.trim())) {
    problems.push(`Version must have four numeric parts (e.g. 1.0.0.0): "${version.text.trim()}"`);
  }

  // --- URLs must be https -------------------------------------------------------------------
  for (const node of walk(root)) {
    for (const [attr, value] of Object.entries(node.attrs)) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue; // namespace names, not fetched
      const urlValued =
        (attr === "DefaultValue" && URL_ELEMENTS.has(node.local)) ||
        (attr === "Value" &&
          node.local === "Override" &&
          node.parent &&
          URL_ELEMENTS.has(node.parent.local));
      const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
      if ((urlValued || looksLikeUrl) && !/^https:\/\/[^\s/]+/.test(value)) {
        problems.push(`URL must use https: <${node.name} ${attr}="${value}"> (line ${node.line})`);
      }
    }
    const text = node.children.length === 0 ? node.text.trim() : "";
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !text.startsWith("https://")) {
      problems.push(`URL must use https: <${node.name}>${text}</${node.name}> (line ${node.line})`);
    }
  }

  // --- Resources and resid --------------------------------------------------------------------
  const resources = versionOverrides ? child(versionOverrides, "Resources") : undefined;
  /** @type {Map<string, { kind: string, node: any }>} */
  const resById = new Map();
  const addRes = (node, kind) => {
    const rid = node.attrs.id;
    if (!rid) {
      problems.push(`<${node.name}> without id in <Resources> (line ${node.line})`);
      return;
    }
    if (resById.has(rid)) problems.push(`Duplicate resource id "${rid}" (line ${node.line})`);
    if (rid.length > MAX_RESID)
      problems.push(`Resource id "${rid}" is longer than ${MAX_RESID} characters`);
    resById.set(rid, { kind, node });
  };
  if (resources) {
    for (const img of children(child(resources, "Images"), "Image")) addRes(img, "Image");
    for (const url of children(child(resources, "Urls"), "Url")) addRes(url, "Url");
    for (const s of children(child(resources, "ShortStrings"), "String")) addRes(s, "ShortString");
    for (const s of children(child(resources, "LongStrings"), "String")) addRes(s, "LongString");
  }
  for (const node of walk(root)) {
    if (
      node.parent &&
      ["Images", "Urls", "ShortStrings", "LongStrings"].includes(node.parent.local)
    )
      continue;
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    const res = resById.get(resid);
    if (!res) {
      problems.push(`Unresolved resid "${resid}" on <${node.name}> (line ${node.line})`);
      continue;
    }
    const want = RESID_KIND[node.local];
    if (want && res.kind !== want) {
      problems.push(
        `resid "${resid}" on <${node.name}> refers to a ${res.kind}, expected a ${want} (line ${node.line})`
      );
    }
  }

  // --- Icons ------------------------------------------------------------------------------------
  const iconFile = (url, where) => {
    if (!url.startsWith(assetsUrl)) {
      problems.push(
        `Icon URL ${url} (${where}) is not under ${assetsUrl}; cannot check it offline`
      );
      return null;
    }
    const rel = decodeURIComponent(url.slice(assetsUrl.length).split(/[?#]/)[0]);
    const file = path.join(assetsDir, rel);
    if (rel.includes("..") || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      problems.push(`Icon file not found: assets/${rel} (referenced by ${where})`);
      return null;
    }
    return file;
  };
  const checkIconSize = (file, size, where) => {
    const dim = readPngSize(file);
    if (dim && (dim.width !== size || dim.height !== size)) {
      problems.push(
        `Icon ${path.relative(path.dirname(assetsDir), file)} is ${dim.width}x${dim.height} px, expected ${size}x${size} for ${where}`
      );
    }
  };
  for (const [local, size] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ]) {
    const el = child(root, local);
    if (!el) continue;
    const urls = [
      el.attrs.DefaultValue,
      ...children(el, "Override").map((o) => o.attrs.Value),
    ].filter(Boolean);
    for (const url of urls) {
      const file = iconFile(url, `<${local}>`);
      if (file) checkIconSize(file, size, `<${local}>`);
    }
  }
  const imageFiles = new Map();
  for (const [rid, res] of resById) {
    if (res.kind !== "Image") continue;
    const where = `<bt:Image id="${rid}">`;
    const urls = [
      res.node.attrs.DefaultValue,
      ...children(res.node, "Override").map((o) => o.attrs.Value),
    ];
    const files = [];
    for (const url of urls.filter(Boolean)) {
      const file = iconFile(url, where);
      if (file) files.push(file);
    }
    imageFiles.set(rid, files);
  }
  for (const node of walk(root)) {
    if (node.local !== "Image" || !node.parent || node.parent.local !== "Icon") continue;
    const size = Number(node.attrs.size);
    for (const file of imageFiles.get(node.attrs.resid) || []) {
      checkIconSize(file, size, `<bt:Image size="${node.attrs.size}" resid="${node.attrs.resid}">`);
    }
  }

  // --- Localisation ---------------------------------------------------------------------------
  const checkLocalized = (node, label, max) => {
    const overrides = children(node, "Override");
    const values = [["default", node.attrs.DefaultValue]];
    for (const loc of REQUIRED_LOCALES) {
      const o = overrides.find((x) => x.attrs.Locale === loc);
      if (!o) problems.push(`Missing ${loc} override for ${label}`);
      else values.push([loc, o.attrs.Value]);
    }
    for (const o of overrides) {
      if (!REQUIRED_LOCALES.includes(o.attrs.Locale)) values.push([o.attrs.Locale, o.attrs.Value]);
    }
    for (const [loc, value] of values) {
      if (value === undefined || value.trim() === "") {
        problems.push(`Empty ${loc} value for ${label}`);
      } else if (value.length > max) {
        problems.push(`${loc} value for ${label} is ${value.length} characters, maximum is ${max}`);
      }
    }
  };
  const displayName = child(root, "DisplayName");
  if (displayName) checkLocalized(displayName, "<DisplayName>", MAX_SHORT);
  const description = child(root, "Description");
  if (description) checkLocalized(description, "<Description>", MAX_LONG);
  for (const [rid, res] of resById) {
    if (res.kind === "ShortString") checkLocalized(res.node, `bt:String "${rid}"`, MAX_SHORT);
    if (res.kind === "LongString") checkLocalized(res.node, `bt:String "${rid}"`, MAX_LONG);
  }

  // --- Hosts, requirements, permissions -----------------------------------------------------------
  const hosts = children(child(root, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (!hosts.includes("Workbook")) problems.push('<Hosts> must contain <Host Name="Workbook"/>');
  const sets = children(child(child(root, "Requirements"), "Sets"), "Set");
  const excel = sets.find((s) => s.attrs.Name === "ExcelApi");
  if (!excel) {
    problems.push('Missing <Set Name="ExcelApi" MinVersion="..."/> in <Requirements><Sets>');
  } else {
    const min =
      excel.attrs.MinVersion ||
      child(child(root, "Requirements"), "Sets").attrs.DefaultMinVersion ||
      "1.1";
    if (!/^\d+\.\d+$/.test(min))
      problems.push(`ExcelApi MinVersion "${min}" is not of the form major.minor`);
    else if (min !== excelApiVersion) {
      problems.push(
        `ExcelApi MinVersion is ${min} but the project documents ${excelApiVersion} (update docs/manifest.md and the check together)`
      );
    }
  }
  checkCustomFunctions(root, versionOverrides, resById, problems);

  const permissions = child(root, "Permissions");
  const allowed = [
    "Restricted",
    "ReadDocument",
    "ReadAllDocument",
    "WriteDocument",
    "ReadWriteDocument",
  ];
  if (permissions && !allowed.includes(permissions.text.trim())) {
    problems.push(
      `<Permissions> must be one of ${allowed.join(", ")} (found "${permissions.text.trim()}")`
    );
  }

  return problems;
}

/**
 * Custom functions (Microsoft Learn: manifest/allformfactors.md, manifest/extensionpoint.md,
 * manifest/namespace.md, manifest/requirements.md, excel/custom-functions-json.md).
 */
function checkCustomFunctions(root, versionOverrides, resById, problems) {
  const points = [...walk(root)].filter(
    (n) => n.local === "ExtensionPoint" && n.attrs["xsi:type"] === "CustomFunctions"
  );
  if (points.length === 0) return;
  const setsOf = (requirements) =>
    children(child(requirements, "Sets"), "Set").map((s) => s.attrs.Name);
  if (setsOf(child(root, "Requirements")).includes("CustomFunctionsRuntime")) {
    problems.push(
      "CustomFunctionsRuntime in the base <Requirements> keeps the whole add-in (and its task pane) off hosts without custom functions; require it in <VersionOverrides>"
    );
  }
  if (!setsOf(child(versionOverrides, "Requirements")).includes("CustomFunctionsRuntime")) {
    problems.push(
      'Custom functions need <Requirements><bt:Sets><bt:Set Name="CustomFunctionsRuntime" MinVersion="1.1"/> in <VersionOverrides>'
    );
  }
  for (const point of points) {
    if (!point.parent || point.parent.local !== "AllFormFactors") {
      problems.push(
        `<ExtensionPoint xsi:type="CustomFunctions"> must be inside <AllFormFactors> (line ${point.line})`
      );
    }
    for (const part of ["Script", "Page", "Metadata"]) {
      if (!child(child(point, part), "SourceLocation")) {
        problems.push(`Custom functions without <${part}><SourceLocation/> (line ${point.line})`);
      }
    }
    const namespace = child(point, "Namespace");
    const res = namespace && resById.get(namespace.attrs.resid);
    if (!namespace) {
      problems.push(`Custom functions without <Namespace> (line ${point.line})`);
    } else if (res) {
      const values = [
        res.node.attrs.DefaultValue,
        ...children(res.node, "Override").map((o) => o.attrs.Value),
      ];
      for (const value of values) {
        if (!value || value.length > MAX_NAMESPACE || !FUNCTION_ID_RE.test(value)) {
          problems.push(
            `Custom functions namespace "${value}" must be 1-${MAX_NAMESPACE} characters A-Z, 0-9, _ or . starting with a letter`
          );
        }
      }
    }
  }
}

module.exports = { checkManifest, parseXml, readPngSize, OFFICEAPP_ORDER };

if (require.main === module) {
  const args = process.argv.slice(2);
  const options = {};
  let file = path.join(__dirname, "..", "manifest.xml");
  for (let k = 0; k < args.length; k++) {
    if (args[k] === "--assets") options.assetsDir = path.resolve(args[++k]);
    else if (args[k] === "--base-url") options.baseUrl = args[++k];
    else file = args[k];
  }
  const problems = checkManifest(file, options);
  if (problems.length === 0) {
    console.log(`${file}: no problems found`);
  } else {
    console.error(`${file}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exitCode = 1;
  }
}
