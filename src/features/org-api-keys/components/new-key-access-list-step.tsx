// Create API Key, step 3: the new key's API access list (the shared step),
// back to the table with a toast and the new row marked; or, for a Project
// Owner who may not change it, why not.
import { useNavigate } from "react-router";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { Callout } from "../../../components/ui/callout.tsx";
import styles from "../../../components/wizard/wizard.module.css";
import type { NoticeState } from "../../../lib/route-state.ts";
import { entriesPhrase, NewAccessListStep } from "../../access-list/components/new-access-list-step.tsx";

/** The table's toast on return, naming the key when this page knows it, and the new key's row marked. */
function createdNotice(keyId: string, publicKey: string | null, entries: number): NoticeState {
  const key = publicKey === null ? "API key" : `API key ${publicKey}`;
  return { notice: `${key} created, with ${entriesPhrase(entries)}.`, highlight: keyId };
}

interface StepProps {
  orgId: string;
  apiUserId: string;
  publicKey: string;
  tablePath: string;
}

export function NewKeyAccessListStep({ orgId, apiUserId, publicKey, tablePath }: StepProps) {
  const navigate = useNavigate();
  return (
    <NewAccessListStep
      owner={{ kind: "apiKey", orgId, id: apiUserId }}
      subject="this key"
      emptyText="No entries yet. Unless the organization requires an IP access list, the key can call the API from any address."
      onDone={(entries) => void navigate(tablePath, { state: createdNotice(apiUserId, publicKey, entries) })}
    />
  );
}

/**
 * Step 3 for a Project Owner who is not an Organization Owner: the server lets
 * only Organization Owners change a key's access list, so say so rather than
 * offer a form that would be refused.
 */
export function AccessListNeedsOrgOwner({ keyId, publicKey, tablePath }: { keyId: string; publicKey: string | null; tablePath: string }) {
  return (
    <div className={styles.form}>
      <Callout title="An Organization Owner adds the access list">
        A key&apos;s API access list belongs to the organization, and only an Organization Owner can change it. Until one
        adds entries, the key can call the API from any address, unless the organization requires an access list.
      </Callout>
      <div className={styles.actions}>
        <ButtonLink to={tablePath} state={createdNotice(keyId, publicKey, 0)} variant="primary">
          Done
        </ButtonLink>
      </div>
    </div>
  );
}
