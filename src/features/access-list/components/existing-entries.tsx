// The entries a key has now. An entry cannot be edited, only removed (and a
// new one added): Remove marks it, Save deletes it, Undo keeps it.
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { Button } from "../../../components/ui/button.tsx";
import { formatExact } from "../../../lib/format-date.ts";
import { entryName } from "../api/delete-access-list-entry.ts";
import styles from "./access-list-editor.module.css";

export interface ExistingEntriesProps {
  entries: readonly AccessListEntry[];
  /** Marked for removal, with the reason a previous removal was refused. */
  removals: ReadonlyMap<string, string | null>;
  onToggle: (block: string) => void;
  disabled?: boolean;
  /** "key" (the default) or "account": the list's name, "Entries on this key". */
  noun?: string;
}

/** "192.0.2.0/24" -> "256 addresses": what a block covers, at a glance. */
function blockSize(block: string): string {
  const [address = "", prefix = ""] = block.split("/");
  const bits = (address.includes(":") ? 128 : 32) - Number(prefix);
  if (bits === 0) return "1 address";
  return bits <= 24 ? `${(2 ** bits).toLocaleString()} addresses` : `2^${bits} addresses`;
}

export function ExistingEntries({ entries, removals, onToggle, disabled = false, noun = "key" }: ExistingEntriesProps) {
  return (
    <ul className={styles.entries} aria-label={`Entries on this ${noun}`}>
      {entries.map((entry) => {
        const name = entryName(entry);
        const marked = removals.has(entry.cidrBlock);
        const refused = removals.get(entry.cidrBlock);
        return (
          <li key={entry.cidrBlock} className={styles.entry} data-removed={marked ? "" : undefined}>
            <div className={styles.entryMain}>
              <span className={styles.address}>{marked ? <s>{name}</s> : name}</span>
              <span className={styles.meta}>
                {marked ? "Removed when you save" : `Added ${formatExact(entry.created)}`}
                {entry.ipAddress ? "" : ` · ${blockSize(entry.cidrBlock)}`}
              </span>
              {refused ? (
                <span className={styles.error} role="alert">
                  Not removed: {refused}
                </span>
              ) : null}
            </div>
            <Button onClick={() => onToggle(entry.cidrBlock)} disabled={disabled} aria-label={marked ? `Undo removal of ${name}` : `Remove ${name}`}>
              {marked ? "Undo" : "Remove"}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
