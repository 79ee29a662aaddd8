// A page that sent the user back to a keys table with news (a key created or
// saved, permissions changed): show it once as the page's toast, mark the
// row it concerns for a moment, then drop it from history so Back and
// Forward do not repeat it.
import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { highlightOf, noticeOf } from "../lib/route-state.ts";

/** How long a changed row stays marked (its CSS fade is shorter). */
const HIGHLIGHT_MS = 3000;

export function useArrivalNotice(notify: (text: string) => void): string | null {
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
  return highlight;
}
