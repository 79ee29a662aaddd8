// A table that holds all its rows (an organization has at most 500 of a
// kind): fetched at once, then filtered, sorted and paged here as the URL
// says (use-table-state.ts), so Reload and Back show the rows the user left.
// Also the states a list is in before it has rows: loading (skeleton rows),
// failed (banner + Retry), empty. A resource's table gives its columns
// (column.ts), row actions and words; where it gives them, the stale filters
// (usage, role, project), bulk actions on selected rows (one by one, or all
// that match the filters) and export of the matching rows. The rest is here.
import type { UseQueryResult } from "@tanstack/react-query";
import { Fragment, useDeferredValue, useMemo, useRef, type ReactNode } from "react";
import { LoadFailedBanner } from "../load-failed-banner.tsx";
import { SkeletonRows, Table, type TableColumn } from "../ui/table.tsx";
import type { Column, SortState } from "./column.ts";
import { FilterBar, type FilterOption } from "./filter-bar.tsx";
import { roleOptions } from "./filter-options.ts";
import { filterRows, sortRows } from "./local-rows.ts";
import { LocalTableRow } from "./local-table-row.tsx";
import { NoMatches } from "./no-matches.tsx";
import { applyFilters, hasFilters, NO_FILTERS, type FilterFacts } from "./row-filters.ts";
import { matchCount, type RowNoun } from "./row-noun.ts";
import { SelectionBar, type ExportFormat } from "./selection-bar.tsx";
import { selectionColumn } from "./selection-column.tsx";
import { PAGE_SIZES, TablePager } from "./table-pager.tsx";
import { useRowSelection } from "./use-row-selection.ts";
import { useTableState } from "./use-table-state.ts";
import styles from "./keys-table.module.css";

export interface StaleFilters<Row> {
  /** What the usage, role and project filters read of a row. */
  facts: (row: Row) => FilterFacts;
  /** When the list was read: what "not used in 30 days" is measured against. */
  now: number;
  /** The Project filter's choices; undefined where there is none (a project's own table). */
  projects?: readonly FilterOption[];
}

export interface BulkActions<Row> {
  /** What a row's checkbox says after "Select": its public key, its name. */
  rowLabel: (row: Row) => string;
  /** The buttons for the selected rows (Delete, Remove from Project). */
  render: (selected: readonly Row[]) => ReactNode;
}

export interface LocalTableProps<Row, C extends string> {
  /** The list's request: loading and failed. */
  query: UseQueryResult<unknown>;
  /** Its rows, once it has them. */
  rows: readonly Row[] | undefined;
  columns: readonly Column<Row, C>[];
  defaultSort: SortState<C>;
  rowId: (row: Row) => string;
  /** Ties in the sorted column; the columns in their order unless given. */
  tieBreak?: (a: Row, b: Row) => number;
  /** Names the table for screen readers. */
  caption: string;
  noun: RowNoun;
  /** The filter box's hint: what it looks at. */
  filterHint: string;
  /** What the filters look at, said when nothing matches. */
  filterHelp: string;
  /** What stands in for the table when there are no rows at all. */
  empty: ReactNode;
  renderActions: (row: Row) => ReactNode;
  /** The row just created or changed: marked for a moment. */
  highlightId?: string | null;
  staleFilters?: StaleFilters<Row>;
  /** A filter still waits for what it reads (a project's members): skeleton rows, not "no matches". */
  filtering?: boolean;
  /** Without them, rows have no checkboxes. */
  bulk?: BulkActions<Row>;
  /** Export of the rows matching the filters; without it, no Export buttons. */
  onExport?: (rows: readonly Row[], format: ExportFormat) => void;
}

