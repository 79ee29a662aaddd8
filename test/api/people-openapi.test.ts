// The people calls through a client generated from the official Atlas spec
// (openapi-fetch over digest-fetch, as atlas-clients.test.ts), with an API
// key that is an Organization Owner: every answer conforms to the spec's
// schema for its operation, and a key's invitations name its public key.
import DigestClient from "digest-fetch";
import createClient from "openapi-fetch";
import { beforeAll, expect, it } from "vitest";
import type { paths } from "../.generated/atlas-openapi";
import { eachStore } from "../support/each-store.ts";
import { loadAtlasSchemas, type AtlasSchemas } from "../support/openapi-validate.ts";
import { newEmail } from "../support/people.ts";
import { signIn } from "../support/server.ts";

const V2025 = "application/vnd.atlas.2025-02-19+json";
let schemas: AtlasSchemas;
beforeAll(() => {
  schemas = loadAtlasSchemas();
});

function conforms(path: string, method: string, status: number, body: unknown): void {
  const validate = schemas.response(path, method, String(status), V2025);
  expect(validate(body), `${method} ${path} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

eachStore("people calls against the official spec", (ctx) => {
  it("invites, reads, changes and removes org and project users with answers that conform", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "people tool", roles: ["ORG_OWNER"] })).body;
    const digest = new DigestClient(key.publicKey, key.privateKey);
    const api = createClient<paths>({
      baseUrl: server.base,
      headers: { Accept: V2025, "Content-Type": V2025 },
      fetch: async (request: Request) => {
        const body = request.body ? await request.text() : undefined;
        return (await digest.fetch(request.url, { method: request.method, headers: Object.fromEntries(request.headers), body })) as Response;
      },
    });
    const orgId = world.orgId;
    const groupId = world.groupB;
    const email = newEmail("spec");

    const usersPath = "/api/atlas/v2/orgs/{orgId}/users";
    const created = await api.POST(usersPath, { params: { path: { orgId } }, body: { username: email, roles: { orgRoles: ["ORG_MEMBER"] } } });
    expect(created.response.status).toBe(201);
    conforms(usersPath, "post", 201, created.data);
    expect(created.data).toMatchObject({ orgMembershipStatus: "PENDING", inviterUsername: key.publicKey });
    const userId = created.data?.id ?? "";

    const userPath = "/api/atlas/v2/orgs/{orgId}/users/{userId}";
    const got = await api.GET(userPath, { params: { path: { orgId, userId } } });
    conforms(userPath, "get", 200, got.data);
    const patched = await api.PATCH(userPath, { params: { path: { orgId, userId } }, body: { roles: { orgRoles: ["ORG_READ_ONLY"] } } });
    conforms(userPath, "patch", 200, patched.data);
    conforms(usersPath, "get", 200, (await api.GET(usersPath, { params: { path: { orgId } } })).data);

    const groupUsersPath = "/api/atlas/v2/groups/{groupId}/users";
    const added = await api.POST(groupUsersPath, { params: { path: { groupId } }, body: { username: email, roles: ["GROUP_READ_ONLY"] } });
    expect(added.response.status).toBe(201);
    conforms(groupUsersPath, "post", 201, added.data);
    const groupUserPath = "/api/atlas/v2/groups/{groupId}/users/{userId}";
    conforms(groupUserPath, "get", 200, (await api.GET(groupUserPath, { params: { path: { groupId, userId } } })).data);
    expect((await api.DELETE(groupUserPath, { params: { path: { groupId, userId } } })).response.status).toBe(204);
    expect((await api.DELETE(userPath, { params: { path: { orgId, userId } } })).response.status).toBe(204);
    expect((await api.GET(userPath, { params: { path: { orgId, userId } } })).response.status).toBe(404);
  });
});
