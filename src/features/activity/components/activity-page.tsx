// The Activity Feed tab of an organization's or a project's Access Manager:
// events newest first, filtered by type group, dates and key (in the URL),
// paged by the server, exported as CSV or JSON.
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import type { AtlasEvent } from "../../../../contract/events.ts";
import { EmptyState } from "../../../components/empty-state.tsx";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { orgAccessPath, projectAccessPath } from "../../../lib/paths.ts";
import { searchWithout } from "../../../lib/search-without.ts";
import { useOrgGroupNames } from "../../org-api-keys/api/org-groups.ts";
import { useEvents, type FeedScope } from "../api/events.ts";
import { useExistingKeyIds } from "../api/existing-keys.ts";
import { PAGE_SIZE, readFilters, TYPE_GROUPS } from "../lib/activity-filters.ts";
import { download, EXPORT_MAX, fetchAllEvents, toCsv } from "../lib/export-feed.ts";
import { ActivityTable } from "./activity-table.tsx";
import styles from "./activity-page.module.css";

export function ActivityPage() {
  const { orgId, groupId } = useParams();
  const scope: FeedScope = groupId ? { kind: "project", id: groupId } : { kind: "org", id: orgId ?? "" };
  const feed = scope.kind;
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const events = useEvents(scope, filters);
  // Events name projects by id; the org feed shows their names (a project's feed says "this project").
  const projectNames = useOrgGroupNames(scope.kind === "org" ? scope.id : undefined).data;
  const existingKeys = useExistingKeyIds(scope);
  const [exporting, setExporting] = useState(false);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== "page") next.delete("page");
    setParams(next);
  };
  const exportAs = async (format: "csv" | "json") => {
    setExporting(true);
    try {
      const all = await fetchAllEvents(scope, filters);
      if (format === "csv") download("activity.csv", "text/csv", toCsv(all, feed, projectNames));
      else download("activity.json", "application/json", `${JSON.stringify(all, null, 2)}\n`);
    } finally {
      setExporting(false);
    }
  };
  const keyPath = (keyId: string) => `${scope.kind === "org" ? orgAccessPath(scope.id) : projectAccessPath(scope.id)}/${encodeURIComponent(keyId)}`;
  const total = events.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <section className={styles.page} aria-labelledby="activity-title">
      <h2 id="activity-title" className="sr-only">
        Activity Feed
      </h2>
      <div className={styles.filters}>
        <label className={styles.field}>
          Event type
          <select className={styles.control} value={filters.group ?? ""} onChange={(e) => setFilter("type", e.target.value)}>
            <option value="">All events</option>
            {TYPE_GROUPS.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          From
          <input type="date" className={styles.control} value={filters.from ?? ""} onChange={(e) => setFilter("from", e.target.value)} />
        </label>
        <label className={styles.field}>
          To
          <input type="date" className={styles.control} value={filters.to ?? ""} onChange={(e) => setFilter("to", e.target.value)} />
        </label>
        <div className={styles.actions}>
          <Button onClick={() => void exportAs("csv")} disabled={exporting} title={`The newest ${EXPORT_MAX} events of this view at most`}>
            Export CSV
          </Button>
          <Button onClick={() => void exportAs("json")} disabled={exporting}>
            Export JSON
          </Button>
        </div>
      </div>
      {filters.key ? (
        <p className={styles.keyFilter}>
          Showing the history of API key <strong className={styles.mono}>{historyKeyName(events.data?.results, filters.key)}</strong>{" "}
          <Link to={{ search: searchWithout(params, "key") }}>Show all events</Link>
        </p>
      ) : null}
      {events.isError ? <LoadFailedBanner title="Could not load the activity feed" query={events} /> : null}
      {events.isPending ? <p role="status" className={styles.muted}>Loading activity…</p> : null}
      {events.data && events.data.results.length === 0 ? (
        <EmptyState title="No activity" text="No event matches these filters. Changes to API keys, access lists, projects and settings, and sign-ins, appear here." />
      ) : null}
      {events.data && events.data.results.length > 0 ? (
        <>
          <div className={styles.feed}>
            <ActivityTable
              events={events.data.results}
              feed={feed}
              projectNames={projectNames}
              existingKeys={existingKeys}
              busy={events.isFetching}
              keyPath={keyPath}
            />
          </div>
          <nav className={styles.pager} aria-label="Pages of the activity feed">
            <span>
              {total} {total === 1 ? "event" : "events"} · Page {filters.page} of {pages}
            </span>
            <Button onClick={() => setFilter("page", String(filters.page - 1))} disabled={filters.page <= 1}>
              Previous
            </Button>
            <Button onClick={() => setFilter("page", String(filters.page + 1))} disabled={filters.page >= pages}>
              Next
            </Button>
          </nav>
        </>
      ) : null}
    </section>
  );
}

/** The key's public key, from one of its events; its id until they load (or when none is left). */
function historyKeyName(events: AtlasEvent[] | undefined, keyId: string): string {
  return events?.find((e) => e.targetApiKeyId === keyId)?.targetPublicKey ?? keyId;
}
