// /orgs/:orgId/access/apiKeys/:keyId/edit: "Edit API Key". Loads the key and
// its access list, then hands them to the wizard (which reads them once as
// its starting values). Owners only; others are told why. Save and Cancel go
// back to the organization's table, or, when another page sent the user here
// (a project's Edit Permissions, with router state { returnTo }), back there.
import { useState } from "react";
import { useLocation, useParams, useSearchParams } from "react-router";
import { combinedQuery, LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { Notice } from "../../../components/ui/notice.tsx";
import { ApiError } from "../../../lib/api-error.ts";
import { orgAccessPath } from "../../../lib/paths.ts";
import { returnToOf } from "../../../lib/route-state.ts";
import { useAccessList } from "../../access-list/api/access-list.ts";
import { useOrgApiKey } from "../api/org-api-key.ts";
import { EditApiKeyWizard } from "./edit-api-key-wizard.tsx";
import { OwnerRequired } from "./owner-required.tsx";
import { useCanManageKeys } from "./use-can-manage-keys.ts";
import { tableSearchOf } from "../../../components/wizard/use-step-param.ts";
import { WizardFrame } from "../../../components/wizard/wizard-frame.tsx";

export function EditApiKeyPage() {
  const { orgId = "", keyId = "" } = useParams();
  const canManage = useCanManageKeys(orgId);
  const location = useLocation();
  // Read once, on arrival: the wizard's own navigation (between its steps)
  // does not carry the state along, and must not change where Save goes.
  const [returnTo] = useState(() => returnToOf(location.state));
  // Else the organization's table as the user left it (the Edit link carries its query string).
  const [params] = useSearchParams();
  const tablePath = returnTo ?? orgAccessPath(orgId) + tableSearchOf(params);
  // Sent here from elsewhere (a project's Edit Permissions): the back link says so, not "Organization API Keys".
  const backLabel = returnTo ? "Back" : "Organization API Keys";
  if (!canManage) return <OwnerRequired title="Edit API Key" action="edit API keys in this organization" tablePath={tablePath} />;
  return <EditApiKeyLoader orgId={orgId} keyId={keyId} tablePath={tablePath} backLabel={backLabel} />;
}

interface LoaderProps {
  orgId: string;
  keyId: string;
  tablePath: string;
  backLabel: string;
}

function EditApiKeyLoader({ orgId, keyId, tablePath, backLabel }: LoaderProps) {
  const key = useOrgApiKey(orgId, keyId);
  const list = useAccessList({ kind: "apiKey", orgId, id: keyId });

  if (key.data && list.data) {
    return <EditApiKeyWizard orgId={orgId} apiKey={key.data} entries={list.data.results} tablePath={tablePath} backLabel={backLabel} />;
  }
  const reads = combinedQuery(key, list);
  let content;
  if (reads.error instanceof ApiError && reads.error.status === 404) {
    content = <Notice>This API key does not exist in this organization. It may have been deleted.</Notice>;
  } else if (reads.error) {
    content = <LoadFailedBanner title="Could not load this API key" query={reads} />;
  } else {
    content = <p role="status">Loading API key…</p>;
  }
  return (
    <WizardFrame title="Edit API Key" tablePath={tablePath} backLabel={backLabel}>
      {content}
    </WizardFrame>
  );
}
