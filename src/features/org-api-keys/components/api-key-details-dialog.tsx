// /orgs/:orgId/access/apiKeys/:keyId: "<Public Key> API Key Details", a modal
// over the table. The URL is the state: reload keeps it open; Close, Escape
// and Back all return to the table. A project's page opens the same modal
// (/projects/:groupId/access/apiKeys/:keyId) with a project scope: the key's
// roles in that project instead of its project list, and Edit Permissions.
import { useLocation, useNavigate, useParams } from "react-router";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { Dialog, DialogClose } from "../../../components/ui/dialog.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import type { KeyScope } from "../../../lib/key-scope.ts";
import { useOrgApiKey } from "../api/org-api-key.ts";
import type { DetailsLinkState } from "./key-actions-menu.tsx";
import { KeyDetails } from "./key-details.tsx";
import { useCanManageKeys } from "./use-can-manage-keys.ts";
import styles from "./key-details.module.css";

function openedFromTable(state: unknown): boolean {
  return typeof state === "object" && state !== null && (state as Partial<DetailsLinkState>).fromTable === true;
}

export interface ApiKeyDetailsDialogProps {
  /** Absent on the organization's route, which names the org in its URL. */
  scope?: KeyScope;
  /** Whether the user may change the key in this scope (default: Organization Owner). */
  canManage?: boolean;
}

export function ApiKeyDetailsDialog({ scope, canManage: canManageScope }: ApiKeyDetailsDialogProps = {}) {
  const params = useParams();
  const orgId = scope?.orgId ?? params.orgId ?? "";
  const keyId = params.keyId ?? "";
  const navigate = useNavigate();
  const location = useLocation();
  const ownsOrg = useCanManageKeys(orgId);
  const canManage = canManageScope ?? ownsOrg;
  const groupId = scope?.kind === "project" ? scope.groupId : undefined;
  const key = useOrgApiKey(orgId, keyId);
  const gone = key.error instanceof ApiError && key.error.status === 404;

  function close() {
    // Opened from the table: going back keeps history as it was. Opened by
    // URL (reload, shared link): move up to the table, with the table's query
    // string (filter, sort, page), which the modal's URL carries.
    if (openedFromTable(location.state)) void navigate(-1);
    else void navigate({ pathname: "..", search: location.search }, { relative: "route" });
  }

  let body;
  if (gone) {
    body = (
      <p role="alert" className={styles.gone}>
        This API key no longer exists. It may have been deleted.
      </p>
    );
  } else if (key.data) {
    // Also after a failed background refresh: what was loaded stays readable.
    body = <KeyDetails orgId={orgId} apiKey={key.data} groupId={groupId} />;
  } else if (key.isError) {
    body = (
      <Banner
        title="Could not load this API key"
        action={
          <Button onClick={() => void key.refetch()} disabled={key.isFetching}>
            {key.isFetching ? "Retrying…" : "Retry"}
          </Button>
        }
      >
        {errorMessage(key.error)}
      </Banner>
    );
  } else {
    body = (
      <p role="status" className={styles.loading}>
        Loading API key…
      </p>
    );
  }

  return (
    <Dialog
      open
      size="large"
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title={key.data && !gone ? `${key.data.publicKey} API Key Details` : "API Key Details"}
      footer={
        <>
          {canManage && key.data && !gone ? (
            groupId ? (
              <ButtonLink to={{ pathname: "permissions", search: location.search }}>Edit Permissions</ButtonLink>
            ) : (
              <ButtonLink to={{ pathname: "edit", search: location.search }}>Edit</ButtonLink>
            )
          ) : null}
          <DialogClose asChild>
            <Button variant="primary">Close</Button>
          </DialogClose>
        </>
      }
    >
      {body}
    </Dialog>
  );
}
