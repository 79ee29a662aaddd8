// "Delete" from an API key's row menu: the shared type-to-confirm dialog,
// given the key's public key, description and projects.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { DeleteCredentialDialog } from "../../../components/delete-credential-dialog.tsx";
import { keyProjects } from "../../../components/table/key-rows.ts";
import { useOrgGroupNames } from "../api/org-groups.ts";

export interface DeleteApiKeyDialogProps {
  orgId: string;
  apiKey: ApiKey;
  onCancel: () => void;
  onConfirm: (apiKey: ApiKey) => void;
  /** Where focus goes once the dialog is gone; `deleted` says which button closed it. */
  onClosed: (deleted: boolean) => void;
}

export function DeleteApiKeyDialog({ orgId, apiKey, onCancel, onConfirm, onClosed }: DeleteApiKeyDialogProps) {
  const groups = useOrgGroupNames(orgId);
  return (
    <DeleteCredentialDialog
      noun="API key"
      identifier={apiKey.publicKey}
      name={apiKey.desc}
      projects={keyProjects(apiKey, groups.data)}
      onCancel={onCancel}
      onConfirm={() => onConfirm(apiKey)}
      onClosed={onClosed}
    />
  );
}
