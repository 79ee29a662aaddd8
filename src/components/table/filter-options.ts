// The choices of the Role and Project filters: what the keys of this table
// hold, by label, A to Z. Projects come by name; one the user cannot see is
// not offered by id (its keys still show "A project you cannot see").
import { roleLabel } from "../../../contract/role-catalog.ts";
import type { FilterOption } from "./key-filter-bar.tsx";
import type { KeyRow } from "./key-rows.ts";

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
const byLabel = (a: FilterOption, b: FilterOption) => collator.compare(a.label, b.label);

export function filterOptions(
  rows: readonly KeyRow[],
  groupNames: ReadonlyMap<string, string> | undefined,
): { roles: FilterOption[]; projects: FilterOption[] } {
  const roles = new Set(rows.flatMap((row) => row.roleNames));
  const projects = new Set(rows.flatMap((row) => row.projects.map((p) => p.groupId)));
  return {
    roles: [...roles].map((value) => ({ value, label: roleLabel(value) })).sort(byLabel),
    projects: [...projects]
      .flatMap((value) => {
        const label = groupNames?.get(value);
        return label === undefined ? [] : [{ value, label }];
      })
      .sort(byLabel),
  };
}
