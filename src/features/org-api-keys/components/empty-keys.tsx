// What the organization's table shows instead of rows: no keys at all, or
// none that match the filter.
import { CreateApiKeyLink } from "../../../components/create-api-key-link.tsx";
import { EmptyState } from "../../../components/empty-state.tsx";
import { Button } from "../../../components/ui/button.tsx";

export function EmptyKeys({ canManage }: { canManage: boolean }) {
  return (
    <EmptyState
      title="No API keys yet"
      text="Scripts and tools call the Atlas Administration API with an API key: its public key acts as the username, its private key as the password, shown only once."
      actions={canManage ? <CreateApiKeyLink /> : undefined}
      whoCan="An Organization Owner can create one."
    />
  );
}

export function NoMatches({ query, onClear }: { query: string; onClear: () => void }) {
  return (
    <EmptyState
      title={`No API keys match “${query.trim()}”`}
      text="The filter looks at public keys, descriptions, roles and project names."
      actions={<Button onClick={onClear}>Clear filter</Button>}
    />
  );
}
