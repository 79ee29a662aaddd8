// A table that holds all its rows (an organization has at most 500 of a
// kind): fetched at once, then filtered, sorted and paged here as the URL
// says (use-table-state.ts), so Reload and Back show the rows the user left.
// Also the states a list is in before it has rows: loading (skeleton rows),
// failed (banner + Retry), empty. A resource's table gives its columns
// (column.ts), row actions and words; the rest is here.
import type { UseQueryResult } from "@tanstack/react-query";
import { Fragment, useDeferredValue, useMemo, useRef, type ReactNode } from "react";
import { LoadFailedBanner } from "../load-failed-banner.tsx";
import { TextField } from "../ui/text-field.tsx";
import { SkeletonRows, Table, type TableColumn } from "../ui/table.tsx";
import type { Column, SortState } from "./column.ts";
import { filterRows, sortRows } from "./local-rows.ts";
import { NoMatches } from "./no-matches.tsx";
import { PAGE_SIZES, TablePager } from "./table-pager.tsx";
import { useTableState } from "./use-table-state.ts";
import styles from "./keys-table.module.css";

export interface LocalTableProps<Row, C extends string> {
  query: UseQueryResult<{ results: Row[] }>;
  columns: readonly Column<Row, C>[];
  defaultSort: SortState<C>;
  rowId: (row: Row) => string;
  /** Names the table for screen readers. */
  caption: string;
  /** What the rows are, plural and lower case: "service accounts". */
  noun: string;
  /** The filter box's hint: what it looks at. */
  filterHint: string;
  /** What stands in for the table when there are no rows at all. */
  empty: ReactNode;
  renderActions: (row: Row) => ReactNode;
  /** The row just created or changed: marked for a moment. */
  highlightId?: string | null;
}

export function LocalTable<Row, C extends string>(props: LocalTableProps<Row, C>) {
  const { query: list, columns, rowId, caption, noun, empty, renderActions } = props;
  const columnIds = useMemo(() => columns.map((column) => column.id), [columns]);
  const firstDirection = (id: C) => columns.find((column) => column.id === id)?.firstDirection ?? "ascending";
  const table = useTableState({ columns: columnIds, defaultSort: props.defaultSort, firstDirection });
  const filterRef = useRef<HTMLInputElement>(null);
  // Typing stays responsive while 500 rows are re-filtered behind it.
  const text = useDeferredValue(table.filterText);

  const allRows = list.data?.results;
  const rows = useMemo(() => sortRows(filterRows(allRows ?? [], columns, text), columns, table.sort), [allRows, columns, text, table.sort]);
  const { pageSize } = table;
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  // A delete, a narrower filter or an old link can leave the page past the end.
  const currentPage = Math.min(table.page, pageCount);
  const pageRows = rows.slice((currentPage - 1) * pageSize, currentPage * pageSize);
  const headers: TableColumn[] = [
    ...columns.map((column) => ({
      label: column.label,
      sort: {
        direction: table.sort.column === column.id ? table.sort.direction : ("none" as const),
        onSort: () => table.sortBy(column.id),
      },
    })),
    { label: "Actions", hideLabel: true },
  ];
  const banner = list.isError ? <LoadFailedBanner title={`Could not load ${noun}`} query={list} /> : null;

  if (list.isPending) {
    return (
      <div className={styles.stack}>
        <p role="status" className="sr-only">
          Loading {noun}…
        </p>
        <Table caption={caption} columns={headers} busy>
          <SkeletonRows rows={5} columns={headers.length} />
        </Table>
      </div>
    );
  }
  // Failed with nothing to show: the banner alone (a failed refresh keeps its rows).
  if (!allRows) return banner;
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
          label={`Filter ${noun}`}
          type="search"
          className={styles.filter}
          placeholder={props.filterHint}
          ref={filterRef}
          value={table.filterText}
          onChange={(event) => table.setFilter(event.target.value)}
        />
        <p role="status" className={styles.count}>
          {text.trim() ? `${rows.length} of ${allRows.length} ${noun} match` : `${allRows.length} ${noun}`}
        </p>
      </div>
      {rows.length === 0 ? (
        <NoMatches
          noun={noun}
          help={`The filter looks at ${props.filterHint.toLocaleLowerCase()}.`}
          query={text}
          filtered={false}
          onClear={() => {
            table.setFilter("");
            filterRef.current?.focus();
          }}
        />
      ) : (
        <>
          <Table caption={caption} columns={headers}>
            {pageRows.map((row) => {
              const id = rowId(row);
              const highlighted = id === props.highlightId;
              return (
                <tr key={id} className={highlighted ? styles.highlighted : undefined} data-row={id} data-highlighted={highlighted ? "" : undefined}>
                  {columns.map((column) => (
                    <Fragment key={column.id}>{column.cell(row)}</Fragment>
                  ))}
                  <td className={styles.actions} data-cell="actions">
                    {renderActions(row)}
                  </td>
                </tr>
              );
            })}
          </Table>
          {rows.length > PAGE_SIZES[0] ? (
            <TablePager
              label={`Pages of ${noun}`}
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
