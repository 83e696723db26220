// A read from the workbook that the pane shows while it lasts: `empty` until it answers, and
// `empty` again when it fails (a table deleted by hand is nothing to show, not an error).
import { useEffect, useState } from "react";

export function useWorkbookRead<T>(
  read: (() => Promise<T>) | null,
  empty: T,
  deps: readonly unknown[]
): T {
  const [value, setValue] = useState<T>(empty);
  useEffect(() => {
    if (!read) {
      setValue(empty);
      return;
    }
    let live = true;
    read().then(
      (v) => live && setValue(v),
      () => live && setValue(empty)
    );
    return () => {
      live = false;
    };
    // The caller names what the read depends on (a new function each render is no reason).
  }, deps);
  return value;
}
