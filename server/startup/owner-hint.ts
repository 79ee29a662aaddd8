// A demo owner whose one-time password scrolled away has no other way in, so
// every start names the owners with no session on record (never signed in,
// or all their sessions ended) and the command that gives them a password.
import type { Store } from "../store/types.ts";

export async function ownerHints(store: Store): Promise<string[]> {
  const emails = new Set<string>();
  for (const org of await store.listOrgs("all")) {
    for (const { user, roles } of await store.listOrgMembers(org.id)) {
      if (roles.includes("ORG_OWNER") && (await store.countUserSessions(user.id)) === 0) emails.add(user.email);
    }
  }
  return [...emails].map((email) =>
    `Owner ${email} has no session on record (never signed in, or signed out). If its password is lost: npm run --silent cli -- users reset-password --email ${email}`);
}
