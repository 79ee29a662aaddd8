// The content of the details modal: the key itself, its organization roles,
// its access list (with each entry's use), the projects it can access and its
// last events; in a project (groupId), its roles in that project instead of
// the project list, and its history in that project.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { roleLabel } from "../../../../contract/role-catalog.ts";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { CopyButton } from "../../../components/ui/copy-button.tsx";
import { formatExact, formatRelative } from "../../../lib/format-date.ts";
import { projectRoleNames } from "../../../lib/key-roles.ts";
import { useAccessList } from "../../access-list/api/access-list.ts";
import { KeyHistory } from "../../activity/components/key-history.tsx";
import { useOrgGroupNames } from "../api/org-groups.ts";
import type { DateTextProps } from "../../../components/table/date-text.tsx";
import { keyProjects, orgRoleNames } from "../../../components/table/key-rows.ts";
import styles from "./key-details.module.css";

export function KeyDetails({ orgId, apiKey, groupId }: { orgId: string; apiKey: ApiKey; groupId?: string }) {
  const groups = useOrgGroupNames(orgId);
  const projects = keyProjects(apiKey, groups.data);
  const orgRoles = orgRoleNames(apiKey);

  return (
    <>
      <dl className={styles.facts}>
        <div>
          <dt>Public Key</dt>
          <dd>
            <span className={styles.mono}>{apiKey.publicKey}</span>
            <CopyButton value={apiKey.publicKey} label="Copy public key" />
          </dd>
        </div>
        <div>
          <dt>Private Key</dt>
          <dd className={styles.mono}>{apiKey.privateKey}</dd>
        </div>
        <div className={styles.wide}>
          <dt>Description</dt>
          <dd>{apiKey.desc}</dd>
        </div>
        <div>
          <dt>Last Used</dt>
          <dd>
            <ExactDate iso={apiKey.lastUsed} fallback="Never" />
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <ExactDate iso={apiKey.created} fallback="Unknown" />
          </dd>
        </div>
      </dl>

      <section aria-labelledby="key-details-org-roles" className={styles.section}>
        <h3 id="key-details-org-roles" className={styles.heading}>
          Organization Permissions
        </h3>
        <RoleChips roles={orgRoles} />
      </section>

      {groupId ? (
        <section aria-labelledby="key-details-project-roles" className={styles.section}>
          <h3 id="key-details-project-roles" className={styles.heading}>
            Project Permissions
          </h3>
          <RoleChips roles={projectRoleNames(apiKey, groupId)} />
        </section>
      ) : null}

      <AccessListSection orgId={orgId} apiKey={apiKey} />

      {groupId ? null : (
        <section aria-labelledby="key-details-projects" className={styles.section}>
          <h3 id="key-details-projects" className={styles.heading}>
            Projects
          </h3>
          {projects.length === 0 ? (
            <p className={styles.muted}>This key has not been added to any project.</p>
          ) : (
            <ul className={styles.rows}>
              {projects.map((project) => (
                <li key={project.groupId} className={styles.row}>
                  <span className={styles.rowTitle}>{project.name ?? <span className={styles.muted}>A project you cannot see</span>}</span>
                  <span className={styles.muted}>{project.roles.map(roleLabel).join(", ")}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="key-details-history" className={styles.section}>
        <h3 id="key-details-history" className={styles.heading}>
          History
        </h3>
        <KeyHistory scope={groupId ? { kind: "project", id: groupId } : { kind: "org", id: orgId }} keyId={apiKey.id} projectNames={groups.data} />
      </section>
    </>
  );
}

/** A key's roles in one place, or "None." (the project's list can be empty when the key has left the project). */
function RoleChips({ roles }: { roles: readonly string[] }) {
  if (roles.length === 0) return <p className={styles.muted}>None.</p>;
  return (
    <ul className={styles.chips}>
      {roles.map((role) => (
        <li key={role}>{roleLabel(role)}</li>
      ))}
    </ul>
  );
}

function AccessListSection({ orgId, apiKey }: { orgId: string; apiKey: ApiKey }) {
  const accessList = useAccessList({ orgId, apiUserId: apiKey.id });
  let content;
  if (accessList.isPending) {
    content = <p className={styles.muted}>Loading access list…</p>;
  } else if (accessList.isError) {
    content = <LoadFailedBanner title="Could not load the access list" query={accessList} />;
  } else if (accessList.data.results.length === 0) {
    content = <p className={styles.muted}>No access list entries: the key is not limited to particular addresses.</p>;
  } else {
    content = (
      <ul className={styles.rows}>
        {accessList.data.results.map((entry) => (
          <li key={entry.cidrBlock} className={styles.row}>
            <span className={`${styles.rowTitle} ${styles.mono}`}>{entry.ipAddress ?? entry.cidrBlock}</span>
            <span className={styles.muted}>
              Last used <ExactDate iso={entry.lastUsed} fallback="never" />
              {entry.lastUsedAddress ? (
                <>
                  {" "}
                  from <span className={styles.mono}>{entry.lastUsedAddress}</span>
                </>
              ) : null}{" "}
              · {entry.count} {entry.count === 1 ? "request" : "requests"}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <section aria-labelledby="key-details-access-list" className={styles.section} aria-busy={accessList.isPending || undefined}>
      <h3 id="key-details-access-list" className={styles.heading}>
        API Access List
      </h3>
      {content}
    </section>
  );
}

/** The exact local date first, the relative phrase as a hint: "Nov 29, 2026, 3:03 AM (3 days ago)". */
function ExactDate({ iso, fallback, className }: DateTextProps) {
  if (!iso) return <span className={className}>{fallback}</span>;
  return (
    <span className={className}>
      <time dateTime={iso}>{formatExact(iso)}</time> ({formatRelative(iso)})
    </span>
  );
}
