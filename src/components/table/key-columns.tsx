// The columns of a keys table for the shared LocalTable: each column's cell,
// its sort (key-rows.ts) and what of it the text filter reads. A page picks
// which of them it shows and in what order.
import { RelativeDate } from "./date-text.tsx";
import type { Column } from "./column.ts";
import { COMPARE, firstDirection, type KeyRow, type SortColumn } from "./key-rows.ts";
import { LastUsedCell } from "./last-used-cell.tsx";
import styles from "./keys-table.module.css";

type KeyColumn = Omit<Column<KeyRow, SortColumn>, "id" | "compare" | "firstDirection">;

function definitions(rolesLabel: string, now: number): Record<SortColumn, KeyColumn> {
  return {
    publicKey: {
      label: "Public Key",
      cell: ({ apiKey }) => (
        <td className={styles.publicKey} data-cell="title">
          {apiKey.publicKey}
        </td>
      ),
      filterText: ({ apiKey }) => [apiKey.publicKey],
    },
    desc: {
      label: "Description",
      cell: ({ apiKey }) => <td className={styles.description}>{apiKey.desc}</td>,
      filterText: ({ apiKey }) => [apiKey.desc],
    },
    roles: {
      label: rolesLabel,
      cell: ({ roleLabels }) => (
        <td data-label="Permissions">
          <ul className={`${styles.list} ${styles.roles}`}>
            {roleLabels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </td>
      ),
      filterText: ({ roleLabels }) => roleLabels,
    },
    projects: {
      label: "Projects",
      cell: ({ projects }) => (
        <td data-label="Projects">
          {projects.length === 0 ? (
            <span className={styles.muted}>None</span>
          ) : (
            <ul className={styles.list}>
              {projects.map((project) => (
                <li key={project.groupId}>{project.name ?? <span className={styles.muted}>A project you cannot see</span>}</li>
              ))}
            </ul>
          )}
        </td>
      ),
      filterText: ({ projects }) => projects.map((p) => p.name ?? ""),
    },
    lastUsed: {
      label: "Last Used",
      cell: ({ apiKey }) => <LastUsedCell lastUsed={apiKey.lastUsed} created={apiKey.created} now={now} />,
    },
    created: {
      label: "Created",
      cell: ({ apiKey }) => (
        <td className={styles.date} data-label="Created">
          <RelativeDate iso={apiKey.created} fallback="—" />
        </td>
      ),
    },
  };
}

/** The shown columns, in order. `now`: when the list was read, what "never used for 30 days" is measured against. */
export function keyColumns(shown: readonly SortColumn[], rolesLabel: string, now: number): Column<KeyRow, SortColumn>[] {
  const all = definitions(rolesLabel, now);
  return shown.map((id) => ({ id, ...all[id], compare: COMPARE[id], firstDirection: firstDirection(id) }));
}
