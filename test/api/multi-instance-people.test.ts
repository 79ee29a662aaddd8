// Two server processes on one PostgreSQL database: an invitation made on A is
// accepted on B once (A then refuses the link), and removing a member on A
// ends their open session on B at once, as a role change on A shows on B.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../../bench/server-process.ts";
import { ConsoleClient } from "../support/console-client.ts";
import { GOOD_PASSWORD, newEmail, tokenOf } from "../support/people.ts";
import { seededOrgId, startTwoInstances, type TwoInstances } from "../support/two-instances.ts";

const databaseUrl = process.env.DATABASE_URL;
const ADMIN = { email: "owner@people.test", password: "multi-instance-people-password" };

describe.skipIf(!databaseUrl)("people across two instances on one PostgreSQL database", () => {
  let instances: TwoInstances | undefined;
  let a: ServerProcess;
  let b: ServerProcess;
  let orgId: string;

  beforeAll(async () => {
    instances = await startTwoInstances(databaseUrl ?? "", ADMIN, "am_mp");
    ({ a, b } = instances);
    orgId = await seededOrgId(a.base, ADMIN);
  }, 90_000);
  afterAll(async () => instances?.stop(), 60_000);

  it("accepts on B an invitation made on A, once, then removing the member on A ends their session on B", async () => {
    const owner = new ConsoleClient(a.base);
    expect((await owner.login(ADMIN.email, ADMIN.password)).status).toBe(200);
    const groupId = (await owner.atlas("GET", "/groups")).body.results[0].id;
    const email = newEmail("two-instances");
    const invited = await owner.atlas("POST", `/orgs/${orgId}/users`, { username: email, roles: { orgRoles: ["ORG_MEMBER"], groupRoleAssignments: [{ groupId, groupRoles: ["GROUP_OWNER"] }] } });
    expect(invited.status).toBe(201);
    const token = tokenOf(invited.body.invitationUrl);

    const [onB, onA] = [new ConsoleClient(b.base), new ConsoleClient(a.base)];
    // Both accept at once on different instances: exactly one joins.
    const answers = await Promise.all([
      onB.send("POST", "/api/private/invitations/accept", { token, password: GOOD_PASSWORD }),
      onA.send("POST", "/api/private/invitations/accept", { token, password: GOOD_PASSWORD }),
    ]);
    expect(answers.map((x) => x.status).sort()).toEqual([200, 404]);
    const member = answers[0]?.status === 200 ? onB : onA;
    const memberOnB = new ConsoleClient(b.base);
    memberOnB.cookie = member.cookie;
    memberOnB.csrf = member.csrf;
    expect((await memberOnB.atlas("GET", `/groups/${groupId}`)).status).toBe(200);
    expect((await new ConsoleClient(a.base).send("POST", "/api/private/invitations/inspect", { token })).status).toBe(404);

    // A role change on A shows on B at once.
    const id = invited.body.id;
    expect((await owner.atlas("PATCH", `/orgs/${orgId}/users/${id}`, { roles: { orgRoles: ["ORG_MEMBER"], groupRoleAssignments: [] } })).status).toBe(200);
    expect((await memberOnB.atlas("GET", `/groups/${groupId}`)).status).toBe(404);

    expect((await owner.atlas("DELETE", `/orgs/${orgId}/users/${id}`)).status).toBe(204);
    expect((await memberOnB.send("GET", "/api/private/me")).status).toBe(401);
    expect((await memberOnB.atlas("GET", `/orgs/${orgId}`)).status).toBe(401);
  });
});
