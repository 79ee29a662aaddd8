// A key's roles as the API lists them: one flat list of assignments, each for
// the organization (orgId) or for one project (groupId).
import type { ApiKey } from "../../contract/api-keys.ts";

/** The roles a key has in one project (a project's list carries them next to its organization roles). */
export function projectRoleNames(apiKey: ApiKey, groupId: string): string[] {
  return apiKey.roles.filter((role) => role.groupId === groupId).map((role) => role.roleName);
}
