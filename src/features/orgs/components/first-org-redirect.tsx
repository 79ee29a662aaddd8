// "/": open the first organization's Access Manager, or explain why there is
// nothing to open.
import { Navigate } from "react-router";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { orgAccessPath } from "../../../lib/paths.ts";
import { useOrgs } from "../api/orgs.ts";
import styles from "./first-org-redirect.module.css";

export function FirstOrgRedirect() {
  const orgs = useOrgs();
  if (orgs.isPending) {
    return (
      <p role="status" className={styles.message}>
        Loading your organizations…
      </p>
    );
  }
  if (orgs.isError) {
    return (
      <Banner title="Could not load your organizations" action={<Button onClick={() => void orgs.refetch()}>Retry</Button>}>
        {errorMessage(orgs.error)}
      </Banner>
    );
  }
  const first = orgs.data.results[0];
  if (first) return <Navigate to={orgAccessPath(first.id)} replace />;
  return (
    <div className={styles.message}>
      <title>Access Manager</title>
      <h1 className={styles.heading}>No organizations yet</h1>
      <p>You are not a member of any organization. Ask an organization owner to add you.</p>
    </div>
  );
}
