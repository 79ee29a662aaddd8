// The people aggregate in memory (mock backend and tests), over maps the
// MemoryStore keeps in its state, so its transactions roll them back too.
import type { AccountState } from "./account-memory.ts";
import type { InvitationRow, LinkRow, PeopleStore } from "./people-types.ts";
import { MissingReference, UniqueViolation, type GroupRow, type MembershipRow, type OrgRow, type SessionRow, type UserRow } from "./types.ts";

export interface PeopleState {
  /** JSON [orgId, userId] -> invitation. */
  invitations: Map<string, InvitationRow>;
  /** token hash -> link. */
  links: Map<string, LinkRow>;
}

export const newPeopleState = (): PeopleState => ({ invitations: new Map(), links: new Map() });

interface StateWithPeople {
  orgs: Map<string, OrgRow>;
  groups: Map<string, GroupRow>;
  users: Map<string, UserRow>;
  userOrgRoles: Map<string, MembershipRow>;
  userGroupRoles: Map<string, MembershipRow>;
  sessions: Map<string, SessionRow>;
  account: AccountState;
  people: PeopleState;
}

const pair = (a: string, b: string): string => JSON.stringify([a, b]);

function dropWhere<V>(map: Map<string, V>, doomed: (v: V) => boolean): void {
  for (const [k, v] of map) if (doomed(v)) map.delete(k);
}

export function memoryPeople(state: () => StateWithPeople, run: <T>(op: () => T) => Promise<T>): PeopleStore {
  const people = () => state().people;
  return {
    putInvitation: (row) => run(() => {
      if (!state().orgs.has(row.orgId) || !state().users.has(row.userId)) throw new MissingReference(`invitation of ${row.userId}`);
      people().invitations.set(pair(row.orgId, row.userId), structuredClone(row));
    }),
    getInvitation: (orgId, userId) => run(() => structuredClone(people().invitations.get(pair(orgId, userId)))),
    listOrgInvitations: (orgId) => run(() =>
      structuredClone([...people().invitations.values()].filter((i) => i.orgId === orgId)
        .sort((a, b) => a.created.getTime() - b.created.getTime() || (a.userId < b.userId ? -1 : 1))),
    ),
    countUserInvitations: (userId) => run(() => [...people().invitations.values()].filter((i) => i.userId === userId).length),
    deleteInvitation: (orgId, userId) => run(() => void people().invitations.delete(pair(orgId, userId))),
    putLink: (row) => run(() => {
      if (!state().orgs.has(row.orgId) || !state().users.has(row.userId)) throw new MissingReference(`link of ${row.userId}`);
      if (people().links.has(row.tokenHash)) throw new UniqueViolation("link");
      dropWhere(people().links, (l) => l.userId === row.userId && l.orgId === row.orgId && l.purpose === row.purpose);
      people().links.set(row.tokenHash, structuredClone(row));
    }),
    peekLink: (tokenHash) => run(() => structuredClone(people().links.get(tokenHash))),
    takeLink: (tokenHash) => run(() => {
      const link = people().links.get(tokenHash);
      people().links.delete(tokenHash);
      return link;
    }),
    deleteLinks: (userId, orgId) => run(() => dropWhere(people().links, (l) => l.userId === userId && l.orgId === orgId)),
    deleteOrgMembership: (userId, orgId) => run(() => {
      const s = state();
      dropWhere(s.userGroupRoles, (m) => m.userId === userId && s.groups.get(m.scopeId)?.orgId === orgId);
      s.userOrgRoles.delete(pair(userId, orgId));
    }),
    deleteUserGroupRoles: (userId, groupId) => run(() => void state().userGroupRoles.delete(pair(userId, groupId))),
    deleteUser: (userId) => run(() => {
      const s = state();
      const mine = (v: { userId: string }) => v.userId === userId;
      for (const map of [s.sessions, s.userOrgRoles, s.userGroupRoles, s.people.invitations, s.people.links] as Map<string, { userId: string }>[]) {
        dropWhere(map, mine);
      }
      s.account.accounts.delete(userId);
      s.account.recoveryCodes.delete(userId);
      s.users.delete(userId);
    }),
  };
}
