// What a project's table shows when no key has a role in the project yet:
// the two ways to add one, for those who may.
import { ButtonLink } from "../../../components/ui/button.tsx";
import styles from "./project-api-keys.module.css";

export function ProjectEmptyKeys({ canManage }: { canManage: boolean }) {
  return (
    <div className={styles.empty}>
      <h3 className={styles.emptyTitle}>No API keys in this project yet</h3>
      <p className={styles.emptyText}>
        Create a key for this project, or invite one of the organization&apos;s keys and give it project roles.
      </p>
      {canManage ? (
        <div className={styles.emptyActions}>
          <ButtonLink to="invite" state={{ fromTable: true }}>
            Invite to Project
          </ButtonLink>
          <ButtonLink to="new" variant="primary">
            Create API Key
          </ButtonLink>
        </div>
      ) : (
        <p className={styles.emptyText}>A Project Owner can add one.</p>
      )}
    </div>
  );
}
