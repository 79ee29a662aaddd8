// A table of service accounts, an organization's or a project's: its columns
// (service-account-columns.tsx) over the shared LocalTable, with the same
// stale filters, selection and export as the API-key tables. A service
// account's projects are not in the list: on the organization's page, the
// Project filter reads the chosen project's own list of accounts.
import { useQuery } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { useSearchParams } from "react-router";
import { projectOptions } from "../../../components/table/filter-options.ts";
import { LocalTable, type StaleFilters } from "../../../components/table/local-table.tsx";
import type { ExportFormat } from "../../../components/table/selection-bar.tsx";
import { projectFilterOf } from "../../../components/table/table-search-params.ts";
import { useOrgProjects } from "../../projects/api/org-projects.ts";
import { serviceAccountsQueryOptions, useServiceAccounts } from "../api/service-accounts.ts";
import type { ServiceAccount, ServiceAccountScope } from "../api/service-account-types.ts";
import { lastUsedOf } from "./secret-expiry.ts";
import { NEWEST_FIRST, SERVICE_ACCOUNT_NOUN, serviceAccountColumns } from "./service-account-columns.tsx";

const clientIdOf = (account: ServiceAccount) => account.clientId;
const nameOf = (account: ServiceAccount) => account.name;

async function exportAccounts(accounts: readonly ServiceAccount[], format: ExportFormat) {
  const { downloadAccounts } = await import("./export-service-accounts.ts");
  downloadAccounts(accounts, format);
}

/** On an organization's page: the Project filter's choices, and who is in the chosen project (undefined until read). */
function useProjectFilter(scope: ServiceAccountScope) {
  const [params] = useSearchParams();
  const inOrg = scope.kind === "org";
  const groupId = inOrg ? projectFilterOf(params) : null;
  const projects = useOrgProjects(inOrg ? scope.orgId : undefined);
  const members = useQuery({
    ...serviceAccountsQueryOptions({ kind: "project", orgId: scope.orgId, groupId: groupId ?? "" }),
    enabled: groupId !== null,
  });
  const options = useMemo(() => {
    const names = new Map((projects.data?.results ?? []).map((group) => [group.id, group.name]));
    return inOrg ? projectOptions(names.keys(), names) : undefined;
  }, [inOrg, projects.data]);
  const memberIds = useMemo(() => new Set((members.data?.results ?? []).map(clientIdOf)), [members.data]);
  return { groupId, options, memberIds, members };
}

export interface ServiceAccountsTableProps {
  scope: ServiceAccountScope;
  /** "Organization Permissions" or "Project Permissions". */
  rolesLabel: string;
  empty: ReactNode;
  renderActions: (account: ServiceAccount) => ReactNode;
  /** What may be done with the selected accounts; without it, rows have no checkboxes. */
  renderBulkActions?: (selected: readonly ServiceAccount[]) => ReactNode;
  highlightId?: string | null;
}

export function ServiceAccountsTable({ scope, rolesLabel, empty, renderActions, renderBulkActions, highlightId }: ServiceAccountsTableProps) {
  const accounts = useServiceAccounts(scope, { poll: true });
  // "Expires soon" and "never used in 30 days" are measured from when the list was read.
  const now = accounts.dataUpdatedAt;
  const shown = useMemo(() => serviceAccountColumns(rolesLabel, now), [rolesLabel, now]);
  const project = useProjectFilter(scope);
  const staleFilters = useMemo<StaleFilters<ServiceAccount>>(
    () => ({
      facts: (account) => ({
        lastUsed: lastUsedOf(account.secrets),
        created: account.createdAt,
        roleNames: account.roles,
        projectIds: project.groupId !== null && project.memberIds.has(account.clientId) ? [project.groupId] : [],
      }),
      now,
      projects: project.options,
    }),
    [now, project.groupId, project.memberIds, project.options],
  );
  const inOrg = scope.kind === "org";
  return (
    <LocalTable
      query={accounts}
      // Until the chosen project's list is read, the rows are loading, not "no matches".
      filtering={project.groupId !== null && project.members.isPending}
      rows={accounts.data?.results}
      columns={shown}
      defaultSort={NEWEST_FIRST}
      rowId={clientIdOf}
      caption={inOrg ? "Organization service accounts" : "Project service accounts"}
      noun={SERVICE_ACCOUNT_NOUN}
      filterHint="Name, description, client ID or role"
      filterHelp={`The text filter looks at names, descriptions, client IDs and roles; usage, role${inOrg ? " and project" : ""} narrow it further.`}
      empty={empty}
      renderActions={renderActions}
      highlightId={highlightId}
      staleFilters={staleFilters}
      bulk={renderBulkActions ? { rowLabel: nameOf, render: renderBulkActions } : undefined}
      onExport={(rows, format) => void exportAccounts(rows, format)}
    />
  );
}
