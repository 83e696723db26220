// A small German invoice list for the playground when examples/invoices.csv is not bundled:
// repeated customers, a credit note, a text amount and a row without revenue, as real exports have.

const COMPANIES = [
  "Müller Maschinenbau GmbH",
  "Schneider Logistik AG",
  "Fischer Elektrotechnik KG",
  "Weber & Söhne OHG",
  "Becker Lebensmittel GmbH",
  "Hoffmann Bau GmbH",
  "Schäfer Medizintechnik AG",
  "Koch Automotive GmbH",
  "Bauer Landtechnik eG",
  "Richter Verpackungen GmbH",
  "Klein IT-Services GmbH",
  "Wolf Chemie AG",
  "Schröder Möbelwerk GmbH",
  "Neumann Druck KG",
  "Schwarz Textil GmbH",
  "Zimmermann Holz GmbH",
  "Braun Optik AG",
  "Krüger Elektronik GmbH",
  "Hofmann Pharma GmbH",
  "Hartmann Stahl AG",
  "Lange Kunststoffe GmbH",
  "Schmitt Getränke KG",
  "Werner Solar GmbH",
  "Krause Werkzeuge GmbH",
  "Meier Papier AG",
  "Lehmann Fenster GmbH",
  "Köhler Haustechnik KG",
  "Herrmann Reisen GmbH",
  "König Spedition GmbH",
  "Walter Gartenbau eG",
  "Mayer Sensorik GmbH",
  "Huber Brauerei KG",
  "Kaiser Fahrzeugbau AG",
  "Fuchs Messebau GmbH",
  "Peters Reinigung GmbH",
  "Lang Akustik GmbH",
  "Scholz Dental GmbH",
  "Möller Agrar eG",
  "Weiß Kosmetik GmbH",
  "Jung Energie AG",
];

/** Deterministic pseudo-random numbers, so screenshots stay the same. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function sampleInvoices(rows = 240): (string | number)[][] {
  const rnd = random(20240131);
  const grid: (string | number)[][] = [
    ["Rechnungsnr.", "Datum", "Kundennr.", "Kunde", "Umsatz", "Deckungsbeitrag"],
  ];
  for (let i = 0; i < rows; i++) {
    // Every customer once, then a Zipf-like choice: few customers get most invoices and the
    // large amounts.
    const c =
      i < COMPANIES.length
        ? COMPANIES.length - 1 - i
        : Math.min(COMPANIES.length - 1, Math.floor(Math.pow(rnd(), 2.2) * COMPANIES.length));
    const amount = Math.round((25000 / (c + 1.5)) * (0.4 + rnd() * 1.2) * 100) / 100;
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    grid.push([
      `RE-2024-${String(1001 + i)}`,
      `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.2024`,
      `K${String(10001 + c)}`,
      COMPANIES[c],
      amount,
      Math.round(amount * (0.18 + rnd() * 0.2) * 100) / 100,
    ]);
  }
  // What exports contain: a credit note, an amount typed as text, a row without revenue.
  grid.push(["GS-2024-0007", "15.11.2024", "K10003", COMPANIES[2], -1850.0, -420.0]);
  grid.push(["RE-2024-1999", "02.12.2024", "K10012", COMPANIES[11], "1.234,50", 310.0]);
  grid.push(["RE-2024-2000", "03.12.2024", "K10020", COMPANIES[19], "", ""]);
  return grid;
}
