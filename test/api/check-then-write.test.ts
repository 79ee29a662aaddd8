// A row deleted between a request's checks and its write, pinned rather than
// raced: the store is wrapped so that, just after the request has read the key
// (or project) it checks, another request deletes it over HTTP. The write then
// meets a missing parent, which must be a 404 naming what vanished, with no
// event; and a store failure there must stay a 500, not pass for a 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../server/store/types.ts";
import { feed } from "../support/events.ts";
import { buildWorld, signIn, startServer, type Client, type TestServer, type World } from "../support/server.ts";
import { storeCases } from "../support/stores.ts";

/** Store calls the test intercepts: `after` runs once the real call is done, `instead` replaces it. */
type Hooks = Partial<Record<keyof Store, { after?: (...args: any[]) => Promise<void>; instead?: (...args: any[]) => Promise<unknown> }>>;

/** The store, with hooks on its calls and on the calls of the transactions it hands out. */
function hooked(inner: Store, hooks: Hooks): Store {
  return new Proxy(inner, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      if (prop === "transaction") return (fn: (tx: Store) => Promise<unknown>) => target.transaction((tx) => fn(hooked(tx, hooks)));
      const hook = hooks[prop as keyof Store];
      if (!hook) return value.bind(target);
      return async (...args: unknown[]) => {
        if (hook.instead) return hook.instead(...args);
        const result = await value.apply(target, args);
        await hook.after?.(...args);
        return result;
      };
    },
  });
}

describe.each(storeCases)("a parent deleted between check and write [$name]", (storeCase) => {
  const hooks: Hooks = {};
  let server: TestServer;
  let world: World;
  let owner: Client;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await storeCase.open();
    server = await startServer(hooked(opened.store, hooks));
    world = await buildWorld(server.deps);
    owner = await signIn(server.base, world.users.owner);
    dispose = async () => {
      await server.close();
      await opened.dispose();
    };
  });
  afterAll(async () => dispose?.());

  const newKey = async () => (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "vanishing", roles: ["ORG_MEMBER"] })).body as { id: string };

  it("answers an access list addition 404 API_KEY_NOT_FOUND when its key is deleted after the check, and records no entry", async () => {
    const key = await newKey();
    const keyPath = `/orgs/${world.orgId}/apiKeys/${key.id}`;
    hooks.getKey = {
      after: async (id: string) => {
        if (id !== key.id) return;
        delete hooks.getKey;
        expect((await owner.call("DELETE", keyPath)).status).toBe(204);
      },
    };
    const res = await owner.call("POST", `${keyPath}/accessList`, [{ ipAddress: "192.0.2.1" }]);
    delete hooks.getKey;
    expect(res.status).toBe(404);
    expect(res.body.errorCode).toBe("API_KEY_NOT_FOUND");
    const events = (await feed(owner, `/orgs/${world.orgId}/events`)).filter((e) => e.targetApiKeyId === key.id);
    expect(events.map((e) => e.eventTypeName)).toEqual(["API_KEY_DELETED", "API_KEY_CREATED"]);
    expect(await server.deps.store.listAccessEntries(key.id)).toEqual([]);
  });

  it("answers a project assignment 404 GROUP_NOT_FOUND when its project is deleted after the check", async () => {
    const key = await newKey();
    const group = (await owner.call("POST", "/groups", { name: "Short-lived", orgId: world.orgId })).body as { id: string };
    hooks.getGroup = {
      after: async (id: string) => {
        if (id !== group.id) return;
        delete hooks.getGroup;
        expect((await owner.call("DELETE", `/groups/${group.id}`)).status).toBe(204);
      },
    };
    const res = await owner.call("POST", `/groups/${group.id}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    delete hooks.getGroup;
    expect(res.status).toBe(404);
    expect(res.body.errorCode).toBe("GROUP_NOT_FOUND");
    expect(await server.deps.store.listKeyGroupsForKeys([key.id])).toEqual([]);
  });

  it("answers 500, not 404, when the store fails while adding an access list entry", async () => {
    const key = await newKey();
    hooks.insertAccessEntry = { instead: async () => Promise.reject(new Error("disk I/O error")) };
    const res = await owner.call("POST", `/orgs/${world.orgId}/apiKeys/${key.id}/accessList`, [{ ipAddress: "192.0.2.2" }]);
    delete hooks.insertAccessEntry;
    expect(res.status).toBe(500);
    expect(res.body.errorCode).toBe("UNEXPECTED_ERROR");
  });
});
