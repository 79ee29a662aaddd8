// /orgs/:orgId/access/apiKeys/:keyId/edit: "Edit API Key". Loads the key and
// its access list, then hands them to the wizard (which reads them once as
// its starting values). Owners only; others are told why.
import { useParams } from "react-router";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import { orgAccessPath } from "../../../lib/paths.ts";
import { useAccessList } from "../../access-list/api/access-list.ts";
import { useOrgApiKey } from "../api/org-api-key.ts";
import { EditApiKeyWizard } from "./edit-api-key-wizard.tsx";
import { OwnerRequired } from "./owner-required.tsx";
import { useCanManageKeys } from "./use-can-manage-keys.ts";
import { WizardFrame } from "./wizard-frame.tsx";
import styles from "./key-wizard.module.css";

export function EditApiKeyPage() {
  const { orgId = "", keyId = "" } = useParams();
  const canManage = useCanManageKeys(orgId);
  const tablePath = orgAccessPath(orgId);
  if (!canManage) return <OwnerRequired title="Edit API Key" action="edit API keys in this organization" tablePath={tablePath} />;
  return <EditApiKeyLoader orgId={orgId} keyId={keyId} tablePath={tablePath} />;
}

function EditApiKeyLoader({ orgId, keyId, tablePath }: { orgId: string; keyId: string; tablePath: string }) {
  const key = useOrgApiKey(orgId, keyId);
  const list = useAccessList({ orgId, apiUserId: keyId });

  if (key.data && list.data) {
    return <EditApiKeyWizard orgId={orgId} apiKey={key.data} entries={list.data.results} tablePath={tablePath} />;
  }
  const error = key.error ?? list.error;
  let content;
  if (error instanceof ApiError && error.status === 404) {
    content = (
      <p role="alert" className={styles.notice}>
        This API key does not exist in this organization. It may have been deleted.
      </p>
    );
  } else if (error) {
    content = (
      <Banner
        title="Could not load this API key"
        action={
          <Button
            onClick={() => {
              void key.refetch();
              void list.refetch();
            }}
          >
            Retry
          </Button>
        }
      >
        {errorMessage(error)}
      </Banner>
    );
  } else {
    content = <p role="status">Loading API key…</p>;
  }
  return (
    <WizardFrame title="Edit API Key" tablePath={tablePath}>
      {content}
    </WizardFrame>
  );
}
