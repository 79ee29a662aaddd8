// A list of API keys: all of them are fetched at once (at most 500), then
// filtered, sorted and paged here, as the URL says (use-table-state.ts), so
// Reload and Back show the rows the user left. Also the states a list can be
// in before it has rows: loading (skeleton rows), failed (banner + Retry), empty.
// Given its query, columns and row actions, so the organization's page and a
// project's show their keys with the same table.
import type { UseQueryResult } from "@tanstack/react-query";
import { useDeferredValue, useMemo, useRef, type ReactNode } from "react";
import type { ApiKey } from "../../../contract/api-keys.ts";
import type { Paginated } from "../../../contract/pagination.ts";
import { SkeletonRows, Table } from "../ui/table.tsx";
import { TextField } from "../ui/text-field.tsx";
import { NoMatches } from "./no-matches.tsx";
import { filterRows, sortRows, toRows, type SortColumn, type SortState } from "./key-rows.ts";
import { KeyTableRow } from "./key-table-row.tsx";
import { LoadFailedBanner } from "../load-failed-banner.tsx";
import { sortColumns } from "./sort-columns.ts";
import { PAGE_SIZES, TablePager } from "./table-pager.tsx";
import { useTableState } from "./use-table-state.ts";
import styles from "./keys-table.module.css";

const NEWEST_FIRST: SortState = { column: "created", direction: "descending" };

export interface ApiKeysTableViewProps {
  keys: UseQueryResult<Paginated<ApiKey>>;
  /** Names of the organization's projects, for the Projects column and the filter. */
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
}

export function ApiKeysTableView({
  keys,
  groupNames,
  caption,
  columns: shown,
  rolesLabel,
  rolesOf,
  defaultSort = NEWEST_FIRST,
  empty,
  renderActions,
}: ApiKeysTableViewProps) {
  const table = useTableState({ columns: shown, defaultSort });
  const filterRef = useRef<HTMLInputElement>(null);
  // Typing stays responsive while 500 rows are re-filtered behind it.
  const query = useDeferredValue(table.filterText);

  const allRows = useMemo(() => toRows(keys.data?.results ?? [], groupNames, rolesOf), [keys.data, groupNames, rolesOf]);
  const rows = useMemo(() => sortRows(filterRows(allRows, query), table.sort), [allRows, query, table.sort]);
  const { pageSize } = table;
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  // A delete, a narrower filter or an old link can leave the page past the end.
  const currentPage = Math.min(table.page, pageCount);
  const pageRows = rows.slice((currentPage - 1) * pageSize, currentPage * pageSize);
  const columns = sortColumns(shown, rolesLabel, table.sort, table.sortBy);

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

  return (
    <div className={styles.stack}>
      {banner}
      <div className={styles.toolbar}>
        <TextField
          label="Filter API keys"
          type="search"
          className={styles.filter}
          placeholder="Public key, description or role"
          ref={filterRef}
          value={table.filterText}
          onChange={(event) => table.setFilter(event.target.value)}
        />
        <p role="status" className={styles.count}>
          {query.trim() ? `${rows.length} of ${allRows.length} API keys match` : `${allRows.length} API keys`}
        </p>
      </div>
      {rows.length === 0 ? (
        <NoMatches
          query={query}
          onClear={() => {
            table.setFilter("");
            filterRef.current?.focus();
          }}
        />
      ) : (
        <>
          <Table caption={caption} columns={columns}>
            {pageRows.map((row) => (
              <KeyTableRow key={row.apiKey.id} row={row} columns={shown} actions={renderActions(row.apiKey)} />
            ))}
          </Table>
          {rows.length > PAGE_SIZES[0] ? (
            <TablePager
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
