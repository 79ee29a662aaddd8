// HTTP Digest with a real npm client (urllib) and curl, over every store.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { request } from "urllib";
import { expect, it } from "vitest";
import { eachStore, type Ctx } from "../support/each-store.ts";
import { authorization, fetchNonce, signedFetch } from "../support/digest-client.ts";
import { signIn } from "../support/server.ts";

const run = promisify(execFile);

async function newKey(ctx: Ctx, roles = ["ORG_OWNER"]) {
  const owner = await signIn(ctx.server.base, ctx.world.users.owner);
  const { body } = await owner.call("POST", `/orgs/${ctx.world.orgId}/apiKeys`, { desc: "digest", roles });
  return { owner, key: body as { id: string; publicKey: string; privateKey: string } };
}

eachStore("HTTP Digest", (ctx) => {
  it("accepts a key through urllib's Digest (MD5) and reads and writes as its role allows", async () => {
    const { key } = await newKey(ctx());
    const { server, world } = ctx();
    const digestAuth = `${key.publicKey}:${key.privateKey}`;
    const list = await request(`${server.base}/api/atlas/v2/orgs/${world.orgId}/apiKeys`, { digestAuth, dataType: "json" });
    expect(list.status).toBe(200);
    expect(list.headers["content-type"]).toContain("application/vnd.atlas.2023-01-01+json");
    const created = await request(`${server.base}/api/atlas/v2/orgs/${world.orgId}/apiKeys`, {
      method: "POST",
      digestAuth,
      dataType: "json",
      contentType: "json",
      data: { desc: "made by a key", roles: ["ORG_MEMBER"] },
    });
    expect(created.status).toBe(200);
    expect(created.data.desc).toBe("made by a key");
  });

  it("works with curl --digest", async () => {
    const { key } = await newKey(ctx());
    const { server, world } = ctx();
    const { stdout } = await run("curl", [
      "--silent",
      "--user",
      `${key.publicKey}:${key.privateKey}`,
      "--digest",
      "--header",
      "Accept: application/vnd.atlas.2023-01-01+json",
      "--write-out",
      "\n%{http_code}",
      `${server.base}/api/atlas/v2/orgs/${world.orgId}/apiKeys/${key.id}`,
    ]);
    const [body, status] = stdout.split("\n");
    expect(status).toBe("200");
    expect(JSON.parse(body ?? "").publicKey).toBe(key.publicKey);
  });

  it("signs with SHA-256 too", async () => {
    const { key } = await newKey(ctx());
    const { server, world } = ctx();
    const res = await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}`, key, { algorithm: "SHA-256" });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(world.orgId);
  });

  it("challenges a request without credentials with both algorithms and an ApiError body", async () => {
    const { server, world } = ctx();
    const res = await fetch(`${server.base}/api/atlas/v2/orgs/${world.orgId}/apiKeys`);
    expect(res.status).toBe(401);
    const challenge = res.headers.get("www-authenticate") ?? "";
    expect(challenge).toMatch(/^Digest realm="MMS Public API", domain="", nonce="[^"]+", algorithm=MD5, qop="auth", stale=false/);
    expect(challenge).toContain("algorithm=SHA-256");
    expect(await res.json()).toMatchObject({ error: 401, errorCode: "UNAUTHORIZED", reason: "Unauthorized" });
  });

  it("sends no challenge to the console's own same-origin fetches, so browsers show no sign-in box", async () => {
    const { server, world } = ctx();
    const res = await fetch(`${server.base}/api/atlas/v2/orgs/${world.orgId}`, { headers: { "Sec-Fetch-Site": "same-origin" } });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBeNull();
  });

  it("refuses a wrong private key, a deleted key and malformed headers with 401", async () => {
    const { owner, key } = await newKey(ctx());
    const { server, world } = ctx();
    const path = `/api/atlas/v2/orgs/${world.orgId}`;
    const wrong = await signedFetch(server.base, path, { ...key, privateKey: "00000000-0000-4000-8000-000000000000" });
    expect(wrong.status).toBe(401);
    const { nonce } = await fetchNonce(`${server.base}${path}`);
    const good = authorization({ method: "GET", uri: path, nonce, ...key });
    const malformed = [
      "Digest",
      "Digest username=",
      'Digest username="x", realm="MMS Public API"',
      good.replace("qop=auth", "qop=auth-int"),
      good.replace("algorithm=MD5", "algorithm=MD5-sess"),
      good.replace('realm="MMS Public API"', 'realm="elsewhere"'),
      good.replace(`uri="${path}"`, 'uri="/api/atlas/v2/orgs"'),
      good.replace(/nc=[0-9a-f]+/, "nc=zz"),
      good.replace(/nonce="[^"]+"/, 'nonce="forged"'),
      `${good}, ${"x".repeat(5000)}="y"`,
      'Digest username="a"="b", ,,',
    ];
    for (const header of malformed) {
      const res = await fetch(`${server.base}${path}`, { headers: { Authorization: header } });
      expect(res.status, header.slice(0, 60)).toBe(401);
    }
    expect((await owner.call("DELETE", `/orgs/${world.orgId}/apiKeys/${key.id}`)).status).toBe(204);
    expect((await signedFetch(server.base, path, key)).status).toBe(401);
  });

  it("refuses a replayed nonce count", async () => {
    const { key } = await newKey(ctx());
    const { server, world } = ctx();
    const path = `/api/atlas/v2/orgs/${world.orgId}`;
    const { nonce } = await fetchNonce(`${server.base}${path}`);
    const header = authorization({ method: "GET", uri: path, nonce, ...key, nc: 1, cnonce: "abc" });
    expect((await fetch(`${server.base}${path}`, { headers: { Authorization: header } })).status).toBe(200);
    expect((await fetch(`${server.base}${path}`, { headers: { Authorization: header } })).status).toBe(401);
    const next = authorization({ method: "GET", uri: path, nonce, ...key, nc: 2, cnonce: "abc" });
    expect((await fetch(`${server.base}${path}`, { headers: { Authorization: next } })).status).toBe(200);
  });
});
