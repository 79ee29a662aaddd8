// A credential's Last Used cell (an API key's, a service account's): when,
// or "Never", with the quiet Unused badge when it was never used in the 30
// days since it was created.
import { RelativeDate } from "./date-text.tsx";
import { neverUsedDays } from "./row-filters.ts";
import { StaleBadge } from "./stale-badge.tsx";
import styles from "./keys-table.module.css";

export function LastUsedCell({ lastUsed, created, now }: { lastUsed: string | null | undefined; created: string | null | undefined; now: number }) {
  const staleDays = neverUsedDays({ lastUsed, created }, now);
  return (
    <td className={styles.date} data-label="Last used">
      <RelativeDate iso={lastUsed} fallback="Never" className={lastUsed ? undefined : styles.muted} />
      {staleDays !== null ? <StaleBadge days={staleDays} /> : null}
    </td>
  );
}
