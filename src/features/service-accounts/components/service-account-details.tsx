// The content of a service account's details modal: the account, its roles,
// its client secrets (generate, revoke), its access list and, in an
// organization, the projects it is in.
import { roleLabel } from "../../../../contract/role-catalog.ts";
import styles from "../../../components/details/details.module.css";
import { ExactDate } from "../../../components/details/exact-date.tsx";
import { RoleChips } from "../../../components/details/role-chips.tsx";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { CopyButton } from "../../../components/ui/copy-button.tsx";
import { AccessListSection } from "../../access-list/components/access-list-section.tsx";
import { useOrgProjects } from "../../projects/api/org-projects.ts";
import { useServiceAccountProjects } from "../api/service-account-projects.ts";
import { accessListOwnerOf, type ServiceAccount, type ServiceAccountScope } from "../api/service-account-types.ts";
import { lastUsedOf } from "./secret-expiry.ts";
import { SecretsSection } from "./secrets-section.tsx";

export interface ServiceAccountDetailsProps {
  scope: ServiceAccountScope;
  account: ServiceAccount;
  canManage: boolean;
}

export function ServiceAccountDetails({ scope, account, canManage }: ServiceAccountDetailsProps) {
  const inOrg = scope.kind === "org";
  return (
    <>
      <dl className={styles.facts}>
        <div>
          <dt>Client ID</dt>
          <dd>
            <span className={styles.mono}>{account.clientId}</span>
            <CopyButton value={account.clientId} label="Copy client ID" />
          </dd>
        </div>
        <div>
          <dt>Name</dt>
          <dd>{account.name}</dd>
        </div>
        <div className={styles.wide}>
          <dt>Description</dt>
          <dd>{account.description}</dd>
        </div>
        <div>
          <dt>Last Used</dt>
          <dd>
            <ExactDate iso={lastUsedOf(account.secrets)} fallback="Never" />
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <ExactDate iso={account.createdAt} fallback="Unknown" />
          </dd>
        </div>
      </dl>

      <section aria-labelledby="sa-details-roles" className={styles.section}>
        <h3 id="sa-details-roles" className={styles.heading}>
          {inOrg ? "Organization Permissions" : "Project Permissions"}
        </h3>
        <RoleChips roles={account.roles} />
      </section>

      <SecretsSection scope={scope} account={account} canManage={canManage} />

      <AccessListSection
        owner={accessListOwnerOf(scope, account.clientId)}
        subject="the account"
      />

      {inOrg ? <ProjectsSection orgId={scope.orgId} clientId={account.clientId} /> : null}
    </>
  );
}

function ProjectsSection({ orgId, clientId }: { orgId: string; clientId: string }) {
  const assignments = useServiceAccountProjects(orgId, clientId);
  const names = new Map((useOrgProjects(orgId).data?.results ?? []).map((group) => [group.id, group.name]));
  const projects = assignments.data?.results ?? [];
  return (
    <section aria-labelledby="sa-details-projects" className={styles.section}>
      <h3 id="sa-details-projects" className={styles.heading}>
        Projects
      </h3>
      {assignments.isPending ? <p className={styles.muted}>Loading projects…</p> : null}
      {assignments.isError ? <LoadFailedBanner title="Could not load the projects" query={assignments} /> : null}
      {assignments.data && projects.length === 0 ? <p className={styles.muted}>This account has not been added to any project.</p> : null}
      {projects.length > 0 ? (
        <ul className={styles.rows}>
          {projects.map((project) => (
            <li key={project.groupId} className={styles.row}>
              <span className={styles.rowTitle}>{names.get(project.groupId) ?? <span className={styles.muted}>A project you cannot see</span>}</span>
              <span className={styles.muted}>{project.roles.map(roleLabel).join(", ")}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
