// The account page's API over real HTTP: name, password rules, sessions and
// signing out of the others; every refusal changes nothing.
import { expect, it } from "vitest";
import { createUser } from "../../server/domain/admin.ts";
import { ConsoleClient } from "../support/console-client.ts";
import { eachStoreWithClock } from "../support/clock-world.ts";
import { PASSWORD } from "../support/server.ts";

const NEW_PASSWORD = "plum-orbit-lantern-quietly-47";

eachStoreWithClock("account", (ctx) => {
  let n = 0;
  async function newUser(): Promise<{ email: string; client: ConsoleClient }> {
    const email = `acct${++n}-${Date.now()}@acme.test`;
    await createUser(ctx().server.deps, { email, password: PASSWORD, orgId: ctx().world.orgId, orgRole: "ORG_MEMBER" });
    const client = new ConsoleClient(ctx().server.base);
    expect((await client.login(email, PASSWORD)).status).toBe(200);
    return { email, client };
  }

  it("answers 401 without a session and 403 without the CSRF token, changing nothing", async () => {
    expect((await new ConsoleClient(ctx().server.base).account("GET")).status).toBe(401);
    const { client } = await newUser();
    const csrf = client.csrf;
    client.csrf = "";
    const refused = await client.account("PATCH", "", { firstName: "Ada", lastName: "Lovelace" });
    expect(refused.status).toBe(403);
    expect(refused.body.errorCode).toBe("INVALID_CSRF_TOKEN");
    client.csrf = csrf;
    expect((await client.account("GET")).body).toMatchObject({ firstName: "", lastName: "" });
  });

  it("changes the name, and refuses a name too long without changing it", async () => {
    const { email, client } = await newUser();
    const ok = await client.account("PATCH", "", { firstName: " Ada ", lastName: "Lovelace" });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ email, firstName: "Ada", lastName: "Lovelace", twoFactorEnabled: false });
    const long = await client.account("PATCH", "", { firstName: "x".repeat(65), lastName: "L" });
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ error: 400, errorCode: "VALIDATION_ERROR", badRequestDetail: { fields: [{ field: "firstName" }] } });
    expect((await client.account("GET")).body).toMatchObject({ firstName: "Ada", lastName: "Lovelace" });
  });

  it("refuses a wrong current password, a short one and a common one, next to their fields, keeping the old password", async () => {
    const { email, client } = await newUser();
    const wrong = await client.account("POST", "/password", { currentPassword: "nope-nope-nope", newPassword: NEW_PASSWORD });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ errorCode: "INVALID_PASSWORD", badRequestDetail: { fields: [{ field: "currentPassword" }] } });
    const short = await client.account("POST", "/password", { currentPassword: PASSWORD, newPassword: "Sh0rt!pass" });
    expect(short.status).toBe(400);
    expect(short.body.badRequestDetail.fields).toEqual([{ field: "newPassword", description: "Use at least 12 characters." }]);
    for (const common of ["password1234", "qwertyuiop123", "aaaaaaaaaaaaaaaa", email]) {
      const refused = await client.account("POST", "/password", { currentPassword: PASSWORD, newPassword: common });
      expect(refused.status, common).toBe(400);
      expect(refused.body.errorCode, common).toBe("COMMON_PASSWORD");
      expect(refused.body.badRequestDetail.fields[0].field).toBe("newPassword");
    }
    expect((await new ConsoleClient(ctx().server.base).login(email, PASSWORD)).status).toBe(200);
  });

  it("changes the password, ends the other sessions, and records it without the password", async () => {
    const { email, client } = await newUser();
    const other = new ConsoleClient(ctx().server.base);
    await other.login(email, PASSWORD);
    const changed = await client.account("POST", "/password", { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.status).toBe(204);
    expect((await client.account("GET")).status).toBe(200);
    expect((await other.account("GET")).status).toBe(401);
    expect((await new ConsoleClient(ctx().server.base).login(email, PASSWORD)).status).toBe(401);
    expect((await new ConsoleClient(ctx().server.base).login(email, NEW_PASSWORD)).status).toBe(200);
    const events = (await ctx().server.deps.store.listEvents({ orgId: ctx().world.orgId, types: ["USER_PASSWORD_CHANGED"] }, { offset: 0, limit: 500 }))
      .filter((e) => e.targetUsername === email);
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(NEW_PASSWORD);
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });

  it("lists the user's sessions with browser, address and last seen, and signs out of the others", async () => {
    const { email, client } = await newUser();
    const firefox = new ConsoleClient(ctx().server.base, "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0");
    await firefox.login(email, PASSWORD);
    await new ConsoleClient(ctx().server.base).login("member@acme.test", PASSWORD);
    const list = await client.account("GET", "/sessions");
    expect(list.status).toBe(200);
    expect(list.body.results).toHaveLength(2);
    const [mine, theirs] = [list.body.results.find((s: { current: boolean }) => s.current), list.body.results.find((s: { current: boolean }) => !s.current)];
    expect(mine).toMatchObject({ device: "Chrome on Linux", address: "127.0.0.1" });
    expect(theirs).toMatchObject({ device: "Firefox on Windows", current: false });
    expect(JSON.stringify(list.body)).not.toContain(client.cookie.split("=")[1] as string);

    const ended = await client.account("POST", "/sessions/sign-out-others");
    expect(ended.body).toEqual({ ended: 1 });
    expect((await firefox.account("GET")).status).toBe(401);
    expect((await client.account("GET", "/sessions")).body.results).toHaveLength(1);
    const events = (await ctx().server.deps.store.listEvents({ orgId: ctx().world.orgId, types: ["USER_OTHER_SESSIONS_ENDED"] }, { offset: 0, limit: 500 }))
      .filter((e) => e.targetUsername === email);
    expect(events).toHaveLength(1);
  });
});
