// /projects/:groupId/access/apiKeys: the API Keys tab of a project's Access
// Manager. "Invite to Project" (/invite) and the details modal (/:keyId)
// render in the Outlet, over the table; Remove from Project is a dialog here.
// The table itself is the organization page's, configured for the project by
// the route (src/app/project-api-keys-routes.tsx) and passed in as `Table`.
import { useCallback, useEffect, useRef, useState, type ComponentType } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { StatusToast } from "../../../components/ui/status-toast.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { useProjectScope, type ProjectScope } from "../../../lib/project-scope.ts";
import { useRemoveProjectApiKey } from "../api/remove-project-api-key.ts";
import { noticeOf } from "./page-notice.ts";
import { RemoveFromProjectDialog } from "./remove-from-project-dialog.tsx";
import styles from "./project-api-keys.module.css";

/** What the table page hands to the modals in its Outlet. */
export interface ProjectKeysOutletContext extends ProjectScope {
  notify: (text: string) => void;
}

export interface ProjectKeysTableProps {
  scope: ProjectScope;
  onRemove: (apiKey: ApiKey) => void;
}

interface Failure {
  title: string;
  text: string;
}

export function ProjectApiKeysPage({ Table }: { Table: ComponentType<ProjectKeysTableProps> }) {
  const scope = useProjectScope();
  const { groupId, projectName, canManage } = scope;
  const location = useLocation();
  const navigate = useNavigate();
  const removeKey = useRemoveProjectApiKey(groupId);
  const [removing, setRemoving] = useState<ApiKey | null>(null);
  const [done, setDone] = useState<{ text: string } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dismissDone = useCallback(() => setDone(null), []);
  const notify = useCallback((text: string) => setDone({ text }), []);

  // A page that sent the user back here with news (Edit Permissions saved):
  // show it once, then drop it from history so Back/Forward do not repeat it.
  const notice = noticeOf(location.state);
  useEffect(() => {
    if (!notice) return;
    setDone({ text: notice });
    void navigate(location.pathname, { replace: true, state: null });
  }, [notice, navigate, location.pathname]);

  function confirmRemove(apiKey: ApiKey) {
    setRemoving(null);
    setFailure(null);
    removeKey.mutateAsync(apiKey).then(
      () => setDone({ text: `API key ${apiKey.publicKey} removed from ${projectName}. It is still in the organization.` }),
      (error: unknown) =>
        setFailure({
          title: `Could not remove API key ${apiKey.publicKey} from ${projectName}`,
          text: `${errorMessage(error)} The key is still in this project.`,
        }),
    );
  }

  function returnFocus(removed: boolean, apiKey: ApiKey) {
    // Back to the row's menu button, or, when the row is gone, to the heading.
    const trigger = [...document.querySelectorAll<HTMLElement>("[data-key-actions]")].find(
      (element) => element.dataset.keyActions === apiKey.id,
    );
    (removed || !trigger ? headingRef.current : trigger)?.focus();
  }

  const context: ProjectKeysOutletContext = { ...scope, notify };
  return (
    <div className={styles.page}>
      <title>{`API Keys | ${projectName} | Access Manager`}</title>
      <div className={styles.header}>
        <div>
          <h2 ref={headingRef} tabIndex={-1} className={styles.title}>
            Project API Keys
          </h2>
          <p className={styles.lead}>
            Organization keys with roles in {projectName}. A key&apos;s access list belongs to the organization.
          </p>
        </div>
        {canManage ? (
          <div className={styles.headerActions}>
            <ButtonLink to="invite" state={{ fromTable: true }}>
              Invite to Project
            </ButtonLink>
            <ButtonLink to="new" variant="primary">
              Create API Key
            </ButtonLink>
          </div>
        ) : null}
      </div>
      {failure ? (
        <Banner title={failure.title} action={<Button onClick={() => setFailure(null)}>Dismiss</Button>}>
          {failure.text}
        </Banner>
      ) : null}
      <Table scope={scope} onRemove={setRemoving} />
      {removing ? (
        <RemoveFromProjectDialog
          apiKey={removing}
          projectName={projectName}
          onCancel={() => setRemoving(null)}
          onConfirm={confirmRemove}
          onClosed={(removed) => returnFocus(removed, removing)}
        />
      ) : null}
      <StatusToast message={done} onDismiss={dismissDone} />
      <Outlet context={context} />
    </div>
  );
}
