// Create API Key, step 3: the new key's API access list (the shared step),
// back to the table with a toast and the new row marked; or, for a Project
// Owner who may not change it, why not.
import { useNavigate } from "react-router";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { Callout } from "../../../components/ui/callout.tsx";
import styles from "../../../components/wizard/wizard.module.css";
import type { NoticeState } from "../../../lib/route-state.ts";
import { entriesPhrase, NewAccessListStep } from "../../access-list/components/new-access-list-step.tsx";

/** The table's toast on return, and the new key's row marked. */
function createdNotice(keyId: string, entries: number): NoticeState {
  return { notice: `API key created, with ${entriesPhrase(entries)}.`, highlight: keyId };
}

export function NewKeyAccessListStep({ orgId, apiUserId, tablePath }: { orgId: string; apiUserId: string; tablePath: string }) {
  const navigate = useNavigate();
  return (
    <NewAccessListStep
      owner={{ kind: "apiKey", orgId, id: apiUserId }}
      subject="this key"
      emptyText="No entries yet. Unless the organization requires an IP access list, the key can call the API from any address."
      onDone={(entries) => void navigate(tablePath, { state: createdNotice(apiUserId, entries) })}
    />
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
