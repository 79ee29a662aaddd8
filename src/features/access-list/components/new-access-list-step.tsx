// The last step of a create wizard (API key, service account): the new
// credential's API access list. Entries typed or filled with "Use Current IP
// Address" go in ONE request on Save; Done (Skip while there is nothing)
// returns to the table. The secret is already gone from memory here.
import { useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { Button } from "../../../components/ui/button.tsx";
import { useRefocusWhenIdle } from "../../../lib/use-refocus-when-idle.ts";
import { useAccessList, type AccessListOwner } from "../api/access-list.ts";
import { AccessListEditor } from "./access-list-editor.tsx";
import { ChangeFailures } from "./change-failures.tsx";
import { useAccessListDraft } from "./use-access-list-draft.ts";
import { useConfirmAnywhere } from "./use-confirm-anywhere.tsx";
import { useSaveAccessList, type ChangeFailure } from "./use-save-access-list.ts";
import styles from "../../../components/wizard/wizard.module.css";

const NO_ENTRIES: readonly AccessListEntry[] = [];

/** "no access list entries", "1 access list entry", …: for the table's toast on return. */
export function entriesPhrase(entries: number): string {
  return entries === 0 ? "no access list entries" : entries === 1 ? "1 access list entry" : `${entries} access list entries`;
}

export interface NewAccessListStepProps {
  owner: AccessListOwner;
  /** What the lead says may call: "this key". */
  subject: string;
  /** What the list says while it is empty. */
  emptyText: string;
  /** Done or Skip, given how many entries the list has. */
  onDone: (entries: number) => void;
}

export function NewAccessListStep({ owner, subject, emptyText, onDone }: NewAccessListStepProps) {
  const list = useAccessList(owner);
  const existing = list.data?.results ?? NO_ENTRIES;
  const draft = useAccessListDraft(existing);
  const save = useSaveAccessList(owner);
  const typed = useWatch({ control: draft.form.control, name: "entries" });
  const [failures, setFailures] = useState<ChangeFailure[]>([]);
  const [saved, setSaved] = useState(false);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const { isSubmitting } = draft.form.formState;
  const unsaved = typed.length > 0 || draft.removals.size > 0;

  // After a save the typed rows are gone, and focus with them: continue on Done.
  useRefocusWhenIdle(primaryRef, isSubmitting);

  const noun = owner.kind === "apiKey" ? "key" : "account";
  const anywhere = useConfirmAnywhere(noun);

  const submit = draft.form.handleSubmit(async (values) => {
    if (!(await anywhere.ask(values))) return;
    setSaved(false);
    const refused = await save(draft, values);
    setFailures(refused);
    setSaved(refused.length === 0);
  });

  return (
    <form className={styles.form} noValidate onSubmit={(event) => void submit(event)} aria-label="API Access List">
      <p className={styles.lead}>
        Add an API Access List Entry for each IP address or CIDR block {subject} may call the API from. Use Current IP
        Address adds the address Access Manager sees you calling from.
      </p>
      <ChangeFailures failures={failures} />
      <AccessListEditor
        draft={draft}
        existing={existing}
        disabled={isSubmitting}
        noun={noun}
        emptyText={emptyText}
      />
      <p role="status" className={styles.lead}>
        {saved && !unsaved ? "Access list saved." : ""}
      </p>
      <div className={styles.actions}>
        {/* One button that changes role (Save, then Done), so focus stays on it after a save. */}
        <Button
          ref={primaryRef}
          type={unsaved ? "submit" : "button"}
          variant="primary"
          disabled={isSubmitting}
          onClick={unsaved ? undefined : () => onDone(existing.length)}
        >
          {unsaved ? (isSubmitting ? "Saving…" : "Save") : existing.length > 0 ? "Done" : "Skip"}
        </Button>
      </div>
      {anywhere.dialog}
    </form>
  );
}
