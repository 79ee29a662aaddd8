// Remove from Project for a service account (the shared dialog): it leaves
// this project only, and keeps its secrets, organization roles and other projects.
import { RemoveFromProjectDialog } from "../../../components/remove-from-project-dialog.tsx";
import type { ServiceAccount } from "../api/service-account-types.ts";
import styles from "./service-accounts.module.css";

export interface RemoveServiceAccountDialogProps {
  account: ServiceAccount;
  projectName: string;
  onCancel: () => void;
  onConfirm: (account: ServiceAccount) => void;
  onClosed: (removed: boolean) => void;
}

export function RemoveServiceAccountDialog({ account, projectName, onCancel, onConfirm, onClosed }: RemoveServiceAccountDialogProps) {
  return (
    <RemoveFromProjectDialog
      title={`Remove ${account.name} from ${projectName}?`}
      description={
        <>
          <strong>{account.name}</strong> (<span className={styles.mono}>{account.clientId}</span>) loses its roles in{" "}
          {projectName} and can no longer call this project&apos;s API. It stays in the organization with its client
          secrets, its organization roles and its other projects.
        </>
      }
      onCancel={onCancel}
      onConfirm={() => onConfirm(account)}
      onClosed={onClosed}
    />
  );
}
