// A button disabled while its action runs loses focus: browsers move it to
// the body, and keyboard users must start over from the top of the page.
// When the action ends, give focus back to the button, unless something
// else took it on purpose (a field with an error, a new step's heading).
import { useEffect, useRef, type RefObject } from "react";

export function useRefocusWhenIdle(ref: RefObject<HTMLElement | null>, busy: boolean): void {
  const wasBusy = useRef(busy);
  useEffect(() => {
    const ended = wasBusy.current && !busy;
    wasBusy.current = busy;
    if (!ended) return;
    const active = document.activeElement;
    if ((active === null || active === document.body) && ref.current?.isConnected) ref.current.focus();
  }, [busy, ref]);
}