export function LocalTable<Row, C extends string>(props: LocalTableProps<Row, C>) {
  const { query: list, rows: allRows, columns, rowId, caption, noun, empty, renderActions, staleFilters, bulk, onExport } = props;
  const columnIds = useMemo(() => columns.map((column) => column.id), [columns]);
  const firstDirection = (id: C) => columns.find((column) => column.id === id)?.firstDirection ?? "ascending";
  const table = useTableState({ columns: columnIds, defaultSort: props.defaultSort, firstDirection });
  const filterRef = useRef<HTMLInputElement>(null);
  // Typing stays responsive while 500 rows are re-filtered behind it.
  const text = useDeferredValue(table.filterText);
  const filters = staleFilters ? table.filters : NO_FILTERS;

  const rows = useMemo(() => {
    const matching = filterRows(allRows ?? [], columns, text);
    const kept = staleFilters ? applyFilters(matching, filters, staleFilters.now, staleFilters.facts) : matching;
    return sortRows(kept, columns, table.sort, props.tieBreak);
  }, [allRows, columns, text, staleFilters, filters, table.sort, props.tieBreak]);
  const rowIds = useMemo(() => rows.map(rowId), [rows, rowId]);
  const allIds = useMemo(() => (allRows ?? []).map(rowId), [allRows, rowId]);
  const selection = useRowSelection(allIds);
  const roles = useMemo(() => (staleFilters ? roleOptions((allRows ?? []).flatMap((row) => staleFilters.facts(row).roleNames)) : []), [allRows, staleFilters]);

  const { pageSize } = table;
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  // A delete, a narrower filter or an old link can leave the page past the end.
  const currentPage = Math.min(table.page, pageCount);
  const pageRows = rows.slice((currentPage - 1) * pageSize, currentPage * pageSize);
  const headers: TableColumn[] = [
    ...(bulk ? [selectionColumn(rowIds, selection, noun)] : []),
    ...columns.map((column) => ({
      label: column.label,
      sort: {
        direction: table.sort.column === column.id ? table.sort.direction : ("none" as const),
        onSort: () => table.sortBy(column.id),
      },
    })),
    { label: "Actions", hideLabel: true },
  ];
  const banner = list.isError ? <LoadFailedBanner title={`Could not load ${noun.many}`} query={list} /> : null;

  if (list.isPending) {
    return (
      <div className={styles.stack}>
        <p role="status" className="sr-only">
          Loading {noun.many}…
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

  const filtered = hasFilters(filters);
  const selectedRows = bulk ? allRows.filter((row) => selection.selected.has(rowId(row))) : [];
  return (
    <div className={styles.stack}>
      {banner}
      <FilterBar
        label={`Filter ${noun.many}`}
        placeholder={props.filterHint}
        text={table.filterText}
        onText={table.setFilter}
        textRef={filterRef}
        filters={staleFilters ? filters : undefined}
        onFilters={table.setFilters}
        roles={roles}
        projects={staleFilters?.projects}
        count={props.filtering ? "Filtering…" : matchCount(rows.length, allRows.length, text.trim() !== "" || filtered, noun)}
      />
      {bulk || onExport ? (
        <SelectionBar
          noun={noun}
          selectedCount={bulk ? selection.selected.size : null}
          onClear={() => selection.setAll(allIds, false)}
          actions={bulk && selectedRows.length > 0 ? bulk.render(selectedRows) : null}
          onExport={onExport ? (format) => onExport(rows, format) : undefined}
          nothingToExport={rows.length === 0}
        />
      ) : null}
      {props.filtering ? (
        <Table caption={caption} columns={headers} busy>
          <SkeletonRows rows={Math.min(allRows.length, 5)} columns={headers.length} />
        </Table>
      ) : rows.length === 0 ? (
        <NoMatches
          noun={noun.many}
          help={props.filterHelp}
          query={text}
          filtered={filtered}
          onClear={() => {
            table.clearFilters();
            filterRef.current?.focus();
          }}
        />
      ) : (
        <>
          <Table caption={caption} columns={headers}>
            {pageRows.map((row) => {
              const id = rowId(row);
              return (
                <LocalTableRow
                  key={id}
                  id={id}
                  cells={columns.map((column) => (
                    <Fragment key={column.id}>{column.cell(row)}</Fragment>
                  ))}
                  actions={renderActions(row)}
                  highlighted={id === props.highlightId}
                  selection={
                    bulk ? { label: bulk.rowLabel(row), selected: selection.selected.has(id), onToggle: (on) => selection.toggle(id, on) } : undefined
                  }
                />
              );
            })}
          </Table>
          {rows.length > PAGE_SIZES[0] ? (
            <TablePager
              label={`Pages of ${noun.many}`}
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
