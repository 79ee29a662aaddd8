// The project's key table, details and Invite to Project routes, composed
// here because they join two features: the organization's key components and
// requests, configured for a project, and the project's own requests and
// actions. Neither feature imports the other. (Create API Key:
// create-project-api-key-route.tsx, its own chunk.)
import { lazy, Suspense, useCallback } from "react";
import type { ApiKey } from "../../contract/api-keys.ts";
import { useOrgApiKeys } from "../features/org-api-keys/api/org-api-keys.ts";
import { ApiKeyDetailsDialog } from "../features/org-api-keys/components/api-key-details-dialog.tsx";
import { ApiKeysTableView } from "../components/table/keys-table-view.tsx";
import type { SortColumn } from "../components/table/key-rows.ts";
import { useProjectApiKeys } from "../features/project-api-keys/api/project-api-keys.ts";
import { ProjectApiKeysPage, type ProjectKeysTableProps } from "../features/project-api-keys/components/project-api-keys-page.tsx";
import { ProjectEmptyKeys } from "../features/project-api-keys/components/project-empty-keys.tsx";
import { ProjectKeyActionsMenu } from "../features/project-api-keys/components/project-key-actions-menu.tsx";
import { Button } from "../components/ui/button.tsx";
import { projectRoleNames } from "../lib/key-roles.ts";
import { useProjectScope } from "../lib/project-scope.ts";

// Its form code (and the schemas it validates with) loads when it is opened.
const InviteToProjectDialog = lazy(async () => ({
  default: (await import("../features/project-api-keys/components/invite-to-project-dialog.tsx")).InviteToProjectDialog,
}));

/** The organization table's columns and default sort (Created, newest first), without Projects: this is the project. */
const PROJECT_COLUMNS: readonly SortColumn[] = ["publicKey", "desc", "roles", "lastUsed", "created"];

function ProjectKeysTable({ scope, onRemove, highlightId }: ProjectKeysTableProps) {
  const keys = useProjectApiKeys(scope.groupId, { poll: true });
  const rolesOf = useCallback((apiKey: ApiKey) => projectRoleNames(apiKey, scope.groupId), [scope.groupId]);
  return (
    <ApiKeysTableView
      keys={keys}
      caption="Project API keys"
      columns={PROJECT_COLUMNS}
      rolesLabel="Project Permissions"
      rolesOf={rolesOf}
      empty={<ProjectEmptyKeys canManage={scope.canManage} />}
      renderActions={(apiKey) => (
        <ProjectKeyActionsMenu apiKey={apiKey} canManage={scope.canManage} onRemove={(one) => onRemove([one])} />
      )}
      highlightId={highlightId}
      renderBulkActions={
        scope.canManage ? (selected) => <Button onClick={() => onRemove(selected)}>Remove from Project</Button> : undefined
      }
    />
  );
}

/** /projects/:groupId/access/apiKeys */
export function ProjectApiKeysRoute() {
  return <ProjectApiKeysPage Table={ProjectKeysTable} />;
}

/** /projects/:groupId/access/apiKeys/:keyId: the details modal, over the project's table. */
export function ProjectApiKeyDetailsRoute() {
  const { groupId, orgId, projectName, canManage } = useProjectScope();
  return <ApiKeyDetailsDialog scope={{ kind: "project", groupId, orgId, projectName }} canManage={canManage} />;
}

/** /projects/:groupId/access/apiKeys/invite: the organization's keys to choose from (the organization table's query and cache entry). */
export function InviteToProjectRoute() {
  const { orgId } = useProjectScope();
  const candidates = useOrgApiKeys(orgId);
  return (
    <Suspense fallback={null}>
      <InviteToProjectDialog candidates={candidates} />
    </Suspense>
  );
}
