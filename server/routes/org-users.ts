// Org users (Atlas v2): list, get, invite, change roles, remove; and ours: a
// batch invitation (all or none), a new invitation link for a pending member
// and a password-reset link for an active one. Links appear once, in these
// answers (no-store), never in logs.
import { Hono, type Context } from "hono";
import { userListParamsSchema, type InvitedOrgUser, type PendingOrgUser } from "../../contract/org-users.ts";
import { invitationBatchSchema, orgUserRequestSchema, orgUserUpdateSchema, type IssuedLink } from "../../contract/people.ts";
import type { Deps } from "../domain/deps.ts";
import { actorOf } from "../domain/events.ts";
import { createInvitation, createInvitations, type Invited } from "../domain/org-invite.ts";
import { issueResetLink, renewInvitationLink, type PersonLink } from "../domain/org-links.ts";
import { removeOrgUser, updateOrgUser } from "../domain/org-people.ts";
import { getOrgUser, listOrgUsers } from "../domain/org-users.ts";
import { linkUrl } from "../domain/one-time-links.ts";
import { presentOrgUser } from "../domain/people-view.ts";
import { ownedOrg } from "../domain/permissions.ts";
import { atlasDate } from "../domain/present.ts";
import { atlasJson, noContent, type AppEnv } from "../http/env.ts";
import { idParam, requestUrl } from "../http/params.ts";
import { parseBody, validationError } from "../http/validate.ts";
import { DEFAULT_VERSION } from "../http/versioning.ts";
import { mailInvitation } from "../mail/invitation-mail.ts";
import { answerVariesWithTime } from "../http/answer-cache.ts";

/** The list's query, with every value of the repeatable orgMembershipStatuses. */
export function userListParams(c: Context) {
  const statuses = c.req.queries("orgMembershipStatuses");
  const result = userListParamsSchema.safeParse({ ...c.req.query(), orgMembershipStatuses: statuses });
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export function linkOrigin(deps: Deps, c: Context): string {
  return deps.publicUrl ?? requestUrl(c).origin;
}

function issued(deps: Deps, c: Context, { link }: PersonLink, purpose: "invitation" | "password-reset"): IssuedLink {
  return { url: linkUrl(linkOrigin(deps, c), purpose, link.token), expiresAt: atlasDate(link.expires) };
}

export function orgUserRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const version = (c: Context<AppEnv>) => c.get("apiVersion") ?? DEFAULT_VERSION;
  r.get("/orgs/:orgId/users", async (c) => {
    answerVariesWithTime(c);
    const orgId = idParam(c, "orgId");
    return atlasJson(c, await listOrgUsers(deps, c.get("principal"), orgId, version(c), requestUrl(c), userListParams(c)));
  });
  /** After the commit: each invitee's answer with their link (shown once), and their e-mail when SMTP is on. */
  const answerInvited = async (c: Context<AppEnv>, orgName: string, invited: Invited[]): Promise<InvitedOrgUser[]> => {
    c.header("Cache-Control", "no-store");
    return Promise.all(invited.map(async ({ person, link }) => {
      const invitationUrl = linkUrl(linkOrigin(deps, c), "invitation", link.token);
      await mailInvitation(deps, { email: person.user.email, orgName, inviter: person.invitation.inviter, url: invitationUrl, expires: link.expires });
      return { ...(presentOrgUser(person, deps.now()) as PendingOrgUser), invitationUrl };
    }));
  };
  r.post("/orgs/:orgId/users", async (c) => {
    const orgId = idParam(c, "orgId");
    const p = c.get("principal");
    const org = await ownedOrg(deps.store, p, orgId);
    const body = await parseBody(c, orgUserRequestSchema, "orgUser");
    const [answer] = await answerInvited(c, org.name, [await createInvitation(deps, await actorOf(deps.store, p), orgId, body)]);
    return atlasJson(c, answer, 201);
  });
  r.post("/orgs/:orgId/invitations", async (c) => {
    const orgId = idParam(c, "orgId");
    const p = c.get("principal");
    const org = await ownedOrg(deps.store, p, orgId);
    const body = await parseBody(c, invitationBatchSchema, "orgUser");
    const invited = await createInvitations(deps, await actorOf(deps.store, p), orgId, body);
    return atlasJson(c, { results: await answerInvited(c, org.name, invited) }, 201);
  });
  r.get("/orgs/:orgId/users/:userId", async (c) => {
    answerVariesWithTime(c);
    const [orgId, userId] = [idParam(c, "orgId"), idParam(c, "userId")];
    return atlasJson(c, await getOrgUser(deps, c.get("principal"), orgId, userId, version(c), requestUrl(c)));
  });
  r.patch("/orgs/:orgId/users/:userId", async (c) => {
    const [orgId, userId] = [idParam(c, "orgId"), idParam(c, "userId")];
    const body = await parseBody(c, orgUserUpdateSchema, "orgUser");
    return atlasJson(c, await updateOrgUser(deps, c.get("principal"), orgId, userId, body));
  });
  r.delete("/orgs/:orgId/users/:userId", async (c) => {
    const [orgId, userId] = [idParam(c, "orgId"), idParam(c, "userId")];
    await removeOrgUser(deps, c.get("principal"), orgId, userId);
    return noContent(c);
  });
  r.post("/orgs/:orgId/users/:userId/invitationLink", async (c) => {
    const [orgId, userId] = [idParam(c, "orgId"), idParam(c, "userId")];
    const renewed = await renewInvitationLink(deps, c.get("principal"), orgId, userId);
    const answer = issued(deps, c, renewed, "invitation");
    const org = await deps.store.getOrg(orgId);
    const { user, kind } = renewed.person;
    if (kind === "pending") {
      await mailInvitation(deps, { email: user.email, orgName: org?.name ?? "", inviter: renewed.person.invitation.inviter, url: answer.url, expires: renewed.link.expires });
    }
    c.header("Cache-Control", "no-store");
    return atlasJson(c, answer);
  });
  r.post("/orgs/:orgId/users/:userId/passwordResetLink", async (c) => {
    const [orgId, userId] = [idParam(c, "orgId"), idParam(c, "userId")];
    const answer = issued(deps, c, await issueResetLink(deps, c.get("principal"), orgId, userId), "password-reset");
    c.header("Cache-Control", "no-store");
    return atlasJson(c, answer);
  });
  return r;
}
