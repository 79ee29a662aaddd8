// The "…" menu of a key's row, in an organization's table and in a project's:
// View Details (the modal over the table) for everyone, then what this page
// lets the user do with the key. The trigger carries the key's id so the page
// can give focus back to it after a confirmation dialog (keyRowMenuButton).
// Its links carry the table's query string (filter, sort, page), so the table
// behind the modal, and the table after the edit page, is the one the user left.
// Copy Public Key says "Copied" beside the button, in a live region.
import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import type { ApiKey } from "../../contract/api-keys.ts";
import { FROM_TABLE } from "../lib/route-state.ts";
import { Menu, MenuContent, MenuItem, MenuLinkItem, MenuSeparator, MenuTrigger } from "./ui/menu.tsx";
import styles from "./key-row-menu.module.css";

export interface KeyRowMenuProps {
  apiKey: ApiKey;
  /** Whether the user may change the key here; read-only users get View Details only. */
  canManage: boolean;
  /** The page that changes the key ("Edit", "Edit Permissions"), relative to the table. */
  editLabel: string;
  editTo: string;
  /** What takes the key away from here ("Delete", "Remove from Project"). */
  removeLabel: string;
  onRemove: () => void;
  /** Red only when the key itself is destroyed, so leaving a project never looks like a delete. */
  destroys?: boolean;
}


export function KeyRowMenu({ apiKey, canManage, editLabel, editTo, removeLabel, onRemove, destroys }: KeyRowMenuProps) {
  const { search } = useLocation();
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = window.setTimeout(() => setCopied(null), 4000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  const copy = () =>
    navigator.clipboard.writeText(apiKey.publicKey).then(
      () => setCopied("Copied"),
      () => setCopied("Could not copy"),
    );
  return (
    <span className={styles.wrap}>
      <span role="status" className={styles.copied}>
        {copied}
      </span>
      <Menu>
        <MenuTrigger className={styles.trigger} aria-label={`Actions for ${apiKey.publicKey}`} data-key-actions={apiKey.id}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="3" cy="8" r="1.5" fill="currentColor" />
            <circle cx="8" cy="8" r="1.5" fill="currentColor" />
            <circle cx="13" cy="8" r="1.5" fill="currentColor" />
          </svg>
        </MenuTrigger>
        <MenuContent align="end">
          <MenuLinkItem to={{ pathname: apiKey.id, search }} state={FROM_TABLE}>
            View Details
          </MenuLinkItem>
          <MenuItem onSelect={() => void copy()}>Copy Public Key</MenuItem>
          {canManage ? (
            <>
              <MenuLinkItem to={{ pathname: editTo, search }}>{editLabel}</MenuLinkItem>
              <MenuSeparator />
              <MenuItem danger={destroys} onSelect={onRemove}>
                {removeLabel}
              </MenuItem>
            </>
          ) : null}
        </MenuContent>
      </Menu>
    </span>
  );
}

/** The menu button of a key's row; undefined when the row is not on screen (deleted, filtered, another page). */
export function keyRowMenuButton(keyId: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>("[data-key-actions]")].find((element) => element.dataset.keyActions === keyId);
}
