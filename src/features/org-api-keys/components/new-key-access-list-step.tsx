// Create API Key, step 3: the new key's API access list. Entries typed or
// filled with "Use Current IP Address" go in ONE request on Save; Done (Skip
// while there is nothing) returns to the table. The private key is already
// gone from memory here.
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useNavigate } from "react-router";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { Button } from "../../../components/ui/button.tsx";
import { useAccessList } from "../../access-list/api/access-list.ts";
import { AccessListEditor } from "../../access-list/components/access-list-editor.tsx";
import { ChangeFailures } from "../../access-list/components/change-failures.tsx";
import { useAccessListDraft } from "../../access-list/components/use-access-list-draft.ts";
import { useSaveAccessList, type ChangeFailure } from "../../access-list/components/use-save-access-list.ts";
import styles from "./key-wizard.module.css";

const NO_ENTRIES: readonly AccessListEntry[] = [];

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
  const { isSubmitting } = draft.form.formState;
  const unsaved = typed.length > 0 || draft.removals.size > 0;

  const submit = draft.form.handleSubmit(async (values) => {
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
          type={unsaved ? "submit" : "button"}
          variant="primary"
          disabled={isSubmitting}
          onClick={unsaved ? undefined : () => void navigate(tablePath)}
        >
          {unsaved ? (isSubmitting ? "Saving…" : "Save") : existing.length > 0 ? "Done" : "Skip"}
        </Button>
      </div>
    </form>
  );
}
