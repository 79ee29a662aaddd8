// Edit API Key, step 2: the key's access list, with the two things Atlas
// says about it: entries cannot be edited (remove one and add another), and
// the list applies to the key everywhere it is used.
import { useRef, type FormEvent, type ReactNode } from "react";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { Callout } from "../../../components/ui/callout.tsx";
import { useRefocusWhenIdle } from "../../../lib/use-refocus-when-idle.ts";
import { AccessListEditor } from "../../access-list/components/access-list-editor.tsx";
import { ChangeFailures } from "../../access-list/components/change-failures.tsx";
import type { AccessListDraft } from "../../access-list/components/use-access-list-draft.ts";
import type { ChangeFailure } from "../../access-list/components/use-save-access-list.ts";
import styles from "../../../components/wizard/wizard.module.css";

export interface EditAccessListStepProps {
  draft: AccessListDraft;
  entries: readonly AccessListEntry[];
  projectCount: number;
  failures: readonly ChangeFailure[];
  onSave: (event: FormEvent<HTMLFormElement>) => void;
  backAction: ReactNode;
  tablePath: string;
}

function projectsPhrase(count: number): string {
  if (count === 0) return "in this organization, and in any project it is added to later";
  return `in this organization and in the ${count === 1 ? "project" : `${count} projects`} it belongs to`;
}

export function EditAccessListStep({ draft, entries, projectCount, failures, onSave, backAction, tablePath }: EditAccessListStepProps) {
  const { isSubmitting } = draft.form.formState;
  const saveRef = useRef<HTMLButtonElement>(null);
  useRefocusWhenIdle(saveRef, isSubmitting);
  return (
    <form className={styles.form} noValidate onSubmit={onSave} aria-label="API Access List">
      <Callout variant="warning" title="Changing the access list affects every project of this key">
        The key calls the API only from the addresses on this list {projectsPhrase(projectCount)}. Removing an entry
        can break scripts that use the key from that address, in every one of those places.
      </Callout>
      <p className={styles.lead}>
        An entry cannot be edited: remove it and add the new address or block instead. Nothing changes until you Save.
      </p>
      <ChangeFailures failures={failures} />
      <AccessListEditor
        draft={draft}
        existing={entries}
        disabled={isSubmitting}
        emptyText="This key has no access list entries. Unless the organization requires an IP access list, it can call the API from any address."
      />
      <div className={styles.actions}>
        <span className={styles.actionsStart}>{backAction}</span>
        <ButtonLink to={tablePath}>Cancel</ButtonLink>
        <Button ref={saveRef} type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
