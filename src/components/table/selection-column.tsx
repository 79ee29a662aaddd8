// Where rows can be selected, the table's first column: its header selects
// every row matching the filters, on every page (a mixed state when some are).
import type { TableColumn } from "../ui/table.tsx";
import type { RowNoun } from "./row-noun.ts";
import styles from "./keys-table.module.css";

/** The first column where rows can be selected: its header selects every row matching the filters, on every page. */
export function selectionColumn(
  matchingIds: readonly string[],
  selection: { selected: ReadonlySet<string>; setAll: (ids: readonly string[], on: boolean) => void },
  noun: RowNoun,
): TableColumn {
  const chosen = matchingIds.filter((id) => selection.selected.has(id)).length;
  const all = matchingIds.length > 0 && chosen === matchingIds.length;
  return {
    label: "Select",
    header: (
      <input
        type="checkbox"
        className={styles.checkbox}
        aria-label={`Select all ${matchingIds.length} matching ${matchingIds.length === 1 ? noun.one : noun.many}`}
        checked={all}
        // Some but not all: the mixed state, which a click turns into all.
        ref={(input) => {
          if (input) input.indeterminate = chosen > 0 && !all;
        }}
        onChange={() => selection.setAll(matchingIds, !all)}
      />
    ),
  };
}
