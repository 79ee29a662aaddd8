// A table's filter, sort, page and page size, read from and written to
// the URL's query string (DESIGN.md: URLs are state), so that Reload, Back
// from Edit or from the details modal, and a shared link all show the same
// rows: ?q=billing&sort=desc&dir=descending&page=2&size=50, and the stale-credential
// filters: &usage=never&role=ORG_OWNER&project=<groupId>.
// A value at its default is left out of the URL, so the plain table keeps its
// plain address; a value that makes no sense (a column this table does not
// have, page "x", a page size the pager does not offer) is ignored, not an
// error: the URL is typed by people and kept in bookmarks.
import { isUsageFilter, type TableFilters } from "./row-filters.ts";
import type { SortDirection, SortState } from "./column.ts";
import { PAGE_SIZES } from "./table-pager.tsx";

export interface TableState<C extends string = string> {
  /** As typed: the filter trims it, the field must not. */
  filter: string;
  filters: TableFilters;
  sort: SortState<C>;
  /** 1-based; may be past the last page (the table shows the last one). */
  page: number;
  pageSize: number;
}

export interface TableStateOptions<C extends string = string> {
  /** The columns this table sorts by; a sort param naming another is ignored. */
  columns: readonly C[];
  defaultSort: SortState<C>;
  /** The order a column sorts in when first chosen (dates newest first). */
  firstDirection: (column: C) => SortDirection;
}

const PARAM = {
  filter: "q",
  usage: "usage",
  role: "role",
  project: "project",
  column: "sort",
  direction: "dir",
  page: "page",
  pageSize: "size",
} as const;
const TABLE_PARAMS: readonly string[] = Object.values(PARAM);
const DEFAULT_PAGE_SIZE: number = PAGE_SIZES[0];

/** The direction a column sorts in unless the URL says otherwise. */
function usualDirection<C extends string>(column: C, options: TableStateOptions<C>): SortDirection {
  return column === options.defaultSort.column ? options.defaultSort.direction : options.firstDirection(column);
}

function positiveInteger(value: string | null): number | null {
  return value !== null && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

export function readTableState<C extends string>(params: URLSearchParams, options: TableStateOptions<C>): TableState<C> {
  const named = params.get(PARAM.column) as C | null;
  const column = named !== null && options.columns.includes(named) ? named : options.defaultSort.column;
  const direction = params.get(PARAM.direction);
  const size = positiveInteger(params.get(PARAM.pageSize));
  return {
    filter: params.get(PARAM.filter) ?? "",
    filters: {
      usage: isUsageFilter(params.get(PARAM.usage)) ? (params.get(PARAM.usage) as TableFilters["usage"]) : null,
      // Any role or project may be named: one this table has none of matches no rows, and says so.
      role: params.get(PARAM.role) || null,
      project: params.get(PARAM.project) || null,
    },
    sort: {
      column,
      direction: direction === "ascending" || direction === "descending" ? direction : usualDirection(column, options),
    },
    page: positiveInteger(params.get(PARAM.page)) ?? 1,
    pageSize: size !== null && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/**
 * `params` with the table's state in it: defaults left out, the rest in a
 * fixed order (one state, one address), after any params of others.
 */
export function writeTableState<C extends string>(
  params: URLSearchParams,
  state: TableState<C>,
  options: TableStateOptions<C>,
): URLSearchParams {
  const next = new URLSearchParams([...params].filter(([name]) => !TABLE_PARAMS.includes(name)));
  const add = (name: string, value: string | number, fallback: string | number) => {
    if (value !== fallback) next.append(name, String(value));
  };
  add(PARAM.filter, state.filter, "");
  add(PARAM.usage, state.filters.usage ?? "", "");
  add(PARAM.role, state.filters.role ?? "", "");
  add(PARAM.project, state.filters.project ?? "", "");
  add(PARAM.column, state.sort.column, options.defaultSort.column);
  add(PARAM.direction, state.sort.direction, usualDirection(state.sort.column, options));
  add(PARAM.page, state.page, 1);
  add(PARAM.pageSize, state.pageSize, DEFAULT_PAGE_SIZE);
  return next;
}

/** The project the table is filtered on, for a table that must fetch who is in it. */
export function projectFilterOf(params: URLSearchParams): string | null {
  return params.get(PARAM.project) || null;
}
