// /orgs/:orgId/access/apiKeys/:keyId: "<Public Key> API Key Details", a modal
// over the table. The URL is the state: reload keeps it open; Close, Escape
// and Back all return to the table. A project's page opens the same modal
// (/projects/:groupId/access/apiKeys/:keyId) with a project scope: the key's
// roles in that project instead of its project list, and Edit Permissions.
// The key is read from the organization, so in a project the dialog checks
// that the key has a role there before showing it or offering to edit it.
import { useLocation, useParams } from "react-router";
import { DetailsState, isGone } from "../../../components/details/details-state.tsx";
import { RouteDialog } from "../../../components/route-dialog.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { DialogClose } from "../../../components/ui/dialog.tsx";
import { projectRoleNames } from "../../../lib/key-roles.ts";
import type { KeyScope } from "../../../lib/key-scope.ts";
import { useOrgApiKey } from "../api/org-api-key.ts";
import { KeyDetails } from "./key-details.tsx";
import { useCanManageKeys } from "./use-can-manage-keys.ts";

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
  const { search } = useLocation();
  const ownsOrg = useCanManageKeys(orgId);
  const canManage = canManageScope ?? ownsOrg;
  const groupId = scope?.kind === "project" ? scope.groupId : undefined;
  const key = useOrgApiKey(orgId, keyId);
  const gone = isGone(key);
  // A stale or hand-made link: the key is in the organization but has no role
  // in this project. Only the fresh copy decides: the placeholder (the org
  // list's copy) may predate the key joining the project.
  const outsideProject = groupId !== undefined && key.data !== undefined && projectRoleNames(key.data, groupId).length === 0;
  const notInProject = outsideProject && !key.isPlaceholderData;
  const shown = key.data && !gone && !outsideProject ? key.data : undefined;

  return (
    <RouteDialog
      size="large"
      title={shown ? `${shown.publicKey} API Key Details` : "API Key Details"}
      footer={
        <>
          {canManage && shown ? (
            // With the table's query string, so the table after the page is the one the user left.
            groupId ? (
              <ButtonLink to={{ pathname: "permissions", search }}>Edit Permissions</ButtonLink>
            ) : (
              <ButtonLink to={{ pathname: "edit", search }}>Edit</ButtonLink>
            )
          ) : null}
          <DialogClose asChild>
            <Button variant="primary">Close</Button>
          </DialogClose>
        </>
      }
    >
      {/* Also after a failed background refresh: what was loaded stays readable. */}
      <DetailsState
        query={key}
        noun="API key"
        goneText="This API key no longer exists. It may have been deleted."
        notice={notInProject ? "This API key is not in this project. It may have been removed from it, or never added." : null}
        shown={shown}
      >
        {(apiKey) => <KeyDetails orgId={orgId} apiKey={apiKey} groupId={groupId} />}
      </DetailsState>
    </RouteDialog>
  );
}
