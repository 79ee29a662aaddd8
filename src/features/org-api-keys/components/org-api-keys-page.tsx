// /orgs/:orgId/access/apiKeys: the API Keys tab of the organization's Access
// Manager. The details modal (/apiKeys/:keyId) renders in the Outlet, over
// the table; the delete confirmation is loaded when first asked for.
import { lazy, Suspense, useState } from "react";
import { Outlet, useParams } from "react-router";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { CreateApiKeyLink } from "../../../components/create-api-key-link.tsx";
import { ResourcePage } from "../../../components/resource-page.tsx";
import { useArrivalNotice } from "../../../components/use-arrival-notice.ts";
import { usePageFeedback } from "../../../components/use-page-feedback.ts";
import { useDeleteOrgApiKey } from "../api/delete-org-api-key.ts";
import { useOrgApiKeys } from "../api/org-api-keys.ts";
import { ApiKeysTable } from "./api-keys-table.tsx";
import { useCanManageKeys } from "./use-can-manage-keys.ts";

const BulkDeleteDialog = lazy(async () => ({
  default: (await import("./bulk-delete-dialog.tsx")).BulkDeleteDialog,
}));
const DeleteApiKeyDialog = lazy(async () => ({
  default: (await import("./delete-api-key-dialog.tsx")).DeleteApiKeyDialog,
}));

export function OrgApiKeysPage() {
  // The route only matches with an orgId; the fallback keeps the types honest.
  const { orgId = "" } = useParams();
  const canManage = useCanManageKeys(orgId);
  const deleteKey = useDeleteOrgApiKey(orgId);
  // The table's own query (one request): at the limit, Create says why it cannot.
  const keyCount = useOrgApiKeys(orgId).data?.results.length;
  const feedback = usePageFeedback();
  // News from Create or Edit: a toast and the row marked.
  const { highlightId } = useArrivalNotice(feedback.notify);
  const [deleting, setDeleting] = useState<ApiKey | null>(null);
  const [deletingMany, setDeletingMany] = useState<readonly ApiKey[] | null>(null);

  function confirmDelete(apiKey: ApiKey) {
    setDeleting(null);
    // mutateAsync: every delete reports, even when several overlap.
    feedback.report(deleteKey.mutateAsync(apiKey), {
      done: `API key ${apiKey.publicKey} deleted.`,
      failed: `Could not delete API key ${apiKey.publicKey}`,
      unchanged: "The key was not deleted.",
    });
  }

  function confirmDeleteMany(keys: readonly ApiKey[]) {
    setDeletingMany(null);
    void feedback.reportEach(keys, (apiKey) => deleteKey.mutateAsync(apiKey), {
      name: (apiKey) => apiKey.publicKey,
      done: (count) => (count === 1 ? `API key ${keys[0]?.publicKey ?? ""} deleted.` : `${count} API keys deleted.`),
      failed: (done, total) => `Deleted ${done} of ${total} API keys`,
      unchanged: "These keys were not deleted and stay selected:",
    });
  }

  return (
    <ResourcePage
      documentTitle="API Keys | Access Manager"
      heading="Organization API Keys"
      lead="Keys for programs that call the API on behalf of this organization, with the roles they hold."
      actions={canManage ? <CreateApiKeyLink keyCount={keyCount} /> : null}
      feedback={feedback}
    >
      <ApiKeysTable orgId={orgId} canManage={canManage} onDelete={setDeleting} onDeleteMany={setDeletingMany} highlightId={highlightId} />
      {deletingMany ? (
        <Suspense fallback={null}>
          <BulkDeleteDialog
            orgId={orgId}
            keys={deletingMany}
            onCancel={() => setDeletingMany(null)}
            onConfirm={confirmDeleteMany}
            onClosed={() => feedback.headingRef.current?.focus()}
          />
        </Suspense>
      ) : null}
      {deleting ? (
        <Suspense fallback={null}>
          <DeleteApiKeyDialog
            orgId={orgId}
            apiKey={deleting}
            onCancel={() => setDeleting(null)}
            onConfirm={confirmDelete}
            onClosed={(deleted) => feedback.returnFocus(deleting.id, deleted)}
          />
        </Suspense>
      ) : null}
      <Outlet />
    </ResourcePage>
  );
}
