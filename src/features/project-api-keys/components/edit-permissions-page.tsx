// /projects/:groupId/access/apiKeys/:keyId/permissions: "Edit Permissions".
// The key's roles in this project are replaced by the ones ticked here (PATCH
// { roles }). Its access list belongs to the organization's key, so it is
// edited there; the page says so before the button takes the user there.
import { Link, useParams } from "react-router";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { roleLabel } from "../../../../contract/role-catalog.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { orgApiKeyEditPath, projectAccessPath } from "../../../lib/paths.ts";
import { useProjectScope } from "../../../lib/project-scope.ts";
import { useProjectApiKeys } from "../api/project-api-keys.ts";
import { EditPermissionsForm } from "./edit-permissions-form.tsx";
import styles from "./edit-permissions.module.css";

export function EditPermissionsPage() {
  const scope = useProjectScope();
  const { keyId = "" } = useParams();
  const keys = useProjectApiKeys(scope.groupId);
  const apiKey = keys.data?.results.find((key) => key.id === keyId);
  const tablePath = projectAccessPath(scope.groupId);

  let content;
  if (keys.isPending) {
    content = <p role="status">Loading API key…</p>;
  } else if (!keys.data) {
    content = (
      <Banner
        title="Could not load this API key"
        action={
          <Button onClick={() => void keys.refetch()} disabled={keys.isFetching}>
            {keys.isFetching ? "Retrying…" : "Retry"}
          </Button>
        }
      >
        {errorMessage(keys.error)}
      </Banner>
    );
  } else if (!apiKey) {
    content = (
      <p role="alert" className={styles.notice}>
        This API key is not in {scope.projectName}. It may have been removed from the project or deleted.
      </p>
    );
  } else if (!scope.canManage) {
    content = (
      <>
        <KeySummary apiKey={apiKey} />
        <p className={styles.notice}>Only a Project Owner or an Organization Owner can change a key&apos;s project permissions.</p>
      </>
    );
  } else {
    content = (
      <>
        <KeySummary apiKey={apiKey} />
        <EditPermissionsForm apiKey={apiKey} scope={scope} tablePath={tablePath} />
        <section className={styles.accessList} aria-labelledby="access-list-heading">
          <h3 id="access-list-heading" className={styles.sectionTitle}>
            API Access List
          </h3>
          <p>
            A key&apos;s access list belongs to the organization, not to this project: the addresses it may call from apply
            in every project it is in. Editing it takes you to the organization-level edit page for this key.
          </p>
          {scope.canManageOrg ? (
            <ButtonLink to={orgApiKeyEditPath(scope.orgId, apiKey.id)} className={styles.orgLink}>
              Edit Access List in the Organization
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <path d="M5 3l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              </svg>
            </ButtonLink>
          ) : (
            <p className={styles.muted}>Only an Organization Owner can change it.</p>
          )}
        </section>
      </>
    );
  }

  return (
    <div className={styles.page}>
      <title>{`Edit Permissions | ${scope.projectName} | Access Manager`}</title>
      <p>
        <Link to={tablePath} className={styles.back}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <path d="M9 3L5 7l4 4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          Project API Keys
        </Link>
      </p>
      <h2 className={styles.title}>Edit Permissions</h2>
      {content}
    </div>
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
