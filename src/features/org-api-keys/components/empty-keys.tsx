// What the organization's table shows instead of rows when it has no keys at all.
import { CreateApiKeyLink } from "../../../components/create-api-key-link.tsx";
import { EmptyState } from "../../../components/empty-state.tsx";

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
