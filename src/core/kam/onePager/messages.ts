// Report lines of the one-pager in German and English; the Excel layer and the pane add them to
// their catalogues.

export const ONE_PAGER_MESSAGES = {
  KAM_ONEPAGER_WILL_CREATE: {
    en: "One-pager for {customer}: a new sheet {sheet}, A4 landscape.",
    de: "One-Pager für {customer}: ein neues Blatt {sheet}, A4 quer.",
  },
  KAM_ONEPAGER_WILL_REFRESH: {
    en: "One-pager for {customer}: the sheet {sheet} is refreshed; what you typed on it stays.",
    de: "One-Pager für {customer}: Das Blatt {sheet} wird aktualisiert; Ihre Eingaben darauf bleiben erhalten.",
  },
  KAM_ONEPAGER_WRITTEN: {
    en: "One-pager for {customer} on the sheet {sheet}: figures from this analysis, plan, actions and stakeholders live from the KAM tables.",
    de: "One-Pager für {customer} auf dem Blatt {sheet}: Zahlen aus dieser Analyse, Planung, Maßnahmen und Ansprechpartner live aus den KAM-Tabellen.",
  },
  KAM_ONEPAGER_REFRESHED: {
    en: "One-pager for {customer} on the sheet {sheet} refreshed; your entries on it are unchanged.",
    de: "One-Pager für {customer} auf dem Blatt {sheet} aktualisiert; Ihre Eingaben darauf sind unverändert.",
  },
  KAM_ONEPAGER_NOT_KEY_ACCOUNT: {
    en: "{customer} is not a key account of this analysis; no one-pager was written.",
    de: "{customer} ist in dieser Analyse kein Key Account; es wurde kein One-Pager geschrieben.",
  },
  KAM_ONEPAGER_NEEDS_TABLES: {
    en: "The one-pager needs the KAM plan, actions and stakeholders tables: create the KAM sheets first.",
    de: "Der One-Pager braucht die Tabellen KAM-Planung, Maßnahmen und Ansprechpartner: Legen Sie zuerst die KAM-Blätter an.",
  },
  KAM_ONEPAGER_NOT_OURS: {
    en: "The one-pager name for {customer} points to the sheet {sheet}, which is not the add-in's; nothing was written there.",
    de: "Der Name des One-Pagers für {customer} zeigt auf das Blatt {sheet}, das nicht vom Add-in stammt; dort wurde nichts geschrieben.",
  },
  KAM_ONEPAGER_CHANGED: {
    en: "The one-pager for {customer} on the sheet {sheet} has rows or columns inserted or deleted; it was not refreshed, so that your entries stay where they are. Delete the sheet to create it anew.",
    de: "Im One-Pager für {customer} auf dem Blatt {sheet} wurden Zeilen oder Spalten eingefügt oder gelöscht; er wurde nicht aktualisiert, damit Ihre Eingaben an ihrem Platz bleiben. Löschen Sie das Blatt, um ihn neu anzulegen.",
  },
  KAM_ONEPAGER_NO_PAGE_SETUP: {
    en: "This version of Excel cannot set up the page from an add-in: choose A4, landscape and “Fit Sheet on One Page” under Page Layout yourself.",
    de: "Diese Excel-Version kann die Seite nicht per Add-in einrichten. Wählen Sie unter Seitenlayout selbst A4, Querformat und „Blatt auf einer Seite darstellen“.",
  },
};
