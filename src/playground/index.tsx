// Playground entry: installs the fake Excel host, seeds it with sample invoices and shows the
// real task pane next to the simulated workbook. Nothing here talks to a real Excel.
import { createRoot } from "react-dom/client";
import { languageOf } from "../core/i18n/format";
import { createExcelApi } from "../excel";
import { createAnalysisRunner } from "../taskpane/worker/client";
import { createFakeHost } from "../../fake-excel";
import { Playground } from "./Playground";
import { exampleInvoices } from "./invoices";

const SHEET = "Rechnungen";
const params = new URLSearchParams(location.search);
const lang = languageOf(params.get("lang") ?? navigator.language);
const dark =
  params.get("theme") === "dark" ||
  (!params.has("theme") && !!window.matchMedia?.("(prefers-color-scheme: dark)").matches);

function newHost() {
  const host = createFakeHost({
    sheets: { [SHEET]: exampleInvoices() },
    selection: `${SHEET}!A1`,
    displayLanguage: lang === "de" ? "de-DE" : "en-US",
  });
  // The pane and the Excel layer use the globals, as under Office.
  host.install(window);
  (window as unknown as { __fakeHost: typeof host }).__fakeHost = host;
  return host;
}

let invoice = 5000;
const root = createRoot(document.getElementById("playground")!);
const runner = createAnalysisRunner(new URL("analysis.worker.js", document.baseURI).href);

function mount() {
  const host = newHost();
  const addRows = () => {
    // New invoices below the data, as a user would add them before clicking Refresh.
    const ws = host.workbook.getSheet(SHEET);
    const used = ws.usedRange(true);
    const start = used.rowIndex + used.rowCount;
    for (let i = 0; i < 5; i++) {
      const row = start + i;
      invoice++;
      ws.setValue(row, 0, `RE-2025-${invoice}`);
      ws.setValue(row, 1, "10.01.2025");
      ws.setValue(row, 2, 10099);
      ws.setValue(row, 3, "Neukunde Nord GmbH");
      ws.setValue(row, 4, 4000 + i * 250);
      ws.setValue(row, 5, 900);
    }
  };
  // A large sheet to try the pane's progress and speed: the sample's invoices over 2,000 customers.
  const largeSheet = () => {
    const name = "Rechnungen_100000";
    const sample = exampleInvoices();
    const rows: (string | number)[][] = [sample[0]];
    for (let i = 0; i < 100000; i++) {
      const r = sample[1 + (i % (sample.length - 1))];
      const customer = i % 2000;
      rows.push([`RE-${100000 + i}`, r[1], 20000 + customer, `Kunde ${customer + 1}`, r[4], r[5]]);
    }
    if (host.workbook.hasSheet(name)) host.workbook.deleteSheet(name);
    host.workbook.addSheet(name, rows);
    host.workbook.activate(name);
    host.workbook.select(`${name}!A1`);
  };
  root.render(
    <Playground
      key={Date.now()}
      host={host}
      api={createExcelApi()}
      runner={runner}
      initialLang={lang}
      initialDark={dark}
      onAddRows={addRows}
      onLargeSheet={largeSheet}
      onReset={mount}
    />
  );
}

mount();
