// Function file of the ribbon (manifest FunctionFile). The only button opens the task pane
// (ShowTaskpane), so no ExecuteFunction action is associated yet; Office still needs the page.
Office.onReady(() => {
  // Nothing to register: see docs/manifest.md.
});
