// The organization's row menu: View Details for everyone; Edit and Delete
// (red: the key stops working everywhere) for Organization Owners.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { KeyRowMenu } from "../../../components/key-row-menu.tsx";

export function KeyActionsMenu({
  apiKey,
  canManage,
  onDelete,
}: {
  apiKey: ApiKey;
  canManage: boolean;
  onDelete: (apiKey: ApiKey) => void;
}) {
  return (
    <KeyRowMenu
      apiKey={apiKey}
      canManage={canManage}
      editLabel="Edit"
      editTo={`${apiKey.id}/edit`}
      removeLabel="Delete"
      onRemove={() => onDelete(apiKey)}
      destroys
    />
  );
}
