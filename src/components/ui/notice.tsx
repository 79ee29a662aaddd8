// A plain box that stands in for a form or a record the user cannot have
// here: the role it takes, or that the thing is not there. Not a Banner:
// nothing failed, and there is nothing to retry.
import type { ReactNode } from "react";
import styles from "./notice.module.css";

export function Notice({ children }: { children: ReactNode }) {
  // An alert: it replaces what the user came for, so it is read at once.
  return (
    <div role="alert" className={styles.notice}>
      {children}
    </div>
  );
}
