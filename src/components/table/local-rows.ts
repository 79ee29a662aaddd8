// The filter and sort of a LocalTable's rows over its column definitions.
// Pure functions: 500 rows are filtered and sorted on every keystroke.
import type { Column, SortState } from "./column.ts";

/** Case-insensitive match on what each column gives the filter. */
export function filterRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], query: string): readonly Row[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return rows;
  return rows.filter((row) =>
    columns.some((column) => column.filterText?.(row).some((text) => text.toLocaleLowerCase().includes(needle))),
  );
}

/**
 * Sorted by the chosen column; ties go by `tieBreak`, else by the columns in
 * their order, so the same rows always come out the same way.
 */
export function sortRows<Row, C extends string>(
  rows: readonly Row[],
  columns: readonly Column<Row, C>[],
  sort: SortState<C>,
  tieBreak?: (a: Row, b: Row) => number,
): Row[] {
  const chosen = columns.find((column) => column.id === sort.column);
  const sign = sort.direction === "ascending" ? 1 : -1;
  const tie = tieBreak ?? ((a: Row, b: Row) => columns.reduce((result, column) => result || column.compare(a, b), 0));
  return [...rows].sort((a, b) => (chosen ? sign * chosen.compare(a, b) : 0) || tie(a, b));
}
