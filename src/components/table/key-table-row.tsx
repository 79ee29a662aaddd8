// One key in the table: its selection checkbox (where the page has bulk
// actions), the cells of the table's columns, then its "…" menu.
import type { ReactNode } from "react";
import { RelativeDate } from "./date-text.tsx";
import { neverUsedDays } from "./key-filters.ts";
import type { KeyRow, SortColumn } from "./key-rows.ts";
import { StaleBadge } from "./stale-badge.tsx";
import styles from "./keys-table.module.css";

function Cell({ row, column, now }: { row: KeyRow; column: SortColumn; now: number }) {
  const { apiKey, roleLabels, projects } = row;
  switch (column) {
    case "publicKey":
      return (
        <td className={styles.publicKey} data-cell="title">
          {apiKey.publicKey}
        </td>
      );
    case "desc":
      return <td className={styles.description}>{apiKey.desc}</td>;
    case "roles":
      return (
        <td data-label="Permissions">
          <ul className={`${styles.list} ${styles.roles}`}>
            {roleLabels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </td>
      );
    case "projects":
      return (
        <td data-label="Projects">
          {projects.length === 0 ? (
            <span className={styles.muted}>None</span>
          ) : (
            <ul className={styles.list}>
              {projects.map((project) => (
                <li key={project.groupId}>
                  {project.name ?? <span className={styles.muted}>A project you cannot see</span>}
                </li>
              ))}
            </ul>
          )}
        </td>
      );
    case "lastUsed": {
      const staleDays = neverUsedDays(row, now);
      return (
        <td className={styles.date} data-label="Last used">
          <RelativeDate iso={apiKey.lastUsed} fallback="Never" className={apiKey.lastUsed ? undefined : styles.muted} />
          {staleDays !== null ? <StaleBadge days={staleDays} /> : null}
        </td>
      );
    }
    case "created":
      return (
        <td className={styles.date} data-label="Created">
          <RelativeDate iso={apiKey.created} fallback="—" />
        </td>
      );
  }
}

export interface KeyTableRowProps {
  row: KeyRow;
  columns: readonly SortColumn[];
  actions: ReactNode;
  /** When the time was read: what "never used for 30 days" is measured against. */
  now: number;
  /** Present where rows can be selected. */
  selection?: { selected: boolean; onToggle: (on: boolean) => void };
  /** Just changed: briefly marked when the table comes back. */
  highlighted?: boolean;
}

export function KeyTableRow({ row, columns, actions, now, selection, highlighted }: KeyTableRowProps) {
  return (
    <tr className={highlighted ? styles.highlighted : undefined} data-key-row={row.apiKey.id}>
      {selection ? (
        <td className={styles.selectCell} data-cell="select">
          <input
            type="checkbox"
            className={styles.checkbox}
            aria-label={`Select ${row.apiKey.publicKey}`}
            checked={selection.selected}
            onChange={(event) => selection.onToggle(event.target.checked)}
          />
        </td>
      ) : null}
      {columns.map((column) => (
        <Cell key={column} row={row} column={column} now={now} />
      ))}
      <td className={styles.actions} data-cell="actions">
        {actions}
      </td>
    </tr>
  );
}
