import { expect, it } from "vitest";
import { serviceAccountAccessListPageSchema, serviceAccountSecretSchema } from "../../contract/service-accounts.ts";
import { eachStore } from "../support/each-store.ts";
import { ownerAccount } from "../support/sa-client.ts";


eachStore("service account secrets and access lists", (ctx) => {
  it("creates a second secret with 201, shown in full once, then masked beside the first", async () => {
    const { sa, account, path } = await ownerAccount(ctx());
    const res = await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 });
    expect(res.status).toBe(201);
    const secret = serviceAccountSecretSchema.parse(res.body);
    expect(secret.secret).toMatch(/^mdb_sa_sk_/);
    expect(secret.secret).not.toBe(account.secret);
    const read = await sa("GET", path);
    expect(read.body.secrets.map((s: { id: string }) => s.id)).toEqual([account.secretId, secret.id]);
    expect(read.body.secrets.every((s: { secret?: string; maskedSecretValue: string }) => !s.secret && s.maskedSecretValue.startsWith("mdb_sa_sk_"))).toBe(true);
  });

  it("refuses a third live secret with 400 and adds none", async () => {
    const { sa, path } = await ownerAccount(ctx());
    expect((await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 })).status).toBe(201);
    const third = await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 });
    expect(third.status).toBe(400);
    expect(third.body.errorCode).toBe("MAX_SERVICE_ACCOUNT_SECRETS_EXCEEDED");
    expect((await sa("GET", path)).body.secrets).toHaveLength(2);
  });

  it("refuses the third live secret when several are asked for at once: two live at most", async () => {
    const { sa, path } = await ownerAccount(ctx());
    const answers = await Promise.all([1, 2, 3, 4].map(() => sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 400, 400, 400]);
    expect((await sa("GET", path)).body.secrets).toHaveLength(2);
  });

  it("refuses a secret life outside 8 hours to the org's maximum, and a missing one", async () => {
    const { sa, path } = await ownerAccount(ctx());
    for (const body of [{ secretExpiresAfterHours: 7 }, { secretExpiresAfterHours: 8761 }, { secretExpiresAfterHours: 8.5 }, {}]) {
      expect((await sa("POST", `${path}/secrets`, body)).status).toBe(400);
    }
    expect((await sa("GET", path)).body.secrets).toHaveLength(1);
  });

  it("deletes a secret with 204; an unknown one is 404", async () => {
    const { sa, account, path } = await ownerAccount(ctx());
    expect((await sa("DELETE", `${path}/secrets/${account.secretId}`)).status).toBe(204);
    expect((await sa("GET", path)).body.secrets).toEqual([]);
    const again = await sa("DELETE", `${path}/secrets/${account.secretId}`);
    expect(again.status).toBe(404);
    expect(again.body.errorCode).toBe("SERVICE_ACCOUNT_SECRET_NOT_FOUND");
    expect((await sa("DELETE", `${path}/secrets/not-an-id`)).status).toBe(404);
  });

  it("adds, lists and deletes access-list entries in Atlas's field names", async () => {
    const { sa, path } = await ownerAccount(ctx());
    const added = await sa("POST", `${path}/accessList`, [{ ipAddress: "192.0.2.10" }, { cidrBlock: "198.51.100.0/24" }]);
    expect(added.status).toBe(200);
    const page = serviceAccountAccessListPageSchema.parse(added.body);
    expect(page.totalCount).toBe(2);
    expect(page.results.find((e) => e.cidrBlock === "192.0.2.10/32")).toMatchObject({ ipAddress: "192.0.2.10", requestCount: 0 });
    expect(page.results[0]?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await sa("DELETE", `${path}/accessList/198.51.100.0%2F24`)).status).toBe(204);
    const left = await sa("GET", `${path}/accessList`);
    expect(left.body.results.map((e: { cidrBlock: string }) => e.cidrBlock)).toEqual(["192.0.2.10/32"]);
    const missing = await sa("DELETE", `${path}/accessList/10.9.9.9`);
    expect(missing.status).toBe(404);
  });

  it("refuses a batch with a duplicate (409) or a bad address (400) whole", async () => {
    const { sa, path } = await ownerAccount(ctx());
    await sa("POST", `${path}/accessList`, [{ ipAddress: "192.0.2.1" }]);
    const dup = await sa("POST", `${path}/accessList`, [{ ipAddress: "192.0.2.2" }, { cidrBlock: "192.0.2.1/32" }]);
    expect(dup.status).toBe(409);
    expect(dup.body.errorCode).toBe("ADDRESS_ALREADY_IN_ACCESS_LIST");
    const bad = await sa("POST", `${path}/accessList`, [{ ipAddress: "192.0.2.3" }, { ipAddress: "999.1.1.1" }]);
    expect(bad.status).toBe(400);
    const twice = await sa("POST", `${path}/accessList`, [{ ipAddress: "192.0.2.4" }, { ipAddress: "192.0.2.4" }]);
    expect(twice.status).toBe(400);
    expect(twice.body.errorCode).toBe("DUPLICATE_ADDRESSES_IN_INPUT");
    const list = await sa("GET", `${path}/accessList`);
    expect(list.body.results.map((e: { cidrBlock: string }) => e.cidrBlock)).toEqual(["192.0.2.1/32"]);
  });
});
