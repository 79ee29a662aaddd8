// Whether the signed-in user may create, edit and delete this organization's
// keys (Organization Owner). The console only hides controls; the server
// decides either way. The session is app-wide state, read here as-is.
import { useCurrentUser } from "../../session/api/current-user.ts";

export function useCanManageKeys(orgId: string): boolean {
  const user = useCurrentUser();
  return user.data?.orgRoles.some((membership) => membership.orgId === orgId && membership.roles.includes("ORG_OWNER")) ?? false;
}
