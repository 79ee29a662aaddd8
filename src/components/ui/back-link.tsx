// The way back at the top of a page of its own (a wizard, Edit Permissions):
// a link to the table the page belongs to, named after it.
import type { ReactNode } from "react";
import { Link, type To } from "react-router";
import styles from "./back-link.module.css";

export function BackLink({ to, children }: { to: To; children: ReactNode }) {
  return (
    <p>
      <Link to={to} className={styles.back}>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path d="M9 3L5 7l4 4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        {children}
      </Link>
    </p>
  );
}
