// A column of a table that holds all its rows (LocalTable): its header, its
// cell, how it sorts and what of it the filter box reads. A resource's table
// is a list of these; sorting, filtering and paging are the engine's.
import type { ReactNode } from "react";

export type SortDirection = "ascending" | "descending";
export interface SortState<C extends string = string> {
  column: C;
  direction: SortDirection;
}

export interface Column<Row, C extends string = string> {
  /** Names the column in the URL (?sort=<id>). */
  id: C;
  label: string;
  /** The whole <td>, so a column sets its own class and card label (data-label). */
  cell: (row: Row) => ReactNode;
  compare: (a: Row, b: Row) => number;
  /** What the filter box matches in this column; nothing when it has no say. */
  filterText?: (row: Row) => readonly string[];
  /** The order it sorts in when first chosen (dates newest first): ascending unless said. */
  firstDirection?: SortDirection;
}

export const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** A date for sorting: missing ("Never") sorts as the oldest. */
export function sortTime(iso: string | null | undefined): number {
  const value = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}

/** Compares two dates, missing ones oldest. */
export function compareTimes(a: string | null | undefined, b: string | null | undefined): number {
  return sortTime(a) - sortTime(b) || 0;
}
