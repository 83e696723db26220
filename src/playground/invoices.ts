// The project's sample data (examples/invoices.csv, a German Excel export) as the cells Excel shows
// after opening it with German settings: "6.167,34" becomes the number 6167.34.
import csv from "../../examples/invoices.csv";

const GERMAN_NUMBER = /^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/;

function cell(text: string): string | number {
  const t = text.trim();
  if (GERMAN_NUMBER.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  return t;
}

export function exampleInvoices(): (string | number)[][] {
  return csv
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line, i) => line.split(";").map((v) => (i === 0 ? v.trim() : cell(v))));
}
