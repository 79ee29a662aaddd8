// Between the filters and the table: how many keys are selected, what can be
// done with them (the page's bulk actions), and Export of the rows that match
// the filters. The export code loads when first used.
import type { ReactNode } from "react";
import { Button } from "../ui/button.tsx";
import type { KeyRow } from "./key-rows.ts";
import styles from "./keys-table.module.css";

export interface SelectionBarProps {
  /** null where rows cannot be selected. */
  selectedCount: number | null;
  onClear: () => void;
  actions: ReactNode;
  exportRows: readonly KeyRow[];
}

export function SelectionBar({ selectedCount, onClear, actions, exportRows }: SelectionBarProps) {
  async function download(format: "csv" | "json") {
    const { downloadKeys } = await import("./export-keys.ts");
    downloadKeys(exportRows, format);
  }
  return (
    <div className={styles.selectionBar}>
      {selectedCount !== null ? (
        <div className={styles.selected} role="group" aria-label="Selected API keys">
          <p aria-live="polite" className={styles.selectedCount}>
            {selectedCount === 0 ? "No keys selected" : `${selectedCount} selected`}
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
      <div className={styles.exports} role="group" aria-label="Export the matching keys">
        <Button onClick={() => void download("csv")} disabled={exportRows.length === 0}>
          Export CSV
        </Button>
        <Button onClick={() => void download("json")} disabled={exportRows.length === 0}>
          Export JSON
        </Button>
      </div>
    </div>
  );
}
