// /orgs/:orgId/access/apiKeys: the API Keys tab of the organization's Access
// Manager. The details modal (/apiKeys/:keyId) renders in the Outlet, over
// the table; the delete confirmation is loaded when first asked for.
import { lazy, Suspense, useCallback, useRef, useState } from "react";
import { Outlet, useParams } from "react-router";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { StatusToast } from "../../../components/ui/status-toast.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { useDeleteOrgApiKey } from "../api/delete-org-api-key.ts";
import { ApiKeysTable } from "./api-keys-table.tsx";
import { useCanManageKeys } from "./use-can-manage-keys.ts";
import styles from "./org-api-keys-page.module.css";

const DeleteApiKeyDialog = lazy(async () => ({
  default: (await import("./delete-api-key-dialog.tsx")).DeleteApiKeyDialog,
}));

interface Failure {
  title: string;
  text: string;
}

export function OrgApiKeysPage() {
  // The route only matches with an orgId; the fallback keeps the types honest.
  const { orgId = "" } = useParams();
  const canManage = useCanManageKeys(orgId);
  const deleteKey = useDeleteOrgApiKey(orgId);
  const [deleting, setDeleting] = useState<ApiKey | null>(null);
  const [done, setDone] = useState<{ text: string } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dismissDone = useCallback(() => setDone(null), []);

  function confirmDelete(apiKey: ApiKey) {
    setDeleting(null);
    setFailure(null);
    // mutateAsync: every delete reports, even when several overlap.
    deleteKey.mutateAsync(apiKey).then(
      () => setDone({ text: `API key ${apiKey.publicKey} deleted.` }),
      (error: unknown) =>
        setFailure({ title: `Could not delete API key ${apiKey.publicKey}`, text: `${errorMessage(error)} The key was not deleted.` }),
    );
  }

  function returnFocus(deleted: boolean, apiKey: ApiKey) {
    // Back to the row's menu button, or, when the row is gone, to the heading.
    const trigger = [...document.querySelectorAll<HTMLElement>("[data-key-actions]")].find(
      (element) => element.dataset.keyActions === apiKey.id,
    );
    (deleted || !trigger ? headingRef.current : trigger)?.focus();
  }

  return (
    <div className={styles.page}>
      <title>API Keys | Access Manager</title>
      <div className={styles.header}>
        <div>
          <h2 ref={headingRef} tabIndex={-1} className={styles.title}>
            Organization API Keys
          </h2>
          <p className={styles.lead}>
            Keys for programs that call the API on behalf of this organization, with the roles they hold.
          </p>
        </div>
        {canManage ? (
          <ButtonLink to="new" variant="primary">
            Create API Key
          </ButtonLink>
        ) : null}
      </div>
      {failure ? (
        <Banner title={failure.title} action={<Button onClick={() => setFailure(null)}>Dismiss</Button>}>
          {failure.text}
        </Banner>
      ) : null}
      <ApiKeysTable orgId={orgId} canManage={canManage} onDelete={setDeleting} />
      {deleting ? (
        <Suspense fallback={null}>
          <DeleteApiKeyDialog
            orgId={orgId}
            apiKey={deleting}
            onCancel={() => setDeleting(null)}
            onConfirm={confirmDelete}
            onClosed={(deleted) => returnFocus(deleted, deleting)}
          />
        </Suspense>
      ) : null}
      <StatusToast message={done} onDismiss={dismissDone} />
      <Outlet />
    </div>
  );
}
