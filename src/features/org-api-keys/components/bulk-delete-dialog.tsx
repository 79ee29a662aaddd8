// "Delete" with several keys selected: the shared bulk confirmation, given
// each key's public key, description and the projects it leaves.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { BulkDeleteDialog as SharedBulkDeleteDialog } from "../../../components/bulk-delete-dialog.tsx";
import { API_KEY_NOUN, keyProjects } from "../../../components/table/key-rows.ts";
import { useOrgGroupNames } from "../api/org-groups.ts";

export interface BulkDeleteDialogProps {
  orgId: string;
  keys: readonly ApiKey[];
  onCancel: () => void;
  onConfirm: (keys: readonly ApiKey[]) => void;
  onClosed: (deleted: boolean) => void;
}

export function BulkDeleteDialog({ orgId, keys, onCancel, onConfirm, onClosed }: BulkDeleteDialogProps) {
  const groups = useOrgGroupNames(orgId);
  return (
    <SharedBulkDeleteDialog
      noun={API_KEY_NOUN}
      items={keys.map((apiKey) => ({ id: apiKey.id, identifier: apiKey.publicKey, name: apiKey.desc, projects: keyProjects(apiKey, groups.data) }))}
      onCancel={onCancel}
      onConfirm={() => onConfirm(keys)}
      onClosed={onClosed}
    />
  );
}
