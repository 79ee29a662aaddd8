// The access-list step of an edit wizard (API key, service account): the
// credential's entries, with the two things Atlas says about them: entries
// cannot be edited (remove one and add another), and the list applies to
// the credential everywhere it is used.
import { useRef, type FormEvent, type ReactNode } from "react";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { Callout } from "../../../components/ui/callout.tsx";
import { useRefocusWhenIdle } from "../../../lib/use-refocus-when-idle.ts";
import { AccessListEditor } from "./access-list-editor.tsx";
import { ChangeFailures } from "./change-failures.tsx";
import type { AccessListDraft } from "./use-access-list-draft.ts";
import type { ChangeFailure } from "./use-save-access-list.ts";
import styles from "../../../components/wizard/wizard.module.css";

export interface EditAccessListStepProps {
  draft: AccessListDraft;
  entries: readonly AccessListEntry[];
  /** The projects the credential is in; unknown (a project's page) is said without a number. */
  projectCount?: number;
  /** What the credential is called in the text: "key" (the default) or "account". */
  noun?: string;
  failures: readonly ChangeFailure[];
  onSave: (event: FormEvent<HTMLFormElement>) => void;
  backAction: ReactNode;
  tablePath: string;
}

function projectsPhrase(count: number | undefined): string {
  if (count === undefined) return "in this organization and in every project it belongs to";
  if (count === 0) return "in this organization, and in any project it is added to later";
  return `in this organization and in the ${count === 1 ? "project" : `${count} projects`} it belongs to`;
}

export function EditAccessListStep(props: EditAccessListStepProps) {
  const { draft, entries, projectCount, failures, onSave, backAction, tablePath, noun = "key" } = props;
  const { isSubmitting } = draft.form.formState;
  const saveRef = useRef<HTMLButtonElement>(null);
  useRefocusWhenIdle(saveRef, isSubmitting);
  return (
    <form className={styles.form} noValidate onSubmit={onSave} aria-label="API Access List">
      <Callout variant="warning" title={`Changing the access list affects every project of this ${noun}`}>
        The {noun} calls the API only from the addresses on this list {projectsPhrase(projectCount)}. Removing an entry
        can break scripts that use the {noun} from that address, in every one of those places.
      </Callout>
      <p className={styles.lead}>
        An entry cannot be edited: remove it and add the new address or block instead. Nothing changes until you Save.
      </p>
      <ChangeFailures failures={failures} />
      <AccessListEditor
        draft={draft}
        existing={entries}
        disabled={isSubmitting}
        noun={noun}
        emptyText={`This ${noun} has no access list entries. Unless the organization requires an IP access list, it can call the API from any address.`}
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
