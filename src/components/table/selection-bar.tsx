// Between the filters and the table: how many rows are selected, what can be
// done with them (the page's bulk actions), and Export of the rows that match
// the filters. The table loads its export code when first used.
import type { ReactNode } from "react";
import { Button } from "../ui/button.tsx";
import { shortNoun, type RowNoun } from "./row-noun.ts";
import styles from "./keys-table.module.css";

export type ExportFormat = "csv" | "json";

export interface SelectionBarProps {
  noun: RowNoun;
  /** null where rows cannot be selected. */
  selectedCount: number | null;
  onClear: () => void;
  actions: ReactNode;
  /** Undefined where the table offers no export. */
  onExport?: (format: ExportFormat) => void;
  /** No rows match: nothing to export. */
  nothingToExport: boolean;
}

export function SelectionBar({ noun, selectedCount, onClear, actions, onExport, nothingToExport }: SelectionBarProps) {
  return (
    <div className={styles.selectionBar}>
      {selectedCount !== null ? (
        <div className={styles.selected} role="group" aria-label={`Selected ${noun.many}`}>
          <p aria-live="polite" className={styles.selectedCount}>
            {selectedCount === 0 ? `No ${shortNoun(noun)} selected` : `${selectedCount} selected`}
          </p>
          {selectedCount > 0 ? (
            <>
              {actions}
              <Button onClick={onClear}>Clear selection</Button>
            </>
          ) : null}
        </div>
      ) : (
        <span />
      )}
      {onExport ? (
        <div className={styles.exports} role="group" aria-label={`Export the matching ${shortNoun(noun)}`}>
          <Button onClick={() => onExport("csv")} disabled={nothingToExport}>
            Export CSV
          </Button>
          <Button onClick={() => onExport("json")} disabled={nothingToExport}>
            Export JSON
          </Button>
        </div>
      ) : null}
    </div>
  );
}
