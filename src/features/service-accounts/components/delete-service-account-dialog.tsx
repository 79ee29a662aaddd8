// Delete from an organization's row menu: the shared type-to-confirm dialog,
// given the client ID, the name, and the projects the account leaves.
import { DeleteCredentialDialog } from "../../../components/delete-credential-dialog.tsx";
import { useOrgProjects } from "../../projects/api/org-projects.ts";
import { useServiceAccountProjects } from "../api/service-account-projects.ts";
import type { ServiceAccount } from "../api/service-account-types.ts";

export interface DeleteServiceAccountDialogProps {
  orgId: string;
  account: ServiceAccount;
  onCancel: () => void;
  onConfirm: (account: ServiceAccount) => void;
  onClosed: (deleted: boolean) => void;
}

export function DeleteServiceAccountDialog({ orgId, account, onCancel, onConfirm, onClosed }: DeleteServiceAccountDialogProps) {
  const assignments = useServiceAccountProjects(orgId, account.clientId);
  const names = new Map((useOrgProjects(orgId).data?.results ?? []).map((group) => [group.id, group.name]));
  const projects = (assignments.data?.results ?? []).map(({ groupId }) => ({ groupId, name: names.get(groupId) ?? null }));
  return (
    <DeleteCredentialDialog
      noun="service account"
      identifier={account.clientId}
      name={account.name}
      projects={projects}
      onCancel={onCancel}
      onConfirm={() => onConfirm(account)}
      onClosed={onClosed}
    />
  );
}
