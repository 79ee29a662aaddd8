// The top bar's organization menu: lists the user's organizations and moves
// to the chosen one's Access Manager.
import { useNavigate } from "react-router";
import { Menu, MenuContent, MenuLabel, MenuRadioGroup, MenuRadioItem, MenuTrigger } from "../../../components/ui/menu.tsx";
import { orgAccessPath } from "../../../lib/paths.ts";
import { useOrgs } from "../api/orgs.ts";
import styles from "./org-switcher.module.css";

export function OrgSwitcher({ currentOrgId }: { currentOrgId: string | undefined }) {
  const orgs = useOrgs();
  const navigate = useNavigate();
  const current = orgs.data?.results.find((org) => org.id === currentOrgId);
  const name = current?.name ?? (orgs.isPending ? "Loading…" : "Select an organization");

  return (
    <Menu>
      {/* Named by its visible text (no aria-label), so voice control users can say what they see. */}
      <MenuTrigger className={styles.trigger} disabled={!orgs.data}>
        <span className={styles.kicker}>Organization</span>{" "}
        <span className={styles.name}>{name}</span>
        <svg className={styles.chevron} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M3 4.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </MenuTrigger>
      <MenuContent>
        <MenuLabel>Organizations</MenuLabel>
        <MenuRadioGroup value={currentOrgId ?? ""} onValueChange={(orgId) => void navigate(orgAccessPath(orgId))}>
          {orgs.data?.results.map((org) => (
            <MenuRadioItem key={org.id} value={org.id}>
              {org.name}
            </MenuRadioItem>
          ))}
        </MenuRadioGroup>
      </MenuContent>
    </Menu>
  );
}
