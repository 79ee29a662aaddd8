// A project's row menu: View Details for everyone; Edit Permissions and
// Remove from Project for those who manage the project. Remove is an ordinary
// item, not a red one: the key stays in the organization, so it must not look
// like the organization's Delete.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { RowMenu } from "../../../components/row-menu.tsx";
import { FROM_TABLE } from "../../../lib/route-state.ts";

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
    <RowMenu
      id={apiKey.id}
      label={apiKey.publicKey}
      actions={[
        { label: "View Details", to: apiKey.id, state: FROM_TABLE },
        { label: "Copy Public Key", copy: apiKey.publicKey },
        ...(canManage
          ? [{ label: "Edit Permissions", to: `${apiKey.id}/permissions` }, "separator" as const, { label: "Remove from Project", onSelect: () => onRemove(apiKey) }]
          : []),
      ]}
    />
  );
}
