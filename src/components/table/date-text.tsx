// Dates in the keys table: a relative phrase to scan, and the exact local
// time for everyone. Screen readers read it after the phrase (a title alone
// is not read reliably); sighted users see it in a tip on hover and on
// keyboard focus (the date is one tab stop, like the Unused badge). The tip
// is hidden from assistive technology: it repeats what they already read.
import { formatExact, formatRelative } from "../../lib/format-date.ts";
import styles from "./date-text.module.css";

export interface DateTextProps {
  iso: string | null | undefined;
  /** What to say when there is no date, e.g. "Never". */
  fallback: string;
  className?: string;
  /**
   * Where the exact time's tip opens, against the nearest positioned box:
   * before it (a date column to the right of a row), after it (a first
   * column), or above it (a list where a row's sides are the page's edges).
   */
  tip?: "before" | "after" | "above";
}

export function RelativeDate({ iso, fallback, className, tip = "before" }: DateTextProps) {
  if (!iso) return <span className={className}>{fallback}</span>;
  const exact = formatExact(iso);
  return (
    <>
      <time dateTime={iso} tabIndex={0} className={[styles.time, className].filter(Boolean).join(" ")}>
        {formatRelative(iso)}
        <span className="sr-only"> ({exact})</span>
      </time>
      <span aria-hidden="true" className={tip === "before" ? styles.tip : `${styles.tip} ${styles[tip]}`} data-exact-time>
        {exact}
      </span>
    </>
  );
}
