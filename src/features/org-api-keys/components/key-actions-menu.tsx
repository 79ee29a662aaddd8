// The "…" menu of a row: View Details for everyone; Edit and Delete for owners.
// Both links carry the table's query string (filter, sort, page), so the
// table behind the modal, and the table after Edit, is the one the user left.
import { useLocation } from "react-router";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { Menu, MenuContent, MenuItem, MenuLinkItem, MenuSeparator, MenuTrigger } from "../../../components/ui/menu.tsx";
import styles from "./key-actions-menu.module.css";

/** Route state of the details modal when opened from the table: closing it goes Back. */
export interface DetailsLinkState {
  fromTable: true;
}

export function KeyActionsMenu({
  apiKey,
  canManage,
  onDelete,
}: {
  apiKey: ApiKey;
  canManage: boolean;
  onDelete: (apiKey: ApiKey) => void;
}) {
  const state: DetailsLinkState = { fromTable: true };
  const { search } = useLocation();
  return (
    <Menu>
      <MenuTrigger className={styles.trigger} aria-label={`Actions for ${apiKey.publicKey}`} data-key-actions={apiKey.id}>
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
            <MenuLinkItem to={{ pathname: `${apiKey.id}/edit`, search }}>Edit</MenuLinkItem>
            <MenuSeparator />
            <MenuItem danger onSelect={() => onDelete(apiKey)}>
              Delete
            </MenuItem>
          </>
        ) : null}
      </MenuContent>
    </Menu>
  );
}
