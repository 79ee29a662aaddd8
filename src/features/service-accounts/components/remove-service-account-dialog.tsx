// Remove from Project for service accounts (the shared dialog), one from its
// row menu or a selection: they leave this project only, and keep their
// secrets, organization roles and other projects.
import { RemoveFromProjectDialog } from "../../../components/remove-from-project-dialog.tsx";
import type { ServiceAccount } from "../api/service-account-types.ts";
import styles from "./service-accounts.module.css";

export interface RemoveServiceAccountDialogProps {
  accounts: readonly ServiceAccount[];
  projectName: string;
  onCancel: () => void;
  onConfirm: (accounts: readonly ServiceAccount[]) => void;
  onClosed: (removed: boolean) => void;
}

const STAYS = "in the organization with its client secrets, its organization roles and its other projects.";

export function RemoveServiceAccountDialog({ accounts, projectName, onCancel, onConfirm, onClosed }: RemoveServiceAccountDialogProps) {
  const [only] = accounts;
  const one = accounts.length === 1 && only ? only : null;
  return (
    <RemoveFromProjectDialog
      title={one ? `Remove ${one.name} from ${projectName}?` : `Remove ${accounts.length} service accounts from ${projectName}?`}
      description={
        one ? (
          <>
            <strong>{one.name}</strong> (<span className={styles.mono}>{one.clientId}</span>) loses its roles in{" "}
            {projectName} and can no longer call this project&apos;s API. It stays {STAYS}
          </>
        ) : (
          `These service accounts lose their roles in ${projectName} and can no longer call this project's API. Each stays ${STAYS}`
        )
      }
      onCancel={onCancel}
      onConfirm={() => onConfirm(accounts)}
      onClosed={onClosed}
    >
      {one ? null : (
        <ul className={styles.removeList} aria-label="Service accounts to remove">
          {accounts.map((account) => (
            <li key={account.clientId}>
              {account.name} <span className={styles.mono}>{account.clientId}</span>
            </li>
          ))}
        </ul>
      )}
    </RemoveFromProjectDialog>
  );
}
