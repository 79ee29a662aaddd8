// A table's filter, sort and page, kept in the URL (see
// table-search-params.ts). Sorting and paging push a history entry, so Back
// steps back through them; typing in the filter replaces the entry, so Back
// does not replay every keystroke. Changing the filter or the sort starts
// again at page 1.
import { useEffect, useMemo, useRef, useState } from "react";
import { useLocation, useSearchParams } from "react-router";
import { NO_FILTERS, type TableFilters } from "./row-filters.ts";
import type { SortState } from "./column.ts";
import { readTableState, writeTableState, type TableState, type TableStateOptions } from "./table-search-params.ts";

export function useTableState<C extends string>(options: TableStateOptions<C>) {
  const [params, setParams] = useSearchParams();
  const state = readTableState(params, options);
  // A new object on every read: the rows are re-sorted only when its values change.
  const { column, direction } = state.sort;
  const sort = useMemo<SortState<C>>(() => ({ column, direction }), [column, direction]);
  const { usage, role, project } = state.filters;
  const filters = useMemo<TableFilters>(() => ({ usage, role, project }), [usage, role, project]);

  function change(changes: Partial<TableState<C>>, navigation?: { replace: true; state: unknown }) {
    setParams((current) => writeTableState(current, { ...readTableState(current, options), ...changes }, options), navigation);
  }

  const [filterText, setFilterText] = useFilterText<C>(state.filter, (text, mark, more) =>
    change({ filter: text, page: 1, ...more }, { replace: true, state: mark }),
  );

  return {
    /** What the filter field shows: ahead of the URL while the user types. */
    filterText,
    setFilter: (text: string) => setFilterText(text),
    filters,
    /** Text and selects at once: two writes in one tick would each start from the same URL. */
    clearFilters: () => setFilterText("", { filters: NO_FILTERS }),
    /** A filter chosen is a step Back can undo, as sorting is. */
    setFilters: (changes: Partial<TableFilters>) => change({ filters: { ...filters, ...changes }, page: 1 }),
    sort,
    sortBy(column: C) {
      const next =
        sort.column === column
          ? { column, direction: sort.direction === "ascending" ? ("descending" as const) : ("ascending" as const) }
          : { column, direction: options.firstDirection(column) };
      change({ sort: next, page: 1 });
    },
    page: state.page,
    setPage: (page: number) => change({ page }),
    pageSize: state.pageSize,
    setPageSize: (pageSize: number) => change({ pageSize, page: 1 }),
  };
}

/**
 * The filter field's text. It cannot be read straight from the URL: the
 * router applies a navigation in a transition, after the keystroke, and a
 * controlled field updated in a transition loses characters typed quickly.
 * So the text is kept here and each change is written to the URL, marked in
 * its history state. When the location changes, the URL wins unless the new
 * location is one of those writes arriving (Back, Forward and links bring the
 * field in line with the rows).
 */
function useFilterText<C extends string>(
  fromUrl: string,
  write: (text: string, state: FilterWrite, more?: Partial<TableState<C>>) => void,
): [string, (text: string, more?: Partial<TableState<C>>) => void] {
  const location = useLocation();
  const [text, setText] = useState(fromUrl);
  const ours = useRef(new Set<string>());
  const count = useRef(0);

  useEffect(() => {
    // A write seen once is settled: coming back to its entry later is Back.
    const mark = writeMark(location.state);
    if (mark !== null && ours.current.delete(mark)) return;
    setText(fromUrl);
    // Only a new location decides (fromUrl and its state are read with it).
  }, [location.key]);

  function change(next: string, more?: Partial<TableState<C>>) {
    const mark = `${LOAD}:${(count.current += 1)}`;
    ours.current.add(mark);
    setText(next);
    write(next, { filterWrite: mark }, more);
  }
  return [text, change];
}

/** History state of a location written by typing in the filter. */
interface FilterWrite {
  filterWrite: string;
}

// Marks stay unique across reloads, which keep history state.
const LOAD = Math.random().toString(36).slice(2, 8);

function writeMark(state: unknown): string | null {
  const mark = typeof state === "object" && state !== null ? (state as Partial<FilterWrite>).filterWrite : undefined;
  return typeof mark === "string" ? mark : null;
}
