import { describe, expect, it } from "vitest";
import { PerKeyLimit } from "../../server/auth/per-key-limit.ts";

function gate() {
  let open = () => {};
  const opened = new Promise<void>((ok) => (open = ok));
  return { opened, open };
}

describe("PerKeyLimit", () => {
  it("runs at most the limit per key, the rest in arrival order, other keys at once; forgets a key once idle", async () => {
    const limit = new PerKeyLimit(2);
    const started: string[] = [];
    const gates = [gate(), gate(), gate(), gate()];
    const task = (name: string, g: { opened: Promise<void> }) => () => {
      started.push(name);
      return g.opened.then(() => name);
    };
    const runs = [
      limit.run("a", task("a1", gates[0]!)),
      limit.run("a", task("a2", gates[1]!)),
      limit.run("a", task("a3", gates[2]!)),
      limit.run("b", task("b1", gates[3]!)),
    ];
    await Promise.resolve();
    expect(started).toEqual(["a1", "a2", "b1"]);
    gates[1]!.open();
    await runs[1];
    await new Promise((ok) => setTimeout(ok, 0));
    expect(started).toEqual(["a1", "a2", "b1", "a3"]);
    for (const g of gates) g.open();
    expect(await Promise.all(runs)).toEqual(["a1", "a2", "a3", "b1"]);
    expect(limit.size).toBe(0);
  });

  it("frees the slot when a task fails", async () => {
    const limit = new PerKeyLimit(1);
    await expect(limit.run("a", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limit.run("a", () => Promise.resolve(1))).toBe(1);
    expect(limit.size).toBe(0);
  });
});
