// One key in the table: the cells of the table's columns, then its "…" menu.
import type { ReactNode } from "react";
import { RelativeDate } from "./date-text.tsx";
import type { KeyRow, SortColumn } from "./key-rows.ts";
import styles from "./keys-table.module.css";

function Cell({ row, column }: { row: KeyRow; column: SortColumn }) {
  const { apiKey, roleLabels, projects } = row;
  switch (column) {
    case "publicKey":
      return <td className={styles.publicKey}>{apiKey.publicKey}</td>;
    case "desc":
      return <td className={styles.description}>{apiKey.desc}</td>;
    case "roles":
      return (
        <td>
          <ul className={`${styles.list} ${styles.roles}`}>
            {roleLabels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </td>
      );
    case "projects":
      return (
        <td>
          {projects.length === 0 ? (
            <span className={styles.muted}>None</span>
          ) : (
            <ul className={styles.list}>
              {projects.map((project) => (
                <li key={project.groupId}>
                  {project.name ?? <span className={styles.unknownProject}>{project.groupId}</span>}
                </li>
              ))}
            </ul>
          )}
        </td>
      );
    case "lastUsed":
      return (
        <td className={styles.date}>
          <RelativeDate iso={apiKey.lastUsed} fallback="Never" className={apiKey.lastUsed ? undefined : styles.muted} />
        </td>
      );
    case "created":
      return (
        <td className={styles.date}>
          <RelativeDate iso={apiKey.created} fallback="—" />
        </td>
      );
  }
}

export function KeyTableRow({ row, columns, actions }: { row: KeyRow; columns: readonly SortColumn[]; actions: ReactNode }) {
  return (
    <tr>
      {columns.map((column) => (
        <Cell key={column} row={row} column={column} />
      ))}
      <td className={styles.actions}>{actions}</td>
    </tr>
  );
}
