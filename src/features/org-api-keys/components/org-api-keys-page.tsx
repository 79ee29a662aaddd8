// /orgs/:orgId/access/apiKeys: the API Keys tab of the organization's Access Manager.
import { useParams } from "react-router";
import { ApiKeysTable } from "./api-keys-table.tsx";
import styles from "./org-api-keys-page.module.css";

export function OrgApiKeysPage() {
  // The route only matches with an orgId; the fallback keeps the types honest.
  const { orgId = "" } = useParams();
  return (
    <div className={styles.page}>
      <title>API Keys | Access Manager</title>
      <div>
        <h2 className={styles.title}>Organization API Keys</h2>
        <p className={styles.lead}>
          Keys for programs that call the API on behalf of this organization, with the roles they hold.
        </p>
      </div>
      <ApiKeysTable orgId={orgId} />
    </div>
  );
}
