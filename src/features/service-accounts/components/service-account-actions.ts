// The row menu of a service account, as data for the shared RowMenu: View
// Details and Copy Client ID for everyone; for those who manage it, Edit and
// Delete in an organization, Edit Permissions and Remove from Project in a project.
import type { RowAction } from "../../../components/row-menu.tsx";
import { FROM_TABLE } from "../../../lib/route-state.ts";
import type { ServiceAccount, ServiceAccountScope } from "../api/service-account-types.ts";

export function serviceAccountActions(
  account: ServiceAccount,
  scope: ServiceAccountScope,
  canManage: boolean,
  onRemove: (account: ServiceAccount) => void,
): RowAction[] {
  const id = account.clientId;
  const always: RowAction[] = [
    { label: "View Details", to: id, state: FROM_TABLE },
    { label: "Copy Client ID", copy: id },
  ];
  if (!canManage) return always;
  if (scope.kind === "org") {
    return [...always, { label: "Edit", to: `${id}/edit` }, "separator", { label: "Delete", onSelect: () => onRemove(account), danger: true }];
  }
  // Leaving a project is not a delete: an ordinary item, not a red one.
  return [...always, { label: "Edit Permissions", to: `${id}/edit` }, "separator", { label: "Remove from Project", onSelect: () => onRemove(account) }];
}
