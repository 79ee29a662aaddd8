// Asks before the user leaves a wizard page while something would be lost
// (a private key shown once, unsaved edits): in-app navigation is held by
// useBlocker for the page's dialog to confirm, closing or reloading the tab
// by the browser's prompt. Moving within the page (its query string: a step,
// the new key's id) is not leaving, so it is never held.
import { useRef } from "react";
import { useBlocker, useNavigate } from "react-router";
import { useUnloadWarning } from "./use-unload-warning.ts";

export function useLeaveGuard(active: boolean) {
  const navigate = useNavigate();
  // Set by leave(): read when the navigation starts, before a re-render could turn `active` off.
  const released = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => active && !released.current && nextLocation.pathname !== currentLocation.pathname,
  );
  useUnloadWarning(active);
  return {
    blocker,
    /** Leaves without asking: for the page's own way out once nothing is at stake (after Save). */
    leave(to: string, state?: unknown) {
      released.current = true;
      void navigate(to, { state });
    },
  };
}
