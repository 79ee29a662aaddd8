// /projects/:groupId/access/apiKeys: the API Keys tab of a project's Access
// Manager. "Invite to Project" (/invite) and the details modal (/:keyId)
// render in the Outlet, over the table; Remove from Project is a dialog here.
// The table itself is the organization page's, configured for the project by
// the route (src/app/project-api-keys-routes.tsx) and passed in as `Table`.
import { useState, type ComponentType } from "react";
import { Outlet } from "react-router";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { HeaderActions, ResourcePage } from "../../../components/resource-page.tsx";
import { useArrivalNotice } from "../../../components/use-arrival-notice.ts";
import { usePageFeedback } from "../../../components/use-page-feedback.ts";
import { useProjectScope, type ProjectScope } from "../../../lib/project-scope.ts";
import { useRemoveProjectApiKey } from "../api/remove-project-api-key.ts";
import { ProjectKeyButtons } from "./project-key-buttons.tsx";
import { RemoveFromProjectDialog } from "./remove-from-project-dialog.tsx";

/** What the table page hands to the modals in its Outlet. */
export interface ProjectKeysOutletContext extends ProjectScope {
  notify: (text: string) => void;
  /** Marks a key's row for a moment (after Invite to Project). */
  markRow: (keyId: string) => void;
}

export interface ProjectKeysTableProps {
  scope: ProjectScope;
  highlightId: string | null;
  /** How many keys the organization has (undefined until known): at its limit, Create is disabled. */
  orgKeyCount?: number;
  /** One key from its row menu, or the selection. */
  onRemove: (keys: readonly ApiKey[]) => void;
}

export interface ProjectApiKeysPageProps {
  Table: ComponentType<ProjectKeysTableProps>;
  /** See ProjectKeysTableProps. */
  orgKeyCount?: number;
}

export function ProjectApiKeysPage({ Table, orgKeyCount }: ProjectApiKeysPageProps) {
  const scope = useProjectScope();
  const { groupId, projectName, canManage } = scope;
  const removeKey = useRemoveProjectApiKey(groupId);
  const feedback = usePageFeedback();
  const { notify } = feedback;
  const [removing, setRemoving] = useState<readonly ApiKey[] | null>(null);

  // News from Edit Permissions and Create (route state) or Invite (markRow): a toast and the row marked.
  const { highlightId, mark } = useArrivalNotice(notify);

  function confirmRemove(keys: readonly ApiKey[]) {
    setRemoving(null);
    const [only] = keys;
    if (keys.length === 1 && only) {
      feedback.report(removeKey.mutateAsync(only), {
        done: `API key ${only.publicKey} removed from ${projectName}. It is still in the organization.`,
        failed: `Could not remove API key ${only.publicKey} from ${projectName}`,
        unchanged: "The key is still in this project.",
      });
      return;
    }
    void feedback.reportEach(keys, (apiKey) => removeKey.mutateAsync(apiKey), {
      name: (apiKey) => apiKey.publicKey,
      done: (count) => `${count} API keys removed from ${projectName}. They are still in the organization.`,
      failed: (done, total) => `Removed ${done} of ${total} API keys from ${projectName}`,
      unchanged: "These keys are still in this project and stay selected:",
    });
  }

  const context: ProjectKeysOutletContext = { ...scope, notify, markRow: mark };
  return (
    <ResourcePage
      documentTitle={`API Keys | ${projectName} | Access Manager`}
      heading="Project API Keys"
      lead={`Organization keys with roles in ${projectName}. A key's access list belongs to the organization.`}
      actions={
        canManage ? (
          <HeaderActions>
            <ProjectKeyButtons orgKeyCount={orgKeyCount} />
          </HeaderActions>
        ) : null
      }
      feedback={feedback}
    >
      <Table scope={scope} onRemove={setRemoving} highlightId={highlightId} orgKeyCount={orgKeyCount} />
      {removing ? (
        <RemoveFromProjectDialog
          keys={removing}
          projectName={projectName}
          onCancel={() => setRemoving(null)}
          onConfirm={confirmRemove}
          onClosed={(removed) =>
            removing.length === 1 && removing[0] ? feedback.returnFocus(removing[0].id, removed) : feedback.headingRef.current?.focus()
          }
        />
      ) : null}
      <Outlet context={context} />
    </ResourcePage>
  );
}
