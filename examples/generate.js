#!/usr/bin/env node
// Writes the sample data: examples/invoices.csv (German Excel export: semicolons, "1.234,56")
// and examples/invoices.xlsx (same invoices, real numbers and dates, sheet "Rechnungen").
// Deterministic: a seeded PRNG, so re-running gives the same invoices.
// Usage: node examples/generate.js
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ExcelJS = require("exceljs");

/** mulberry32: small seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Customers of a mid-size German supplier of industrial components, largest first.
const CUSTOMERS = [
  "Müller Maschinenbau GmbH",
  "Schneider Antriebstechnik AG",
  "Fischer & Söhne KG",
  "Weber Fahrzeugteile GmbH",
  "Becker Anlagenbau GmbH & Co. KG",
  "Hoffmann Automation AG",
  "Schäfer Präzisionstechnik GmbH",
  "Koch Industrieservice GmbH",
  "Bauer Landtechnik KG",
  "Richter Hydraulik GmbH",
  "Klein Elektrotechnik GmbH",
  "Wolf Verpackungsmaschinen AG",
  "Schröder Fördertechnik GmbH",
  "Neumann Kunststofftechnik GmbH",
  "Schwarz Metallbau KG",
  "Zimmermann Pumpen GmbH",
  "Braun Medizintechnik AG",
  "Krüger Stahlhandel GmbH",
  "Hofmann Getriebebau GmbH",
  "Hartmann Lasertechnik GmbH",
  "Lange Werkzeugbau KG",
  "Schmitt Energietechnik GmbH",
  "Werner Sondermaschinen GmbH",
  "Schmitz Gebäudetechnik GmbH",
  "Krause Lagersysteme GmbH",
  "Meier Armaturen AG",
  "Lehmann Schweißtechnik GmbH",
  "Schmid Feinmechanik GmbH",
  "Schulze Kältetechnik GmbH & Co. KG",
  "Maier Robotik GmbH",
  "Köhler Druckluft GmbH",
  "Herrmann Oberflächentechnik KG",
  "König Messtechnik GmbH",
  "Walter Holzbearbeitung GmbH",
  "Mayer Filtertechnik GmbH",
  "Huber Seilbahnen AG",
  "Kaiser Dichtungstechnik GmbH",
  "Fuchs Gießerei GmbH",
  "Peters Schiffstechnik GmbH",
  "Lang Textilmaschinen KG",
  "Scholz Kabelkonfektion GmbH",
  "Möller Umwelttechnik GmbH",
  "Weiß Lebensmitteltechnik GmbH",
  "Jung Aufzugtechnik GmbH",
  "Hahn Prüfsysteme GmbH",
  "Schubert Zerspanung GmbH",
  "Vogel Sensorik GmbH",
  "Friedrich Behälterbau KG",
  "Keller Brandschutz GmbH",
  "Günther Transporttechnik GmbH",
  "Frank Laborbedarf GmbH",
  "Berger Dosiertechnik GmbH",
  "Winkler Glasbearbeitung GmbH",
  "Roth Kranbau GmbH",
  "Beck Wasseraufbereitung GmbH",
  "Lorenz Stanztechnik KG",
  "Baumann Lüftungsbau GmbH",
  "Franke Industriebedarf e.K.",
  "Albrecht Gummiwerk GmbH",
  // A name a spreadsheet would read as a formula: the CSV output must keep it text.
  "-Minus Handel GmbH",
];

const INVOICES = 400;
const rnd = prng(20240131);

function lognormal(mu, sigma) {
  // Box-Muller
  const u = 1 - rnd();
  const v = rnd();
  return Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
}

/** Zipf-like weights: the first customers buy far more often and in larger orders. */
const weights = CUSTOMERS.map((_, i) => 1 / Math.pow(i + 2, 1.2));
const totalWeight = weights.reduce((a, b) => a + b, 0);

function pickCustomer() {
  let x = rnd() * totalWeight;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i];
    if (x <= 0) return i;
  }
  return weights.length - 1;
}

