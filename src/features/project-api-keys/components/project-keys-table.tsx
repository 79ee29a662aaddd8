// The keys assigned to a project: public key, description, project roles,
// last used. Loading (skeleton rows), failed (banner + Retry) and empty states.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { roleLabel } from "../../../../contract/roles.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { SkeletonRows, Table, type TableColumn } from "../../../components/ui/table.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { formatExact, formatRelative } from "../../../lib/format-date.ts";
import { projectRoleNames, useProjectApiKeys } from "../api/project-api-keys.ts";
import { ProjectKeyActionsMenu } from "./project-key-actions-menu.tsx";
import styles from "./project-api-keys.module.css";

const CAPTION = "Project API keys";
const COLUMNS: TableColumn[] = [
  { label: "Public Key" },
  { label: "Description" },
  { label: "Project Permissions" },
  { label: "Last Used" },
  { label: "Actions", hideLabel: true },
];

export interface ProjectKeysTableProps {
  groupId: string;
  canManage: boolean;
  onRemove: (apiKey: ApiKey) => void;
}

export function ProjectKeysTable({ groupId, canManage, onRemove }: ProjectKeysTableProps) {
  const keys = useProjectApiKeys(groupId);

  const banner = keys.isError ? (
    <Banner
      title="Could not load API keys"
      action={
        <Button onClick={() => void keys.refetch()} disabled={keys.isFetching}>
          {keys.isFetching ? "Retrying…" : "Retry"}
        </Button>
      }
    >
      {errorMessage(keys.error)}
    </Banner>
  ) : null;

  if (keys.isPending) {
    return (
      <div className={styles.stack}>
        <p role="status" className="sr-only">
          Loading API keys…
        </p>
        <Table caption={CAPTION} columns={COLUMNS} busy>
          <SkeletonRows rows={3} columns={COLUMNS.length} />
        </Table>
      </div>
    );
  }
  if (!keys.data) return banner;

  if (keys.data.results.length === 0) {
    return (
      <div className={styles.stack}>
        {banner}
        <div className={styles.empty}>
          <h3 className={styles.emptyTitle}>No API keys in this project yet</h3>
          <p className={styles.emptyText}>
            Create a key for this project, or invite one of the organization&apos;s keys and give it project roles.
          </p>
          {canManage ? (
            <div className={styles.emptyActions}>
              <ButtonLink to="invite">Invite to Project</ButtonLink>
              <ButtonLink to="new" variant="primary">
                Create API Key
              </ButtonLink>
            </div>
          ) : (
            <p className={styles.emptyText}>A Project Owner can add one.</p>
          )}
        </div>
      </div>
    );
  }

  return (
    <div className={styles.stack}>
      {banner}
      <Table caption={CAPTION} columns={COLUMNS}>
        {keys.data.results.map((apiKey) => (
          <tr key={apiKey.id}>
            <td className={styles.mono}>{apiKey.publicKey}</td>
            <td className={styles.description}>{apiKey.desc}</td>
            <td>
              <ul className={styles.list}>
                {projectRoleNames(apiKey, groupId).map((role) => (
                  <li key={role}>{roleLabel(role)}</li>
                ))}
              </ul>
            </td>
            <td className={styles.date}>
              {apiKey.lastUsed ? (
                <time dateTime={apiKey.lastUsed} title={formatExact(apiKey.lastUsed)}>
                  {formatRelative(apiKey.lastUsed)}
                </time>
              ) : (
                <span className={styles.muted}>Never</span>
              )}
            </td>
            <td className={styles.actions}>
              <ProjectKeyActionsMenu apiKey={apiKey} canManage={canManage} onRemove={onRemove} />
            </td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
