// Which rows of a table are selected, by row id. Kept in the page, not
// the URL: a selection is a moment's work, not a place to link to. Ids that
// are no longer in the list (deleted, removed) drop out by themselves.
import { useMemo, useState } from "react";

export function useRowSelection(presentIds: readonly string[]) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const selected = useMemo(() => {
    const present = new Set(presentIds);
    return new Set([...chosen].filter((id) => present.has(id)));
  }, [chosen, presentIds]);

  return {
    selected,
    toggle(id: string, on: boolean) {
      setChosen((current) => {
        const next = new Set(current);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      });
    },
    /** Every id given (the rows matching the filters, on every page), or none of them. */
    setAll(ids: readonly string[], on: boolean) {
      setChosen((current) => {
        const next = new Set(current);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      });
    },
  };
}

export type RowSelection = ReturnType<typeof useRowSelection>;
