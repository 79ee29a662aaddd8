// Styled wrappers of Radix DropdownMenu: keyboard navigation, typeahead and
// focus return come from Radix; we add the look. Radix and its positioning
// engine are about 28 kB gzip, so this module is loaded on a menu's first use:
// import the parts from ./menu.tsx, never from here.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import type { ReactNode } from "react";
import { Link, type To } from "react-router";
import styles from "./menu.module.css";

export const MenuRoot = DropdownMenu.Root;
export const MenuTrigger = DropdownMenu.Trigger;
export const MenuRadioGroup = DropdownMenu.RadioGroup;

export function MenuContent({ children, align = "start" }: { children: ReactNode; align?: "start" | "end" }) {
  return (
    <DropdownMenu.Portal>
      <DropdownMenu.Content className={styles.content} align={align} sideOffset={6} collisionPadding={8}>
        {children}
      </DropdownMenu.Content>
    </DropdownMenu.Portal>
  );
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <DropdownMenu.Label className={styles.label}>{children}</DropdownMenu.Label>;
}

export function MenuSeparator() {
  return <DropdownMenu.Separator className={styles.separator} />;
}

export function MenuItem({
  children,
  onSelect,
  disabled,
  danger = false,
}: {
  children: ReactNode;
  onSelect: () => void;
  disabled?: boolean;
  /** Destructive items (Delete) read as such. */
  danger?: boolean;
}) {
  return (
    <DropdownMenu.Item className={`${styles.item} ${danger ? styles.danger : ""}`} onSelect={onSelect} disabled={disabled}>
      {children}
    </DropdownMenu.Item>
  );
}

/** An item that is a real link (open in a new tab works); Enter follows it. */
export function MenuLinkItem({ children, to, state }: { children: ReactNode; to: To; state?: unknown }) {
  return (
    <DropdownMenu.Item asChild className={styles.item}>
      <Link to={to} state={state}>
        {children}
      </Link>
    </DropdownMenu.Item>
  );
}

export function MenuRadioItem({ value, children }: { value: string; children: ReactNode }) {
  return (
    <DropdownMenu.RadioItem className={styles.item} value={value}>
      <span className={styles.indicatorSlot}>
        <DropdownMenu.ItemIndicator>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </DropdownMenu.ItemIndicator>
      </span>
      {children}
    </DropdownMenu.RadioItem>
  );
}
