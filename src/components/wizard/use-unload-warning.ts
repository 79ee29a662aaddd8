// The browser's own "Leave site?" prompt, for what in-app guards (useBlocker)
// cannot catch: closing the tab, reloading, typing another address.
import { useEffect } from "react";

/** Warns before the tab closes or reloads while `active`. */
export function useUnloadWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a value here to show their prompt.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);
}
