// The people aggregate of the Store: invitations (pending org members, kept
// apart from user_org_roles so a pending member holds no role anywhere) and
// one-time links (invitation and password reset), kept as keyed hashes only.
// The removals a member's leaving needs live here too.

export interface GroupRoleAssignment {
  groupId: string;
  groupRoles: string[];
}

export interface InvitationRow {
  orgId: string;
  userId: string;
  orgRoles: string[];
  /** Project roles granted on acceptance (projects of the same org). */
  groupRoles: GroupRoleAssignment[];
  /** Who invited: a user's email, an API key's public key, a service account's client ID, or the operator. */
  inviter: string;
  created: Date;
  expires: Date;
}

export type LinkPurpose = "invitation" | "password-reset";

export interface LinkRow {
  /** Keyed hash (HMAC under a key derived from AM_SECRET) of the token; the token itself is never stored. */
  tokenHash: string;
  userId: string;
  orgId: string;
  purpose: LinkPurpose;
  created: Date;
  expires: Date;
}

export interface PeopleStore {
  /** Insert or replace the user's invitation to the org. */
  putInvitation(row: InvitationRow): Promise<void>;
  getInvitation(orgId: string, userId: string): Promise<InvitationRow | undefined>;
  /** Invitations of the org, oldest first, expired ones included. */
  listOrgInvitations(orgId: string): Promise<InvitationRow[]>;
  countUserInvitations(userId: string): Promise<number>;
  deleteInvitation(orgId: string, userId: string): Promise<void>;

  /** Stores the link, deleting the user's earlier link of this purpose in this org (a new link invalidates the old). */
  putLink(row: LinkRow): Promise<void>;
  /** Reads a link without using it. */
  peekLink(tokenHash: string): Promise<LinkRow | undefined>;
  /** Deletes the link and returns it: one conditional delete, so a link works once, also across instances. */
  takeLink(tokenHash: string): Promise<LinkRow | undefined>;
  deleteLinks(userId: string, orgId: string): Promise<void>;

  /** Ends the user's membership of the org: org roles and the roles in every project of the org. */
  deleteOrgMembership(userId: string, orgId: string): Promise<void>;
  deleteUserGroupRoles(userId: string, groupId: string): Promise<void>;
  /** Deletes a user with their sessions and account rows (a cancelled invitee who never joined). */
  deleteUser(userId: string): Promise<void>;
}
