// /projects/:groupId/access/apiKeys/new: the organization's Create API Key
// wizard with Project Permissions and the project's create request. Composed
// here (see project-api-keys-routes.tsx); a file of its own so the wizard's
// code loads only when it is opened.
import type { CreateProjectApiKey } from "../../contract/api-keys.ts";
import { PROJECT_ROLE_FIELD } from "../features/org-api-keys/components/api-key-info-form.tsx";
import { CreateApiKeyWizard } from "../features/org-api-keys/components/create-api-key-page.tsx";
import { OwnerRequired } from "../features/org-api-keys/components/owner-required.tsx";
import { useCreateProjectApiKey } from "../features/project-api-keys/api/create-project-api-key.ts";
import { projectAccessPath } from "../lib/paths.ts";
import { useProjectScope } from "../lib/project-scope.ts";

/** /projects/:groupId/access/apiKeys/new: Create API Key with Project Permissions. */
export function CreateProjectApiKeyRoute() {
  const scope = useProjectScope();
  const create = useCreateProjectApiKey(scope.groupId);
  const tablePath = projectAccessPath(scope.groupId);
  if (!scope.canManage) {
    return <OwnerRequired project title="Create API Key" action={`create API keys in ${scope.projectName}`} tablePath={tablePath} />;
  }
  return (
    <CreateApiKeyWizard<CreateProjectApiKey>
      orgId={scope.orgId}
      tablePath={tablePath}
      create={create}
      roleField={PROJECT_ROLE_FIELD}
      backLabel="Project API Keys"
      canEditAccessList={scope.canManageOrg}
    />
  );
}
