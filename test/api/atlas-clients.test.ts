// Proof with clients we did not write, configured only through their own
// documented options (base URL, credentials):
// 1. a client generated from the official Atlas OpenAPI with openapi-typescript
//    (scripts/atlas-client-types.mjs) run by openapi-fetch, signing with
//    digest-fetch; every answer is validated against the spec's schema;
// 2. mongodb-atlas-api-client, with its baseUrl set to our /api/atlas/v2.
import DigestClient from "digest-fetch";
import getAtlasClient from "mongodb-atlas-api-client";
import createClient from "openapi-fetch";
import { beforeAll, expect, it } from "vitest";
import type { paths } from "../.generated/atlas-openapi";
import { eachStore } from "../support/each-store.ts";
import { loadAtlasSchemas, type AtlasSchemas } from "../support/openapi-validate.ts";
import { signIn } from "../support/server.ts";

const V2023 = "application/vnd.atlas.2023-01-01+json";
const V2025 = "application/vnd.atlas.2025-02-19+json";

interface Key {
  publicKey: string;
  privateKey: string;
}

/** openapi-fetch's documented `fetch` option, answered by digest-fetch's documented client. */
function digestFetch(key: Key): (request: Request) => Promise<Response> {
  const digest = new DigestClient(key.publicKey, key.privateKey);
  return async (request) => {
    const body = request.body ? await request.text() : undefined;
    return (await digest.fetch(request.url, { method: request.method, headers: Object.fromEntries(request.headers), body })) as Response;
  };
}

let schemas: AtlasSchemas;
beforeAll(() => {
  schemas = loadAtlasSchemas();
});

