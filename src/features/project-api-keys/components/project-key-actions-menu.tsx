// The "…" menu of a row in a project's table: View Details for everyone;
// Edit Permissions and Remove from Project for those who manage the project.
// Remove is an ordinary item, not a red one: it is not a delete (the key
// stays in the organization), and it must not look like one. View Details
// carries the table's query string, so the table behind the modal stays as it was.
import { useLocation } from "react-router";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { Menu, MenuContent, MenuItem, MenuLinkItem, MenuSeparator, MenuTrigger } from "../../../components/ui/menu.tsx";
import type { FromTableState } from "./page-notice.ts";
import styles from "./project-api-keys.module.css";

export function ProjectKeyActionsMenu({
  apiKey,
  canManage,
  onRemove,
}: {
  apiKey: ApiKey;
  canManage: boolean;
  onRemove: (apiKey: ApiKey) => void;
}) {
  const state: FromTableState = { fromTable: true };
  const { search } = useLocation();
  return (
    <Menu>
      <MenuTrigger className={styles.menuTrigger} aria-label={`Actions for ${apiKey.publicKey}`} data-key-actions={apiKey.id}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="3" cy="8" r="1.5" fill="currentColor" />
          <circle cx="8" cy="8" r="1.5" fill="currentColor" />
          <circle cx="13" cy="8" r="1.5" fill="currentColor" />
        </svg>
      </MenuTrigger>
      <MenuContent align="end">
        <MenuLinkItem to={{ pathname: apiKey.id, search }} state={state}>
          View Details
        </MenuLinkItem>
        {canManage ? (
          <>
            <MenuLinkItem to={`${apiKey.id}/permissions`}>Edit Permissions</MenuLinkItem>
            <MenuSeparator />
            <MenuItem onSelect={() => onRemove(apiKey)}>Remove from Project</MenuItem>
          </>
        ) : null}
      </MenuContent>
    </Menu>
  );
}
