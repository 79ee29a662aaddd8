// A project's row menu: View Details for everyone; Edit Permissions and
// Remove from Project for those who manage the project. Remove is an ordinary
// item, not a red one: the key stays in the organization, so it must not look
// like the organization's Delete.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { KeyRowMenu } from "../../../components/key-row-menu.tsx";

export function ProjectKeyActionsMenu({
  apiKey,
  canManage,
  onRemove,
}: {
  apiKey: ApiKey;
  canManage: boolean;
  onRemove: (apiKey: ApiKey) => void;
}) {
  return (
    <KeyRowMenu
      apiKey={apiKey}
      canManage={canManage}
      editLabel="Edit Permissions"
      editTo={`${apiKey.id}/permissions`}
      removeLabel="Remove from Project"
      onRemove={() => onRemove(apiKey)}
    />
  );
}
