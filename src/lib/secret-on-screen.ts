// While a private key is on screen, a session that ends (a 401 on some
// background refresh) must not sign the user out at once: that unmounts the
// page, and the key, shown only once, would be gone unasked. The end of the
// session waits until no private key is shown; the page's own requests fail
// meanwhile with the server's 401 in their usual error states.
import { useEffect } from "react";

let shown = 0;
let waiting: (() => void)[] = [];

/** Marks a private key as on screen while `active`. */
export function useSecretOnScreen(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    shown += 1;
    return () => {
      shown -= 1;
      if (shown > 0) return;
      const run = waiting;
      waiting = [];
      for (const callback of run) callback();
    };
  }, [active]);
}

/** Runs `callback` now, or once no private key is on screen any more. */
export function whenNoSecretOnScreen(callback: () => void): void {
  if (shown === 0) callback();
  else waiting.push(callback);
}
