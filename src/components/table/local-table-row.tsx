// One row of a LocalTable: its selection checkbox (where the table has bulk
// actions), the cells its columns give, then its "…" menu. Marked for a
// moment when it was just created or changed.
import type { ReactNode } from "react";
import styles from "./keys-table.module.css";

export interface LocalTableRowProps {
  id: string;
  cells: ReactNode;
  actions: ReactNode;
  highlighted: boolean;
  /** Present where rows can be selected; `label` names the row after "Select". */
  selection?: { label: string; selected: boolean; onToggle: (on: boolean) => void };
}

export function LocalTableRow({ id, cells, actions, highlighted, selection }: LocalTableRowProps) {
  return (
    <tr className={highlighted ? styles.highlighted : undefined} data-row={id} data-highlighted={highlighted ? "" : undefined}>
      {selection ? (
        <td className={styles.selectCell} data-cell="select">
          <input
            type="checkbox"
            className={styles.checkbox}
            aria-label={`Select ${selection.label}`}
            checked={selection.selected}
            onChange={(event) => selection.onToggle(event.target.checked)}
          />
        </td>
      ) : null}
      {cells}
      <td className={styles.actions} data-cell="actions">
        {actions}
      </td>
    </tr>
  );
}
