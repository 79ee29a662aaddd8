// The quiet mark on a key never used 30 days after it was created. Its
// reason shows on hover and on keyboard focus (the badge is a tab stop), and
// screen readers read it as the badge's description.
import { useId } from "react";
import styles from "./keys-table.module.css";

export function StaleBadge({ days }: { days: number }) {
  const id = useId();
  return (
    <span className={styles.badgeWrap}>
      <span className={styles.badge} tabIndex={0} aria-describedby={id}>
        Unused
      </span>
      <span role="tooltip" id={id} className={styles.tip}>
        Never used in the {days} days since it was created
      </span>
    </span>
  );
}
