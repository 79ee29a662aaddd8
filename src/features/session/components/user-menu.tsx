// Top-bar account menu: who is signed in, and Sign out.
import { useNavigate } from "react-router";
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from "../../../components/ui/menu.tsx";
import styles from "./user-menu.module.css";

export function UserMenu({ email }: { email: string }) {
  // A navigation, not a request: pages that guard leaving (useBlocker) ask first.
  const navigate = useNavigate();
  return (
    <Menu>
      <MenuTrigger className={styles.trigger}>
        <span className={styles.avatar} aria-hidden="true">
          {email.slice(0, 1).toUpperCase()}
        </span>
        <span className="sr-only">Account: </span>
        <span className={styles.email}>{email}</span>
        <svg className={styles.chevron} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M3 4.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </MenuTrigger>
      <MenuContent align="end">
        <MenuLabel>Signed in as {email}</MenuLabel>
        <MenuSeparator />
        <MenuItem onSelect={() => void navigate("/account")}>Account</MenuItem>
        <MenuItem onSelect={() => void navigate("/logout")}>
          Sign out
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
