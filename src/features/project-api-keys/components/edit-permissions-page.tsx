// /projects/:groupId/access/apiKeys/:keyId/permissions: "Edit Permissions".
// The key's roles in this project are replaced by the ones ticked here (PATCH
// { roles }). Its access list belongs to the organization's key, so it is
// edited there; the page says so before the button takes the user there, and
// the organization's page brings the user back here when done.
import { useLocation, useParams } from "react-router";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { roleLabel } from "../../../../contract/role-catalog.ts";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { OwnerRequiredNotice } from "../../../components/owner-required-notice.tsx";
import { BackLink } from "../../../components/ui/back-link.tsx";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { Notice } from "../../../components/ui/notice.tsx";
import { orgApiKeyEditPath, projectAccessPath } from "../../../lib/paths.ts";
import { useProjectScope, type ProjectScope } from "../../../lib/project-scope.ts";
import type { ReturnToState } from "../../../lib/route-state.ts";
import { useProjectApiKeys } from "../api/project-api-keys.ts";
import { EditPermissionsForm } from "./edit-permissions-form.tsx";
import styles from "./edit-permissions.module.css";

export function EditPermissionsPage() {
  const scope = useProjectScope();
  const { keyId = "" } = useParams();
  // Back to the table as the user left it (filter, sort, page ride in the query string).
  const tablePath = projectAccessPath(scope.groupId) + useLocation().search;
  return (
    <div className={styles.page}>
      <title>{`Edit Permissions | ${scope.projectName} | Access Manager`}</title>
      <BackLink to={tablePath}>Project API Keys</BackLink>
      <h2 className={styles.title}>Edit Permissions</h2>
      {scope.canManage ? (
        <EditPermissionsLoader scope={scope} keyId={keyId} tablePath={tablePath} />
      ) : (
        <OwnerRequiredNotice project action={`change the permissions of API keys in ${scope.projectName}`} />
      )}
    </div>
  );
}

function EditPermissionsLoader({ scope, keyId, tablePath }: { scope: ProjectScope; keyId: string; tablePath: string }) {
  const keys = useProjectApiKeys(scope.groupId);
  const apiKey = keys.data?.results.find((key) => key.id === keyId);

  if (keys.isPending) return <p role="status">Loading API key…</p>;
  if (!keys.data) return <LoadFailedBanner title="Could not load this API key" query={keys} />;
  if (!apiKey) {
    return <Notice>This API key is not in {scope.projectName}. It may have been removed from the project or deleted.</Notice>;
  }
  return (
    <>
      <KeySummary apiKey={apiKey} />
      <EditPermissionsForm apiKey={apiKey} scope={scope} tablePath={tablePath} />
      <AccessListSection apiKey={apiKey} scope={scope} />
    </>
  );
}

function AccessListSection({ apiKey, scope }: { apiKey: ApiKey; scope: ProjectScope }) {
  const location = useLocation();
  // The organization's edit page returns here on Save and Cancel.
  const returnTo: ReturnToState = { returnTo: location.pathname + location.search };
  return (
    <section className={styles.accessList} aria-labelledby="access-list-heading">
      <h3 id="access-list-heading" className={styles.sectionTitle}>
        API Access List
      </h3>
      <p>
        A key&apos;s access list belongs to the organization, not to this project: the addresses it may call from apply in
        every project it is in. Editing it takes you to the organization-level edit page for this key.
      </p>
      {scope.canManageOrg ? (
        <ButtonLink to={orgApiKeyEditPath(scope.orgId, apiKey.id)} state={returnTo} className={styles.orgLink}>
          Edit Access List in the Organization
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <path d="M5 3l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
        </ButtonLink>
      ) : (
        <p className={styles.muted}>Only an Organization Owner can change it.</p>
      )}
    </section>
  );
}

function KeySummary({ apiKey }: { apiKey: ApiKey }) {
  const orgRoles = apiKey.roles.filter((role) => role.orgId !== undefined).map((role) => roleLabel(role.roleName));
  return (
    <dl className={styles.summary}>
      <div>
        <dt>Public Key</dt>
        <dd className={styles.mono}>{apiKey.publicKey}</dd>
      </div>
      <div>
        <dt>Description</dt>
        <dd>{apiKey.desc}</dd>
      </div>
      <div>
        <dt>Organization Permissions</dt>
        <dd>
          {orgRoles.join(", ") || "None"}
          <span className={styles.muted}> (set in the organization&apos;s Access Manager)</span>
        </dd>
      </div>
    </dl>
  );
}
