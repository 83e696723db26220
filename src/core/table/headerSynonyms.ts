import type { ColumnRole } from "../types";

// Header names people use for each role, German and English, already normalised
// (see normalizeHeader). Exact matches win over partial ones.
export const HEADER_SYNONYMS: Record<ColumnRole, { exact: string[]; partial: string[] }> = {
  customerId: {
    exact: [
      "kundennummer",
      "kundennr",
      "kdnr",
      "kundenid",
      "debitorennummer",
      "debitorennr",
      "debitornr",
      "debitor nr",
      "customerid",
      "customerno",
      "customernumber",
      "customernr",
      "accountid",
      "accountnumber",
      "accountno",
      "clientid",
      "clientnumber",
      "id",
      "kdnummer",
    ].map((s) => s.replace(/ /g, "")),
    partial: [
      "kundennummer",
      "kundennr",
      "kdnr",
      "customerid",
      "customernumber",
      "customerno",
      "accountid",
      "accountnumber",
      "debitorennummer",
      "debitornummer",
    ],
  },
  customer: {
    exact: [
      "kunde",
      "kunden",
      "kundenname",
      "kundenbezeichnung",
      "name",
      "firma",
      "firmenname",
      "debitor",
      "debitorname",
      "abnehmer",
      "auftraggeber",
      "customer",
      "customername",
      "client",
      "clientname",
      "account",
      "accountname",
      "company",
      "companyname",
      "buyer",
    ],
    partial: ["kunde", "customer", "client", "account", "firma", "company", "debitor", "name"],
  },
  margin: {
    exact: [
      "deckungsbeitrag",
      "db",
      "dbi",
      "db1",
      "dbii",
      "db2",
      "rohertrag",
      "marge",
      "contributionmargin",
      "margin",
      "grossmargin",
      "grossprofit",
      "cm",
    ],
    partial: ["deckungsbeitrag", "rohertrag", "marge", "margin", "grossprofit"],
  },
  revenue: {
    exact: [
      "umsatz",
      "nettoumsatz",
      "umsatznetto",
      "umsatzerloese",
      "erloes",
      "erloese",
      "nettoerloes",
      "betrag",
      "nettobetrag",
      "rechnungsbetrag",
      "wert",
      "summe",
      "revenue",
      "netrevenue",
      "revenues",
      "sales",
      "netsales",
      "turnover",
      "amount",
      "netamount",
      "invoiceamount",
      "value",
      "total",
    ],
    partial: ["umsatz", "erloes", "betrag", "revenue", "sales", "turnover", "amount"],
  },
};

/** Ratings 1-5 people keep per customer; both are criteria of the key-account score. */
export type RatingRole = "satisfaction" | "potential";

/**
 * Exact names only: "Umsatzpotenzial" is an amount, not a rating. A trailing "(1-5)" is
 * ignored by the matcher.
 */
export const RATING_SYNONYMS: Record<RatingRole, string[]> = {
  satisfaction: [
    "zufriedenheit",
    "kundenzufriedenheit",
    "satisfaction",
    "customersatisfaction",
    "csat",
  ],
  potential: ["potenzial", "potential", "kundenpotenzial", "customerpotential"],
};
