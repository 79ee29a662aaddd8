// The content of the details modal: the key itself, its organization roles,
// its access list (with each entry's use), the projects it can access and its
// last events; in a project (groupId), its roles in that project instead of
// the project list, and its history in that project.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { roleLabel } from "../../../../contract/role-catalog.ts";
import { ExactDate } from "../../../components/details/exact-date.tsx";
import { RoleChips } from "../../../components/details/role-chips.tsx";
import { CopyButton } from "../../../components/ui/copy-button.tsx";
import { projectRoleNames } from "../../../lib/key-roles.ts";
import { AccessListSection } from "../../access-list/components/access-list-section.tsx";
import { KeyHistory } from "../../activity/components/key-history.tsx";
import { useOrgGroupNames } from "../api/org-groups.ts";
import { keyProjects, orgRoleNames } from "../../../components/table/key-rows.ts";
import styles from "../../../components/details/details.module.css";

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

      <AccessListSection owner={{ kind: "apiKey", orgId, id: apiKey.id }} subject="the key" />

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