/** Asserts the answer matches the spec's schema for this operation and status. */
function conforms(path: string, method: string, status: number, body: unknown, mediaType = V2023): void {
  const validate = schemas.response(path, method, String(status), mediaType);
  expect(validate(body), `${method} ${path} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

eachStore("clients we did not write", (ctx) => {
  let key: Key;
  beforeAll(async () => {
    const owner = await signIn(ctx().server.base, ctx().world.users.owner);
    key = (await owner.call("POST", `/orgs/${ctx().world.orgId}/apiKeys`, { desc: "atlas tools", roles: ["ORG_OWNER"] })).body;
  });

  it("openapi-fetch with types generated from the official spec: settings, members and all 16 key operations conform", async () => {
    const { server, world } = ctx();
    const api = createClient<paths>({ baseUrl: server.base, headers: { Accept: V2023 }, fetch: digestFetch(key) });
    const orgId = world.orgId;
    const groupId = world.groupA;

    const settingsPath = "/api/atlas/v2/orgs/{orgId}/settings";
    const settings = await api.GET(settingsPath, { params: { path: { orgId } } });
    conforms(settingsPath, "get", 200, settings.data);
    const patched = await api.PATCH(settingsPath, {
      params: { path: { orgId } },
      body: { ...settings.data, securityContact: "security@acme.test", genAIFeaturesEnabled: false },
      headers: { "Content-Type": V2023 },
    });
    expect(patched.response.status).toBe(200);
    conforms(settingsPath, "patch", 200, patched.data);
    expect(patched.data).toMatchObject({ securityContact: "security@acme.test", genAIFeaturesEnabled: false });

    const usersPath = "/api/atlas/v2/orgs/{orgId}/users";
    const users = await api.GET(usersPath, { params: { path: { orgId } }, headers: { Accept: V2025 } });
    expect(users.response.headers.get("content-type")).toContain("2025-02-19");
    conforms(usersPath, "get", 200, users.data, V2025);
    const activeUser = schemas.component("OrgActiveUserResponse");
    for (const u of users.data?.results ?? []) expect(activeUser(u), JSON.stringify(activeUser.errors)).toBe(true);
    const groupUsersPath = "/api/atlas/v2/groups/{groupId}/users";
    const groupUsers = await api.GET(groupUsersPath, { params: { path: { groupId } }, headers: { Accept: V2025 } });
    conforms(groupUsersPath, "get", 200, groupUsers.data, V2025);
    expect(groupUsers.data?.results.length).toBe(2);
    // Without a version (mongodb-atlas-api-client asks for none): CloudAppUser items.
    const users2023 = await api.GET(usersPath, { params: { path: { orgId } } });
    conforms(usersPath, "get", 200, users2023.data, V2023);
    expect(users2023.data?.results?.length).toBeGreaterThan(0);
    const groupUsers2023 = await api.GET(groupUsersPath, { params: { path: { groupId } } });
    conforms(groupUsersPath, "get", 200, groupUsers2023.data, V2023);
    expect(groupUsers2023.data?.results?.length).toBe(2);

    const keysPath = "/api/atlas/v2/orgs/{orgId}/apiKeys";
    const keyPath = "/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}";
    const listPath = `${keyPath}/accessList` as const;
    const entryPath = `${listPath}/{ipAddress}` as const;
    const created = await api.POST(keysPath, { params: { path: { orgId } }, body: { desc: "generated client", roles: ["ORG_MEMBER"] } });
    conforms(keysPath, "post", 200, created.data);
    const apiUserId = created.data?.id ?? "";
    conforms(keysPath, "get", 200, (await api.GET(keysPath, { params: { path: { orgId } } })).data);
    conforms(keyPath, "get", 200, (await api.GET(keyPath, { params: { path: { orgId, apiUserId } } })).data);
    const updated = await api.PATCH(keyPath, { params: { path: { orgId, apiUserId } }, body: { desc: "renamed by the client" } });
    conforms(keyPath, "patch", 200, updated.data);
    const added = await api.POST(listPath, { params: { path: { orgId, apiUserId } }, body: [{ ipAddress: "192.0.2.10" }, { cidrBlock: "198.51.100.0/24" }] });
    conforms(listPath, "post", 200, added.data);
    conforms(listPath, "get", 200, (await api.GET(listPath, { params: { path: { orgId, apiUserId } } })).data);
    const entry = await api.GET(entryPath, { params: { path: { orgId, apiUserId, ipAddress: "198.51.100.0/24" } } });
    conforms(entryPath, "get", 200, entry.data);
    const removedEntry = await api.DELETE(entryPath, { params: { path: { orgId, apiUserId, ipAddress: "192.0.2.10" } } });
    expect(removedEntry.response.status).toBe(204);

    const groupKeysPath = "/api/atlas/v2/groups/{groupId}/apiKeys";
    const groupKeyPath = "/api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId}";
    const projectKey = await api.POST(groupKeysPath, { params: { path: { groupId } }, body: { desc: "project key", roles: ["GROUP_READ_ONLY"] } });
    conforms(groupKeysPath, "post", 200, projectKey.data);
    conforms(groupKeysPath, "get", 200, (await api.GET(groupKeysPath, { params: { path: { groupId } } })).data);
    const assigned = await api.POST(groupKeyPath, { params: { path: { groupId, apiUserId } }, body: [{ roles: ["GROUP_READ_ONLY"] }] });
    expect(assigned.response.status).toBe(204);
    const roles = await api.PATCH(groupKeyPath, { params: { path: { groupId, apiUserId } }, body: { roles: ["GROUP_OWNER"] } });
    conforms(groupKeyPath, "patch", 200, roles.data);
    expect((await api.DELETE(groupKeyPath, { params: { path: { groupId, apiUserId } } })).response.status).toBe(204);
    expect((await api.DELETE(keyPath, { params: { path: { orgId, apiUserId } } })).response.status).toBe(204);

    const gone = await api.GET(keyPath, { params: { path: { orgId, apiUserId } } });
    expect(gone.response.status).toBe(404);
    expect(schemas.component("ApiError")(gone.error)).toBe(true);
  });

  it("mongodb-atlas-api-client finds, creates, renames and deletes what it works on", async () => {
    const { server, world } = ctx();
    const client = getAtlasClient({ publicKey: key.publicKey, privateKey: key.privateKey, baseUrl: `${server.base}/api/atlas/v2` });

    const org = await client.organization.getById(world.orgId);
    expect(org).toMatchObject({ id: world.orgId, name: "Acme" });
    const orgs = await client.organization.getAll();
    expect(orgs).toMatchObject({ results: [{ id: world.orgId }], totalCount: 1 });
    const renamed = await client.organization.rename(world.orgId, { name: "Acme Renamed" });
    expect(renamed).toMatchObject({ id: world.orgId, name: "Acme Renamed" });
    await client.organization.rename(world.orgId, { name: "Acme" });
    const users = await client.organization.getAllUsersForOrganization(world.orgId);
    expect(users).toMatchObject({ totalCount: 5 });
    const projects = await client.organization.getAllProjectsForOrganization(world.orgId);
    expect(projects).toMatchObject({ totalCount: 2 });

    const created = await client.project.create({ name: "Made by a client", orgId: world.orgId });
    expect(created).toMatchObject({ name: "Made by a client", orgId: world.orgId, clusterCount: 0 });
    const byName = await client.project.getByName("Made by a client");
    expect(byName).toMatchObject({ id: created.id });
    expect(await client.project.getById(created.id)).toMatchObject({ name: "Made by a client" });
    const all = await client.project.getAll();
    expect(all).toMatchObject({ totalCount: 3 });
    const again = await client.project.create({ name: "Made by a client", orgId: world.orgId });
    expect(again).toMatchObject({ error: 409, errorCode: "GROUP_ALREADY_EXISTS" });
    expect(await client.project.delete(created.id)).toBe(true);
    expect(await client.project.getById(created.id)).toMatchObject({ error: 404, errorCode: "GROUP_NOT_FOUND" });
    expect(await client.project.getByName("Made by a client")).toMatchObject({ error: 404 });
  });
});
