// The header cells of the keys table: each shown column sorts by itself
// (its header is a button), then the unlabelled column of row menus.
import type { TableColumn } from "../ui/table.tsx";
import type { SortColumn, SortState } from "./key-rows.ts";

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
