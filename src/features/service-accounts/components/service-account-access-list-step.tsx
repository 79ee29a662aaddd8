// Create Service Account, step 3: the new account's API access list (the
// shared step), then back to the table with a toast and the new row marked.
import { useNavigate } from "react-router";
import { entriesPhrase, NewAccessListStep } from "../../access-list/components/new-access-list-step.tsx";
import { accessListOwnerOf, type ServiceAccountScope } from "../api/service-account-types.ts";

export function ServiceAccountAccessListStep({ scope, clientId, tablePath }: { scope: ServiceAccountScope; clientId: string; tablePath: string }) {
  const navigate = useNavigate();
  return (
    <NewAccessListStep
      owner={accessListOwnerOf(scope, clientId)}
      subject="this account"
      emptyText="No entries yet. Unless the organization requires an IP access list, the account's tokens work from any address."
      onDone={(entries) =>
        void navigate(tablePath, { state: { notice: `Service account created, with ${entriesPhrase(entries)}.`, highlight: clientId } })
      }
    />
  );
}
