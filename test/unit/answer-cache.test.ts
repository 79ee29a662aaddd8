// The answer cache shares one build among a caller's parallel requests for one
// URL in one generation, and never shares across generations or callers.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { Principal } from "../../server/domain/principal.ts";
import { answerCache } from "../../server/http/answer-cache.ts";
import type { AppEnv } from "../../server/http/env.ts";

function app(options: { status?: () => number } = {}) {
  const state = { generation: 1, builds: 0 };
  const api = new Hono<AppEnv>();
  api.use("*", async (c, next) => {
    const id = c.req.header("x-caller") ?? "a";
    c.set("principal", { kind: "apiKey", id, orgRoles: {}, groupRoles: {}, callerIp: "127.0.0.1" } as unknown as Principal);
    await next();
  });
  api.use("*", answerCache(() => state.generation));
  api.get("/list", async (c) => {
    state.builds += 1;
    const build = state.builds;
    await new Promise((ok) => setTimeout(ok, 20));
    return c.json({ build }, (options.status?.() ?? 200) as 200);
  });
  const get = async (caller = "a") => {
    const res = await api.request("http://localhost/list", { headers: { "x-caller": caller } });
    return { status: res.status, body: (await res.json()) as { build: number } };
  };
  return { state, get };
}

describe("answer cache", () => {
  it("builds once for ten parallel requests of one caller, and again after the generation moves", async () => {
    const { state, get } = app();
    const first = await Promise.all(Array.from({ length: 10 }, () => get()));
    expect(state.builds).toBe(1);
    expect(first.map((r) => r.body.build)).toEqual(Array(10).fill(1));
    state.generation += 1;
    const second = await Promise.all(Array.from({ length: 10 }, () => get()));
    expect(state.builds).toBe(2);
    expect(second.every((r) => r.body.build === 2)).toBe(true);
  });

  it("never hands one caller's build to another", async () => {
    const { state, get } = app();
    const [a, b] = await Promise.all([get("a"), get("b")]);
    expect(state.builds).toBe(2);
    expect(a.body.build).not.toBe(b.body.build);
  });

  it("lets the waiters build their own when the first build is not a 200", async () => {
    let calls = 0;
    const { state, get } = app({ status: () => (++calls === 1 ? 503 : 200) });
    const answers = await Promise.all(Array.from({ length: 4 }, () => get()));
    expect(answers[0]?.status).toBe(503);
    expect(answers.slice(1).every((r) => r.status === 200)).toBe(true);
    expect(state.builds).toBe(4);
    // Nothing of the failed build is kept; the next request is served a kept 200.
    expect((await get()).status).toBe(200);
    expect(state.builds).toBe(4);
  });
});
