// A key's history in its details modal: its last events in plain words,
// newest first (each exact time read to screen readers and shown on focus),
// and a link to the Activity Feed filtered on the key. In a project, the
// project's feed (what its members may read); else the org's.
import { Link } from "react-router";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { RelativeDate } from "../../../components/table/date-text.tsx";
import { orgActivityPath, projectActivityPath } from "../../../lib/paths.ts";
import { useKeyHistory, type FeedScope } from "../api/events.ts";
import { describeEvent } from "../lib/event-words.ts";
import styles from "./key-history.module.css";

export interface KeyHistoryProps {
  scope: FeedScope;
  keyId: string;
  /** The org's project names by id, to name projects in the org's history. */
  projectNames?: ReadonlyMap<string, string>;
}

export function keyHistoryPath(scope: FeedScope, keyId: string): string {
  const feed = scope.kind === "org" ? orgActivityPath(scope.id) : projectActivityPath(scope.id);
  return `${feed}?${new URLSearchParams({ key: keyId }).toString()}`;
}

export function KeyHistory({ scope, keyId, projectNames }: KeyHistoryProps) {
  const history = useKeyHistory(scope, keyId);
  if (history.isPending) return <p className={styles.muted}>Loading history…</p>;
  if (history.isError) return <LoadFailedBanner title="Could not load this key's history" query={history} />;
  const { results, totalCount } = history.data;
  if (results.length === 0) return <p className={styles.muted}>No events recorded for this key{scope.kind === "project" ? " in this project" : ""}.</p>;
  const total = totalCount ?? results.length;
  return (
    <>
      <ul className={styles.events}>
        {results.map((e) => (
          <li key={e.id} className={styles.event}>
            <span>
              <RelativeDate iso={e.created} fallback="—" className={styles.muted} tip="above" />
            </span>
            <span>{describeEvent(e, scope.kind, projectNames)}</span>
          </li>
        ))}
      </ul>
      <Link to={keyHistoryPath(scope, keyId)} className={styles.more}>
        {total > results.length ? `See all ${total} events in the Activity Feed` : "Open in the Activity Feed"}
      </Link>
    </>
  );
}
