// A bordered, horizontally scrollable data table. Rows are plain <tr>/<td> so
// features keep full control over cells; only the frame and header are shared.
import type { ReactNode } from "react";
import styles from "./table.module.css";

export interface TableColumn {
  label: string;
  /** Read by screen readers only (e.g. a column of row menus). */
  hideLabel?: boolean;
  /** Shown instead of the label (e.g. a select-all checkbox, which names itself). */
  header?: ReactNode;
  /** A sortable column's label is a button; aria-sort tells the current order. */
  sort?: { direction: "ascending" | "descending" | "none"; onSort: () => void };
}

export interface TableProps {
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  columns: (string | TableColumn)[];
  busy?: boolean;
  children: ReactNode;
}

export function Table({ caption, columns, busy = false, children }: TableProps) {
  return (
    // The frame scrolls sideways on narrow screens; as a focusable, named
    // region keyboard users can scroll it too.
    <div className={styles.frame} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table} aria-busy={busy || undefined}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <HeaderCell key={typeof column === "string" ? column : column.label} column={column} />
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function HeaderCell({ column }: { column: string | TableColumn }) {
  if (typeof column === "string") return <th scope="col">{column}</th>;
  const { label, hideLabel, sort, header } = column;
  if (header) return <th scope="col">{header}</th>;
  if (!sort) {
    return (
      <th scope="col">
        <span className={hideLabel ? "sr-only" : undefined}>{label}</span>
      </th>
    );
  }
  // aria-sort only on the column the rows are sorted by, as ARIA asks.
  return (
    <th scope="col" aria-sort={sort.direction === "none" ? undefined : sort.direction}>
      <button type="button" className={styles.sortButton} onClick={sort.onSort}>
        {label}
        <svg className={styles.sortIcon} data-direction={sort.direction} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path className={styles.sortUp} d="M3.5 5L6 2.5 8.5 5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path className={styles.sortDown} d="M3.5 7L6 9.5 8.5 7" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
    </th>
  );
}

/** Placeholder rows while data loads, shaped like the real ones. */
export function SkeletonRows({ rows, columns }: { rows: number; columns: number }) {
  return Array.from({ length: rows }, (_, row) => (
    <tr key={row} aria-hidden="true">
      {Array.from({ length: columns }, (_, column) => (
        <td key={column}>
          <span className={styles.skeleton} style={{ width: `${50 + ((row * 7 + column * 13) % 40)}%` }} />
        </td>
      ))}
    </tr>
  ));
}
