// A message box above content. Danger banners are alerts so screen readers
// announce them the moment they appear (failed sign-in, failed load).
import type { ReactNode } from "react";
import styles from "./banner.module.css";

export interface BannerProps {
  variant?: "danger";
  title?: string;
  children: ReactNode;
  /** A button that resolves the problem, e.g. Retry. */
  action?: ReactNode;
}

export function Banner({ variant = "danger", title, children, action }: BannerProps) {
  return (
    <div role="alert" className={`${styles.banner} ${styles[variant]}`}>
      <svg className={styles.icon} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 4.5v4.5M8 11v.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <div className={styles.body}>
        {title ? <p className={styles.title}>{title}</p> : null}
        <div>{children}</div>
      </div>
      {action ? <div className={styles.action}>{action}</div> : null}
    </div>
  );
}
