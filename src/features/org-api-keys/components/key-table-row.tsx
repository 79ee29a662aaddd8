// One key in the table.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { RelativeDate } from "./date-text.tsx";
import { KeyActionsMenu } from "./key-actions-menu.tsx";
import type { KeyRow } from "./key-rows.ts";
import styles from "./api-keys-table.module.css";

export function KeyTableRow({
  row,
  canManage,
  onDelete,
}: {
  row: KeyRow;
  canManage: boolean;
  onDelete: (apiKey: ApiKey) => void;
}) {
  const { apiKey, orgRoleLabels, projects } = row;
  return (
    <tr>
      <td className={styles.publicKey}>{apiKey.publicKey}</td>
      <td className={styles.description}>{apiKey.desc}</td>
      <td>
        <ul className={`${styles.list} ${styles.roles}`}>
          {orgRoleLabels.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      </td>
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
      <td className={styles.date}>
        <RelativeDate iso={apiKey.lastUsed} fallback="Never" className={apiKey.lastUsed ? undefined : styles.muted} />
      </td>
      <td className={styles.date}>
        <RelativeDate iso={apiKey.created} fallback="—" />
      </td>
      <td className={styles.actions}>
        <KeyActionsMenu apiKey={apiKey} canManage={canManage} onDelete={onDelete} />
      </td>
    </tr>
  );
}
