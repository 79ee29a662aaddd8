// Create API Key, step 3: the new key's API access list. Entries typed or
// filled with "Use Current IP Address" go in ONE request on Save; Done (Skip
// while there is nothing) returns to the table. The private key is already
// gone from memory here.
import { useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { useNavigate } from "react-router";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { Callout } from "../../../components/ui/callout.tsx";
import type { NoticeState } from "../../../lib/route-state.ts";
import { useRefocusWhenIdle } from "../../../lib/use-refocus-when-idle.ts";
import { useAccessList } from "../../access-list/api/access-list.ts";
import { AccessListEditor } from "../../access-list/components/access-list-editor.tsx";
import { ChangeFailures } from "../../access-list/components/change-failures.tsx";
import { useAccessListDraft } from "../../access-list/components/use-access-list-draft.ts";
import { useConfirmAnywhere } from "../../access-list/components/use-confirm-anywhere.tsx";
import { useSaveAccessList, type ChangeFailure } from "../../access-list/components/use-save-access-list.ts";
import styles from "./key-wizard.module.css";

const NO_ENTRIES: readonly AccessListEntry[] = [];

/** The table's toast on return, and the new key's row marked. */
function createdNotice(keyId: string, entries: number): NoticeState {
  const access = entries === 0 ? "no access list entries" : entries === 1 ? "1 access list entry" : `${entries} access list entries`;
  return { notice: `API key created, with ${access}.`, highlight: keyId };
}

export function NewKeyAccessListStep({ orgId, apiUserId, tablePath }: { orgId: string; apiUserId: string; tablePath: string }) {
  const navigate = useNavigate();
  const scope = { orgId, apiUserId };
  const list = useAccessList(scope);
  const existing = list.data?.results ?? NO_ENTRIES;
  const draft = useAccessListDraft(existing);
  const save = useSaveAccessList(scope);
  const typed = useWatch({ control: draft.form.control, name: "entries" });
  const [failures, setFailures] = useState<ChangeFailure[]>([]);
  const [saved, setSaved] = useState(false);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const { isSubmitting } = draft.form.formState;
  const unsaved = typed.length > 0 || draft.removals.size > 0;

  // After a save the typed rows are gone, and focus with them: continue on Done.
  useRefocusWhenIdle(primaryRef, isSubmitting);

  const anywhere = useConfirmAnywhere();

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
        Add an API Access List Entry for each IP address or CIDR block this key may call the API from. Use Current IP
        Address adds the address Access Manager sees you calling from.
      </p>
      <ChangeFailures failures={failures} />
      <AccessListEditor
        draft={draft}
        existing={existing}
        disabled={isSubmitting}
        emptyText="No entries yet. Unless the organization requires an IP access list, the key can call the API from any address."
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
          onClick={unsaved ? undefined : () => void navigate(tablePath, { state: createdNotice(apiUserId, existing.length) })}
        >
          {unsaved ? (isSubmitting ? "Saving…" : "Save") : existing.length > 0 ? "Done" : "Skip"}
        </Button>
      </div>
      {anywhere.dialog}
    </form>
  );
}

/**
 * Step 3 for a Project Owner who is not an Organization Owner: the server lets
 * only Organization Owners change a key's access list, so say so rather than
 * offer a form that would be refused.
 */
export function AccessListNeedsOrgOwner({ keyId, tablePath }: { keyId: string; tablePath: string }) {
  return (
    <div className={styles.form}>
      <Callout title="An Organization Owner adds the access list">
        A key&apos;s API access list belongs to the organization, and only an Organization Owner can change it. Until one
        adds entries, the key can call the API from any address, unless the organization requires an access list.
      </Callout>
      <div className={styles.actions}>
        <ButtonLink to={tablePath} state={createdNotice(keyId, 0)} variant="primary">
          Done
        </ButtonLink>
      </div>
    </div>
  );
}
