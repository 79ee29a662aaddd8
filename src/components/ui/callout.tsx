// A message that belongs to the content and stays (no dismiss): a warning
// ("The Private Key is only shown once") or a note. Failures use Banner,
// which is an alert; a callout is part of the page and read in order.
import type { ReactNode } from "react";
import styles from "./callout.module.css";

export interface CalloutProps {
  variant?: "info" | "warning";
  title?: string;
  children: ReactNode;
  id?: string;
}

export function Callout({ variant = "info", title, children, id }: CalloutProps) {
  return (
    <div id={id} role="note" className={`${styles.callout} ${styles[variant]}`}>
      <svg className={styles.icon} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        {variant === "warning" ? (
          <>
            <path d="M8 1.75L15 14.25H1z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
            <path d="M8 6.5v3.5M8 12v.25" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </>
        ) : (
          <>
            <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M8 7.5v4M8 4.75V5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </>
        )}
      </svg>
      <div className={styles.body}>
        {title ? <p className={styles.title}>{title}</p> : null}
        <div>{children}</div>
      </div>
    </div>
  );
}
