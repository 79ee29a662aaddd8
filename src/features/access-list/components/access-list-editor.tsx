// The access list editor: the key's entries (remove), new entries typed or
// filled with "Use Current IP Address" (checked inline), and nothing sent
// until the page's Save. Shared by the organization key wizards and, later,
// the project pages; the page owns the state (useAccessListDraft).
import { useId, useRef, useState } from "react";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { LIMITS } from "../../../../contract/limits.ts";
import { Button } from "../../../components/ui/button.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { useFetchCallerIp } from "../api/caller-ip.ts";
import { ExistingEntries } from "./existing-entries.tsx";
import type { AccessListDraft } from "./use-access-list-draft.ts";
import styles from "./access-list-editor.module.css";

export interface AccessListEditorProps {
  draft: AccessListDraft;
  /** The entries the key has now. */
  existing: readonly AccessListEntry[];
  disabled?: boolean;
  /** Said when the key has no entries yet. */
  emptyText?: string;
  /** What the credential is called: "key" (the default) or "account". */
  noun?: string;
}

export function AccessListEditor({ draft, existing, disabled = false, emptyText, noun = "key" }: AccessListEditorProps) {
  const id = useId();
  const { form, fields } = draft;
  const { errors } = form.formState;
  const fetchCallerIp = useFetchCallerIp();
  const addRef = useRef<HTMLButtonElement>(null);
  const [lookup, setLookup] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const full = existing.length + fields.fields.length >= LIMITS.accessListEntriesPerKey;

  async function fillCurrentIp() {
    setLookup({ busy: true, error: null });
    try {
      const ip = await fetchCallerIp();
      const entries = form.getValues("entries");
      const last = entries.length - 1;
      if (last >= 0 && entries[last]?.address.trim() === "") {
        form.setValue(`entries.${last}.address`, ip, { shouldDirty: true, shouldValidate: true });
        form.setFocus(`entries.${last}.address`);
      } else {
        fields.append({ address: ip });
        void form.trigger(`entries.${entries.length}.address`);
      }
      setLookup({ busy: false, error: null });
    } catch (error) {
      setLookup({ busy: false, error: `Could not find your IP address. ${errorMessage(error)}` });
    }
  }

  function removeDraft(index: number) {
    fields.remove(index);
    // The row (and its button) is gone: keep focus in the editor.
    addRef.current?.focus();
  }

  return (
    <div className={styles.editor}>
      {existing.length > 0 ? (
        <ExistingEntries entries={existing} removals={draft.removals} onToggle={draft.toggleRemoval} disabled={disabled} noun={noun} />
      ) : fields.fields.length === 0 && emptyText ? (
        <p className={styles.empty}>{emptyText}</p>
      ) : null}

      {fields.fields.length > 0 ? (
        <div className={styles.drafts}>
          <p id={`${id}-hint`} className={styles.draftsLabel}>
            New entries <span className={styles.meta}>IP address (192.0.2.1) or CIDR block (192.0.2.0/24)</span>
          </p>
          <ul className={styles.entries} aria-label="New entries">
            {fields.fields.map((field, index) => {
              const error = errors.entries?.[index]?.address?.message;
              const errorId = `${id}-${field.id}-error`;
              return (
                <li key={field.id} className={styles.draft}>
                  <div className={styles.draftRow}>
                    <input
                      className={styles.input}
                      aria-label={`New entry ${index + 1}: IP address or CIDR block`}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : `${id}-hint`}
                      placeholder="192.0.2.1 or 192.0.2.0/24"
                      autoComplete="off"
                      spellCheck={false}
                      disabled={disabled}
                      {...form.register(`entries.${index}.address`)}
                    />
                    <Button onClick={() => removeDraft(index)} disabled={disabled} aria-label={`Remove new entry ${index + 1}`}>
                      Remove
                    </Button>
                  </div>
                  {/* Always in the layout, so a message appearing on blur moves nothing under the pointer. */}
                  <p id={errorId} className={styles.error}>
                    {error ?? ""}
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      <div className={styles.tools}>
        <Button ref={addRef} onClick={() => fields.append({ address: "" })} disabled={disabled || full}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <path d="M7 2.5v9M2.5 7h9" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          Add Access List Entry
        </Button>
        <Button onClick={() => void fillCurrentIp()} disabled={disabled || full || lookup.busy}>
          {lookup.busy ? "Finding your IP…" : "Use Current IP Address"}
        </Button>
      </div>
      {full ? <p className={styles.meta}>A {noun} can have at most {LIMITS.accessListEntriesPerKey} entries.</p> : null}
      {lookup.error ? (
        <p className={styles.error} role="alert">
          {lookup.error}
        </p>
      ) : null}
    </div>
  );
}
