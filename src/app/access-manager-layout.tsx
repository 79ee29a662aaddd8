// The organization's Access Manager: title, the organization it is for, and
// one tab per section that exists (Users, API Keys, Service Accounts, Activity Feed).
import { Outlet, useParams } from "react-router";
import { LinkTabs } from "../components/ui/link-tabs.tsx";
import { useOrgs } from "../features/orgs/api/orgs.ts";
import { orgAccessPath, orgActivityPath, orgServiceAccountsPath, orgUsersPath } from "../lib/paths.ts";
import styles from "./access-manager-layout.module.css";

export function AccessManagerLayout() {
  const { orgId = "" } = useParams();
  const orgs = useOrgs();
  const org = orgs.data?.results.find((candidate) => candidate.id === orgId);

  return (
    <div className={styles.layout}>
      <header className={styles.header}>
        <p className={styles.context}>{org ? `Organization: ${org.name}` : "\u00a0"}</p>
        <h1 className={styles.title}>Access Manager</h1>
      </header>
      <LinkTabs label="Access Manager sections" tabs={[
          { to: orgUsersPath(orgId), label: "Users" },
          { to: orgAccessPath(orgId), label: "API Keys" },
          { to: orgServiceAccountsPath(orgId), label: "Service Accounts" },
          { to: orgActivityPath(orgId), label: "Activity Feed" },
        ]} />
      <Outlet />
    </div>
  );
}
