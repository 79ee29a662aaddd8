// Whether a signed-in user is an Organization Owner of this org. The console
// only hides or disables controls with it; the server decides either way.
import type { CurrentUser } from "../../contract/session.ts";

export function isOrgOwner(user: CurrentUser | null | undefined, orgId: string): boolean {
  return user?.orgRoles.some((m) => m.orgId === orgId && m.roles.includes("ORG_OWNER")) ?? false;
}
