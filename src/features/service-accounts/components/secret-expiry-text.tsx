// One secret's expiry as a table or details line: "Expires in 3 days" with a
// warning mark under a week, "Expired 2 days ago" in red; the exact time in
// the shared date tip. Words, not colour alone, say which.
import { RelativeDate } from "../../../components/table/date-text.tsx";
import { expiryState } from "./secret-expiry.ts";
import styles from "./service-accounts.module.css";

export function SecretExpiry({ expiresAt, now }: { expiresAt: string; now: number }) {
  const state = expiryState(expiresAt, now);
  return (
    <span className={styles.expiry} data-expiry={state}>
      {state === "expired" ? "Expired " : "Expires "}
      <RelativeDate iso={expiresAt} fallback="—" />
      {state === "expiring" ? <span className={styles.expiringBadge}>Expires soon</span> : null}
      {state === "expired" ? <span className={styles.expiredBadge}>Expired</span> : null}
    </span>
  );
}
