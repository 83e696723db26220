/** Colors and display text (Range.text) for the fake Excel host. */
import { CellValue } from "./model";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  maroon: "#800000",
  navy: "#000080",
  teal: "#008080",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  pink: "#FFC0CB",
  brown: "#A52A2A",
  gold: "#FFD700",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgreen: "#006400",
  darkblue: "#00008B",
  darkred: "#8B0000",
  darkgray: "#A9A9A9",
  darkgrey: "#A9A9A9",
  lightyellow: "#FFFFE0",
  salmon: "#FA8072",
  coral: "#FF7F50",
  tomato: "#FF6347",
};

/** Colors are returned as "#RRGGBB" (upper case), as Office.js does. */
export function normalizeColor(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = v.trim();
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  let m = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (m) return "#" + m[1].toUpperCase();
  m = /^#?([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(s);
  if (m) return ("#" + m[1] + m[1] + m[2] + m[2] + m[3] + m[3]).toUpperCase();
  return s;
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("e", "E")
      .replace(/E\+?(-?)(\d)$/, "E+$10$2")
      .replace("E+-", "E-");
  }
  return String(parseFloat(n.toPrecision(10)));
}

const DAY_MS = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

function formatDate(serial: number, fmt: string): string {
  const d = new Date(EPOCH + Math.round(serial * DAY_MS));
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return fmt
    .replace(/yyyy/gi, String(y))
    .replace(/yy/gi, pad(y % 100))
    .replace(/mm/g, pad(mo))
    .replace(/(^|[^a-z])m(?![a-z])/gi, (_, p: string) => p + mo)
    .replace(/dd/gi, pad(day))
    .replace(/(^|[^a-z])d(?![a-z])/gi, (_, p: string) => p + day);
}

/** Display text of a cell: enough of Excel's number formats for tests and the playground. */
export function formatText(v: CellValue | undefined, nf: string): string {
  if (v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  if (nf === "General" || nf === "@" || nf === "") return generalNumber(v);
  const section = nf.split(";")[v < 0 && nf.includes(";") ? 1 : 0] ?? nf;
  const plain = section.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  if (/[yd]/i.test(plain) || /(^|[^0#])m/.test(plain)) {
    return formatDate(v, plain.replace(/\\/g, ""));
  }
  const m = /(#,##)?0(\.(0+))?(%?)/.exec(plain);
  if (!m) return generalNumber(v);
  const decimals = m[3] ? m[3].length : 0;
  let n = m[4] ? v * 100 : v;
  if (nf.includes(";") && v < 0) n = Math.abs(n);
  let s = Math.abs(n).toFixed(decimals);
  if (m[1]) {
    const [i, f] = s.split(".");
    s = groupThousands(i) + (f !== undefined ? "." + f : "");
  }
  if (n < 0) s = "-" + s;
  const start = section.indexOf(m[0]);
  const before = section
    .slice(0, start)
    .replace(/"([^"]*)"/g, "$1")
    .replace(/[\\_*]./g, "");
  const after = section
    .slice(start + m[0].length)
    .replace(/"([^"]*)"/g, "$1")
    .replace(/[\\_*]./g, "");
  return (before + s + (m[4] ? "%" : "") + after).replace(/\[[^\]]*\]/g, "");
}
