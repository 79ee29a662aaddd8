// Tabs that are links: each tab is a URL (back/forward and deep links work),
// so this is a nav with aria-current rather than an ARIA tablist. Shown only
// where there is more than one section.
import { NavLink } from "react-router";
import styles from "./link-tabs.module.css";

export interface LinkTab {
  to: string;
  label: string;
}

export function LinkTabs({ label, tabs }: { label: string; tabs: LinkTab[] }) {
  // One tab is not a choice: it would repeat the sidebar entry that led here.
  if (tabs.length < 2) return null;
  return (
    <nav aria-label={label} className={styles.tabs}>
      <ul className={styles.list}>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} className={styles.tab}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
