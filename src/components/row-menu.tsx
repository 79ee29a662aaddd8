// The "…" menu of a table row, for any row (an API key, a service account):
// its actions are data, given by the page. Links carry the table's query
// string (filter, sort, page), so the table behind a modal, and the table
// after an edit page, is the one the user left. The trigger carries the row's
// id so the page can give focus back to it after a confirmation dialog
// (rowMenuButton). A copy action says "Copied" beside the button, in a live region.
import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import { Menu, MenuContent, MenuItem, MenuLinkItem, MenuSeparator, MenuTrigger } from "./ui/menu.tsx";
import styles from "./row-menu.module.css";

export type RowAction =
  /** A page or modal, relative to the table; `state` rides along in history (e.g. FROM_TABLE). */
  | { label: string; to: string; state?: unknown }
  /** Writes `copy` to the clipboard. */
  | { label: string; copy: string }
  /** Red only when the row's thing itself is destroyed, so leaving a project never looks like a delete. */
  | { label: string; onSelect: () => void; danger?: boolean }
  | "separator";

export interface RowMenuProps {
  /** The row's id, for focus return. */
  id: string;
  /** What the row is called, for the trigger's name ("Actions for <label>"). */
  label: string;
  actions: readonly RowAction[];
}

export function RowMenu({ id, label, actions }: RowMenuProps) {
  const { search } = useLocation();
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = window.setTimeout(() => setCopied(null), 4000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  const copy = (value: string) =>
    navigator.clipboard.writeText(value).then(
      () => setCopied("Copied"),
      () => setCopied("Could not copy"),
    );
  return (
    <span className={styles.wrap}>
      <span role="status" className={styles.copied}>
        {copied}
      </span>
      <Menu>
        <MenuTrigger className={styles.trigger} aria-label={`Actions for ${label}`} data-row-actions={id}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="3" cy="8" r="1.5" fill="currentColor" />
            <circle cx="8" cy="8" r="1.5" fill="currentColor" />
            <circle cx="13" cy="8" r="1.5" fill="currentColor" />
          </svg>
        </MenuTrigger>
        <MenuContent align="end">
          {actions.map((action, index) => {
            if (action === "separator") return <MenuSeparator key={`separator-${index}`} />;
            if ("to" in action)
              return (
                <MenuLinkItem key={action.label} to={{ pathname: action.to, search }} state={action.state}>
                  {action.label}
                </MenuLinkItem>
              );
            if ("copy" in action)
              return (
                <MenuItem key={action.label} onSelect={() => void copy(action.copy)}>
                  {action.label}
                </MenuItem>
              );
            return (
              <MenuItem key={action.label} danger={action.danger} onSelect={action.onSelect}>
                {action.label}
              </MenuItem>
            );
          })}
        </MenuContent>
      </Menu>
    </span>
  );
}

/** The menu button of a row; undefined when the row is not on screen (deleted, filtered, another page). */
export function rowMenuButton(rowId: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>("[data-row-actions]")].find((element) => element.dataset.rowActions === rowId);
}
