// A page that sent the user back to a keys table with news (a key created or
// saved, permissions changed): show it once as the page's toast, mark the
// row it concerns for a moment, then drop it from history so Back and
// Forward do not repeat it. A modal that closes by going Back (Invite to
// Project) cannot carry state, so it marks its row through `mark`.
import { useCallback, useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { highlightOf, noticeOf } from "../lib/route-state.ts";

/** How long a changed row stays marked (its CSS fade is shorter). */
const HIGHLIGHT_MS = 3000;

export interface ArrivalNotice {
  /** The row to mark now, if any. */
  highlightId: string | null;
  /** Marks a row for a moment (stable). */
  mark: (keyId: string) => void;
}

export function useArrivalNotice(notify: (text: string) => void): ArrivalNotice {
  const location = useLocation();
  const navigate = useNavigate();
  const [highlight, setHighlight] = useState<string | null>(null);
  const notice = noticeOf(location.state);
  const arriving = highlightOf(location.state);

  useEffect(() => {
    if (!notice) return;
    notify(notice);
    if (arriving) setHighlight(arriving);
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [notice, arriving, notify, navigate, location.pathname, location.search]);

  useEffect(() => {
    if (highlight === null) return;
    const timer = window.setTimeout(() => setHighlight(null), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [highlight]);
  const mark = useCallback((keyId: string) => setHighlight(keyId), []);
  return { highlightId: highlight, mark };
}
