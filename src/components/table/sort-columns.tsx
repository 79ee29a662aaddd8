// The header cells of the keys table: each shown column sorts by itself
// (its header is a button), then the unlabelled column of row menus; and
// the column of selection checkboxes before them where rows can be selected.
import type { TableColumn } from "../ui/table.tsx";
import type { SortColumn, SortState } from "./key-rows.ts";
import styles from "./keys-table.module.css";

const LABELS: Record<Exclude<SortColumn, "roles">, string> = {
  publicKey: "Public Key",
  desc: "Description",
  projects: "Projects",
  lastUsed: "Last Used",
  created: "Created",
};

export function sortColumns(
  shown: readonly SortColumn[],
  /** The roles column's header: "Organization Permissions" or "Project Permissions". */
  rolesLabel: string,
  sort: SortState,
  onSort: (column: SortColumn) => void,
): TableColumn[] {
  return [
    ...shown.map((column) => ({
      label: column === "roles" ? rolesLabel : LABELS[column],
      sort: {
        direction: sort.column === column ? sort.direction : ("none" as const),
        onSort: () => onSort(column),
      },
    })),
    { label: "Actions", hideLabel: true },
  ];
}

/** The first column where rows can be selected: its header selects every row matching the filters, on every page. */
export function selectionColumn(
  matchingIds: readonly string[],
  selection: { selected: ReadonlySet<string>; setAll: (ids: readonly string[], on: boolean) => void },
): TableColumn {
  const chosen = matchingIds.filter((id) => selection.selected.has(id)).length;
  const all = matchingIds.length > 0 && chosen === matchingIds.length;
  return {
    label: "Select",
    header: (
      <input
        type="checkbox"
        className={styles.checkbox}
        aria-label={`Select all ${matchingIds.length} matching API keys`}
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