// Every customer at least once, the rest by weight.
const picks = CUSTOMERS.map((_, i) => i);
while (picks.length < INVOICES) picks.push(pickCustomer());

const start = Date.UTC(2024, 0, 2);
const invoices = picks.map((c) => {
  const day = Math.floor(rnd() * 364);
  const size = Math.pow(weights[c] / weights[0], 0.3); // large customers place larger orders
  const net = Math.round(lognormal(Math.log(9000 * size), 0.7) * 100) / 100;
  const marginRate = 0.12 + rnd() * 0.22;
  return {
    date: new Date(start + day * 86400000),
    customer: c,
    name: CUSTOMERS[c],
    net,
    margin: Math.round(net * marginRate * 100) / 100,
  };
});
invoices.sort((a, b) => a.date - b.date || a.customer - b.customer);

// The irregularities real exports have.
const rowsOf = (c) => invoices.filter((inv) => inv.customer === c);
rowsOf(6)[1].name = "schäfer  präzisionstechnik gmbh"; // typed differently once
const credit = rowsOf(3)[2]; // a credit note
credit.net = -1250;
credit.margin = -310.5;
rowsOf(9)[0].net = null; // revenue missing
rowsOf(17)[0].net = null;
rowsOf(12)[1].net = "#N/A"; // a lookup that failed in the source sheet
rowsOf(20)[0].net = "n.a.";
for (const inv of invoices) if (typeof inv.net !== "number") inv.margin = null;

const invoiceNo = (i) => "RE-2024-" + String(i + 1).padStart(5, "0");
const customerNo = (c) => 10001 + c;

/** 1234.5 -> "1.234,50" */
function german(v) {
  const [whole, frac] = Math.abs(v).toFixed(2).split(".");
  return (v < 0 ? "-" : "") + whole.replace(/\B(?=(\d{3})+$)/g, ".") + "," + frac;
}

function germanDate(d) {
  const p = (n) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

function csvCell(s) {
  return /[;"\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

async function main() {
  const dir = __dirname;
  const header = [
    "Rechnungsnr",
    "Datum",
    "Kundennummer",
    "Kunde",
    "Nettoumsatz",
    "Deckungsbeitrag",
  ];
  const lines = [header.join(";")];
  invoices.forEach((inv, i) => {
    const net = inv.net === null ? "" : typeof inv.net === "number" ? german(inv.net) : inv.net;
    const margin = inv.margin === null ? "" : german(inv.margin);
    const cells = [
      invoiceNo(i),
      germanDate(inv.date),
      String(customerNo(inv.customer)),
      inv.name,
      net,
      margin,
    ];
    lines.push(cells.map(csvCell).join(";"));
  });
  fs.writeFileSync(path.join(dir, "invoices.csv"), lines.join("\r\n") + "\r\n");

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Key Account Analyzer examples";
  workbook.created = new Date(Date.UTC(2024, 11, 31));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet("Rechnungen");
  sheet.columns = [
    { header: header[0], key: "no", width: 16 },
    { header: header[1], key: "date", width: 12, style: { numFmt: "dd.mm.yyyy" } },
    { header: header[2], key: "id", width: 14 },
    { header: header[3], key: "name", width: 36 },
    { header: header[4], key: "net", width: 14, style: { numFmt: "#,##0.00" } },
    { header: header[5], key: "margin", width: 16, style: { numFmt: "#,##0.00" } },
  ];
  invoices.forEach((inv, i) => {
    const net = inv.net === "#N/A" ? { error: "#N/A" } : inv.net;
    sheet.addRow({
      no: invoiceNo(i),
      date: inv.date,
      id: customerNo(inv.customer),
      name: inv.name,
      net,
      margin: inv.margin,
    });
  });
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  await workbook.xlsx.writeFile(path.join(dir, "invoices.xlsx"));
  console.log(`examples: ${invoices.length} invoices, ${CUSTOMERS.length} customers`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
