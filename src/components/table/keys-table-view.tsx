// A list of API keys: all of them are fetched at once (at most 500), then
// filtered, sorted and paged here, as the URL says (use-table-state.ts), so
// Reload and Back show the rows the user left. Also the states a list can be
// in before it has rows: loading (skeleton rows), failed (banner + Retry), empty.
// Given its query, columns and row actions, so the organization's page and a
// project's show their keys with the same table. Where the page passes bulk
// actions, rows can be selected: one by one, or all that match the filters.
import type { UseQueryResult } from "@tanstack/react-query";
import { useDeferredValue, useMemo, useRef, type ReactNode } from "react";
import type { ApiKey } from "../../../contract/api-keys.ts";
import type { Paginated } from "../../../contract/pagination.ts";
import { SkeletonRows, Table } from "../ui/table.tsx";
import { LoadFailedBanner } from "../load-failed-banner.tsx";
import { applyFilters, hasFilters, NO_FILTERS } from "./key-filters.ts";
import { KeyFilterBar } from "./key-filter-bar.tsx";
import { filterRows, firstDirection, sortRows, toRows, type SortColumn, type SortState } from "./key-rows.ts";
import { KeyTableRow } from "./key-table-row.tsx";
import { filterOptions } from "./filter-options.ts";
import { NoMatches } from "./no-matches.tsx";
import { SelectionBar } from "./selection-bar.tsx";
import { selectionColumn, sortColumns } from "./sort-columns.tsx";
import { PAGE_SIZES, TablePager } from "./table-pager.tsx";
import { useKeySelection } from "./use-key-selection.ts";
import { useTableState } from "./use-table-state.ts";
import styles from "./keys-table.module.css";

const NEWEST_FIRST: SortState = { column: "created", direction: "descending" };

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
  const { keys, groupNames, caption, columns: shown, rolesLabel, rolesOf, empty, renderActions, renderBulkActions } = props;
  const table = useTableState({ columns: shown, defaultSort: props.defaultSort ?? NEWEST_FIRST, firstDirection });
  const filterRef = useRef<HTMLInputElement>(null);
  // Typing stays responsive while 500 rows are re-filtered behind it.
  const query = useDeferredValue(table.filterText);
  // "Never used for 30 days" is measured from when the list was read.
  const now = keys.dataUpdatedAt;

  const allRows = useMemo(() => toRows(keys.data?.results ?? [], groupNames, rolesOf), [keys.data, groupNames, rolesOf]);
  const rows = useMemo(
    () => sortRows(applyFilters(filterRows(allRows, query), table.filters, now), table.sort),
    [allRows, query, table.filters, now, table.sort],
  );
  const rowIds = useMemo(() => rows.map((row) => row.apiKey.id), [rows]);
  const allIds = useMemo(() => allRows.map((row) => row.apiKey.id), [allRows]);
  const selection = useKeySelection(allIds);
  const options = useMemo(() => filterOptions(allRows, shown.includes("projects") ? groupNames : undefined), [allRows, shown, groupNames]);
  const { pageSize } = table;
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  // A delete, a narrower filter or an old link can leave the page past the end.
  const currentPage = Math.min(table.page, pageCount);
  const pageRows = rows.slice((currentPage - 1) * pageSize, currentPage * pageSize);
  const selectable = renderBulkActions !== undefined;
  const columns = [
    ...(selectable ? [selectionColumn(rowIds, selection)] : []),
    ...sortColumns(shown, rolesLabel, table.sort, table.sortBy),
  ];

  const banner = keys.isError ? <LoadFailedBanner title="Could not load API keys" query={keys} /> : null;

  if (keys.isPending) {
    return (
      <div className={styles.stack}>
        <p role="status" className="sr-only">
          Loading API keys…
        </p>
        <Table caption={caption} columns={columns} busy>
          <SkeletonRows rows={5} columns={columns.length} />
        </Table>
      </div>
    );
  }

  // Failed with nothing to show: the banner alone. (A failed background
  // refresh keeps the rows it had and shows the banner above them.)
  if (!keys.data) return banner;

  if (allRows.length === 0) {
    return (
      <div className={styles.stack}>
        {banner}
        {empty}
      </div>
    );
  }

  const filtered = hasFilters(table.filters);
  const selectedKeys = allRows.filter((row) => selection.selected.has(row.apiKey.id)).map((row) => row.apiKey);
  return (
    <div className={styles.stack}>
      {banner}
      <KeyFilterBar
        text={table.filterText}
        onText={table.setFilter}
        textRef={filterRef}
        filters={table.filters}
        onFilters={table.setFilters}
        roles={options.roles}
        projects={shown.includes("projects") ? options.projects : undefined}
        count={query.trim() || filtered ? `${rows.length} of ${allRows.length} API keys match` : `${allRows.length} API keys`}
      />
      <SelectionBar
        selectedCount={selectable ? selection.selected.size : null}
        onClear={() => selection.setAll(allIds, false)}
        actions={selectable && selectedKeys.length > 0 ? renderBulkActions(selectedKeys) : null}
        exportRows={rows}
      />
      {rows.length === 0 ? (
        <NoMatches
          noun="API keys"
          help="The text filter looks at public keys, descriptions, roles and project names; usage, role and project narrow it further."
          query={query}
          filtered={filtered}
          onClear={() => {
            table.setFilter("");
            if (filtered) table.setFilters(NO_FILTERS);
            filterRef.current?.focus();
          }}
        />
      ) : (
        <>
          <Table caption={caption} columns={columns}>
            {pageRows.map((row) => (
              <KeyTableRow
                key={row.apiKey.id}
                row={row}
                columns={shown}
                now={now}
                actions={renderActions(row.apiKey)}
                highlighted={row.apiKey.id === props.highlightId}
                selection={
                  selectable
                    ? { selected: selection.selected.has(row.apiKey.id), onToggle: (on) => selection.toggle(row.apiKey.id, on) }
                    : undefined
                }
              />
            ))}
          </Table>
          {rows.length > PAGE_SIZES[0] ? (
            <TablePager
              label="Pages of API keys"
              page={currentPage}
              pageSize={pageSize}
              total={rows.length}
              onPage={table.setPage}
              onPageSize={table.setPageSize}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
