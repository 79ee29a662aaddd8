// Create API Key, step 3, for the key the URL names (?key=<id>): its access
// list, or, for someone who may not change access lists, why not.
// Reached by a reload, Back/Forward or a link rather than through step 2,
// the key is loaded first: to know it still exists, to say which key it is,
// and to say that its private key cannot be shown again.
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { Notice } from "../../../components/ui/notice.tsx";
import { Callout } from "../../../components/ui/callout.tsx";
import { ApiError } from "../../../lib/api-error.ts";
import { useOrgApiKey } from "../api/org-api-key.ts";
import { AccessListNeedsOrgOwner, NewKeyAccessListStep } from "./new-key-access-list-step.tsx";

export interface CreatedKeyStepProps {
  orgId: string;
  keyId: string;
  tablePath: string;
  canEditAccessList: boolean;
  /** The key's public key when this page showed its private key; null when restored from the URL. */
  publicKey: string | null;
}

export function CreatedKeyStep({ orgId, keyId, tablePath, canEditAccessList, publicKey }: CreatedKeyStepProps) {
  if (!canEditAccessList) return <AccessListNeedsOrgOwner keyId={keyId} publicKey={publicKey} tablePath={tablePath} />;
  if (publicKey !== null) return <NewKeyAccessListStep orgId={orgId} apiUserId={keyId} publicKey={publicKey} tablePath={tablePath} />;
  return <RestoredKeyStep orgId={orgId} keyId={keyId} tablePath={tablePath} />;
}

function RestoredKeyStep({ orgId, keyId, tablePath }: { orgId: string; keyId: string; tablePath: string }) {
  const key = useOrgApiKey(orgId, keyId);
  if (key.data) {
    return (
      <>
        <Callout title={`API key ${key.data.publicKey}`}>
          You are adding the access list of this new key. Its private key was shown only once, when the key was created,
          and cannot be shown again: if you did not copy it, delete this key and create a new one.
        </Callout>
        <NewKeyAccessListStep orgId={orgId} apiUserId={keyId} publicKey={key.data.publicKey} tablePath={tablePath} />
      </>
    );
  }
  if (key.error instanceof ApiError && key.error.status === 404) {
    return <Notice>This API key no longer exists. It may have been deleted.</Notice>;
  }
  if (key.isError) return <LoadFailedBanner title="Could not load this API key" query={key} />;
  return <p role="status">Loading API key…</p>;
}
