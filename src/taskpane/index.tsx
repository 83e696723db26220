// Task pane entry: waits for Office, binds the Excel layer and mounts the React app.
import { createRoot } from "react-dom/client";
import { createExcelApi } from "../excel";
import { App } from "./App";
import { createAnalysisRunner } from "./worker/client";

/** The worker bundle sits next to taskpane.html in dist/. */
const WORKER_URL = new URL("analysis.worker.js", document.baseURI).href;

Office.onReady(() => {
  const api = createExcelApi();
  const lang = api.language();
  document.documentElement.lang = lang;
  const theme = Office.context?.officeTheme ?? null;
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <App api={api} runner={createAnalysisRunner(WORKER_URL)} officeTheme={theme} language={lang} />
  );
});
