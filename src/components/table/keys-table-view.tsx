// A list of API keys, an organization's or a project's, over the shared
// LocalTable (filters, sort and page in the URL; the stale-key filters; row
// selection where the page passes bulk actions; export of the matching rows).
// Given its query, columns and row actions, so the organization's page and a
// project's show their keys with the same table.
import type { UseQueryResult } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import type { ApiKey } from "../../../contract/api-keys.ts";
import type { Paginated } from "../../../contract/pagination.ts";
import { projectOptions } from "./filter-options.ts";
import { keyColumns } from "./key-columns.tsx";
import { API_KEY_NOUN, byDescription, toRows, type KeyRow, type SortColumn, type SortState } from "./key-rows.ts";
import { LocalTable, type StaleFilters } from "./local-table.tsx";
import type { ExportFormat } from "./selection-bar.tsx";

const NEWEST_FIRST: SortState = { column: "created", direction: "descending" };

const keyId = (row: KeyRow) => row.apiKey.id;
const facts = (row: KeyRow) => ({
  lastUsed: row.apiKey.lastUsed,
  created: row.apiKey.created,
  roleNames: row.roleNames,
  projectIds: row.projects.map((p) => p.groupId),
});

async function exportKeys(rows: readonly KeyRow[], format: ExportFormat) {
  const { downloadKeys } = await import("./export-keys.ts");
  downloadKeys(rows, format);
}

export interface ApiKeysTableViewProps {
  keys: UseQueryResult<Paginated<ApiKey>>;
  /** Names of the organization's projects, for the Projects column and filter. */
  groupNames?: ReadonlyMap<string, string>;
  /** Names the table for screen readers. */
  caption: string;
  /** In display order; the "…" menu column always comes last. Also the columns the URL may sort by. */
  columns: readonly SortColumn[];
  /** The header of the roles column: "Organization Permissions" or "Project Permissions". */
  rolesLabel: string;
  /** Which of a key's roles the roles column shows (default: its organization roles). */
  rolesOf?: (apiKey: ApiKey) => string[];
  defaultSort?: SortState;
  /** What stands in for the table when there are no keys at all. */
  empty: ReactNode;
  renderActions: (apiKey: ApiKey) => ReactNode;
  /** What may be done with the selected keys; without it, rows have no checkboxes. */
  renderBulkActions?: (selected: readonly ApiKey[]) => ReactNode;
  /** The key just created or changed: its row is marked for a moment. */
  highlightId?: string | null;
}

export function ApiKeysTableView(props: ApiKeysTableViewProps) {
  const { keys, groupNames, columns: shown, rolesLabel, rolesOf, renderActions, renderBulkActions } = props;
  // "Never used for 30 days" is measured from when the list was read.
  const now = keys.dataUpdatedAt;
  const rows = useMemo(() => (keys.data ? toRows(keys.data.results, groupNames, rolesOf) : undefined), [keys.data, groupNames, rolesOf]);
  const columns = useMemo(() => keyColumns(shown, rolesLabel, now), [shown, rolesLabel, now]);
  const withProjects = shown.includes("projects");
  const staleFilters = useMemo<StaleFilters<KeyRow>>(
    () => ({
      facts,
      now,
      projects: withProjects ? projectOptions((rows ?? []).flatMap((row) => facts(row).projectIds), groupNames) : undefined,
    }),
    [now, withProjects, rows, groupNames],
  );
  return (
    <LocalTable
      query={keys}
      rows={rows}
      columns={columns}
      defaultSort={props.defaultSort ?? NEWEST_FIRST}
      rowId={keyId}
      tieBreak={byDescription}
      caption={props.caption}
      noun={API_KEY_NOUN}
      filterHint="Public key, description or role"
      filterHelp="The text filter looks at public keys, descriptions, roles and project names; usage, role and project narrow it further."
      empty={props.empty}
      renderActions={(row) => renderActions(row.apiKey)}
      highlightId={props.highlightId}
      staleFilters={staleFilters}
      bulk={
        renderBulkActions
          ? { rowLabel: (row) => row.apiKey.publicKey, render: (selected) => renderBulkActions(selected.map((row) => row.apiKey)) }
          : undefined
      }
      onExport={(rows, format) => void exportKeys(rows, format)}
    />
  );
}
