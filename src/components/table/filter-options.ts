// The choices of the Role and Project filters: what the rows of this table
// hold, by label, A to Z. Projects come by name; one the user cannot see is
// not offered by id (its rows still show "A project you cannot see").
import { roleLabel } from "../../../contract/role-catalog.ts";
import { collator } from "./column.ts";
import type { FilterOption } from "./filter-bar.tsx";

const byLabel = (a: FilterOption, b: FilterOption) => collator.compare(a.label, b.label);

export function roleOptions(roleNames: Iterable<string>): FilterOption[] {
  return [...new Set(roleNames)].map((value) => ({ value, label: roleLabel(value) })).sort(byLabel);
}

export function projectOptions(groupIds: Iterable<string>, groupNames: ReadonlyMap<string, string> | undefined): FilterOption[] {
  return [...new Set(groupIds)]
    .flatMap((value) => {
      const label = groupNames?.get(value);
      return label === undefined ? [] : [{ value, label }];
    })
    .sort(byLabel);
}
