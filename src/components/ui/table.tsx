// A bordered, horizontally scrollable data table. Rows are plain <tr>/<td> so
// features keep full control over cells; only the frame and header are shared.
import type { ReactNode } from "react";
import styles from "./table.module.css";

export interface TableProps {
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  columns: string[];
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
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
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
