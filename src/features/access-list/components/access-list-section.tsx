// The API Access List section of a details modal, for any credential: each
// entry with its last use, the address it came from and its request count.
import { ExactDate } from "../../../components/details/exact-date.tsx";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import styles from "../../../components/details/details.module.css";
import { useAccessList, type AccessListOwner } from "../api/access-list.ts";

/** `subject`: what the empty list frees, "the key" or "the account". */
export function AccessListSection({ owner, subject }: { owner: AccessListOwner; subject: string }) {
  const accessList = useAccessList(owner);
  let content;
  if (accessList.isPending) {
    content = <p className={styles.muted}>Loading access list…</p>;
  } else if (accessList.isError) {
    content = <LoadFailedBanner title="Could not load the access list" query={accessList} />;
  } else if (accessList.data.results.length === 0) {
    content = <p className={styles.muted}>No access list entries: {subject} is not limited to particular addresses.</p>;
  } else {
    content = (
      <ul className={styles.rows}>
        {accessList.data.results.map((entry) => (
          <li key={entry.cidrBlock} className={styles.row}>
            <span className={`${styles.rowTitle} ${styles.mono}`}>{entry.ipAddress ?? entry.cidrBlock}</span>
            <span className={styles.muted}>
              Last used <ExactDate iso={entry.lastUsed} fallback="never" />
              {entry.lastUsedAddress ? (
                <>
                  {" "}
                  from <span className={styles.mono}>{entry.lastUsedAddress}</span>
                </>
              ) : null}{" "}
              · {entry.count} {entry.count === 1 ? "request" : "requests"}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <section aria-labelledby="details-access-list" className={styles.section} aria-busy={accessList.isPending || undefined}>
      <h3 id="details-access-list" className={styles.heading}>
        API Access List
      </h3>
      {content}
    </section>
  );
}
