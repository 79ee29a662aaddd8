// The organization's row menu: View Details and Copy Public Key for everyone;
// Edit and Delete (red: the key stops working everywhere) for Organization Owners.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { RowMenu } from "../../../components/row-menu.tsx";
import { FROM_TABLE } from "../../../lib/route-state.ts";

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
    <RowMenu
      id={apiKey.id}
      label={apiKey.publicKey}
      actions={[
        { label: "View Details", to: apiKey.id, state: FROM_TABLE },
        { label: "Copy Public Key", copy: apiKey.publicKey },
        ...(canManage
          ? [{ label: "Edit", to: `${apiKey.id}/edit` }, "separator" as const, { label: "Delete", onSelect: () => onDelete(apiKey), danger: true }]
          : []),
      ]}
    />
  );
}
