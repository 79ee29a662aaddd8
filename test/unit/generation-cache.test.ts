import { describe, expect, it } from "vitest";
import { GenerationCache } from "../../server/store/generation.ts";

describe("GenerationCache", () => {
  it("keeps entries while the generation stays, and drops them when it moves", () => {
    let generation = 1;
    const cache = new GenerationCache<string, number>(() => generation, 100);
    cache.keep(cache.current(), "a", 1);
    expect(cache.current().get("a")).toBe(1);
    generation = 2;
    expect(cache.current().has("a")).toBe(false);
  });

  it("a value read across a move is dropped, not kept or weighed in the new generation", () => {
    let generation = 1;
    const cache = new GenerationCache<string, number>(() => generation, 1);
    const before = cache.current();
    generation = 2;
    const after = cache.current();
    cache.keep(before, "stale", 1);
    expect(before.has("stale")).toBe(false);
    // Had it been weighed, the new entries (bound 1) would have started over.
    expect(cache.current()).toBe(after);
  });

  it("starts over once the entries outweigh the bound", () => {
    const cache = new GenerationCache<string, string>(() => 1, 10, (v) => v.length);
    cache.keep(cache.current(), "a", "123456");
    expect(cache.current().has("a")).toBe(true);
    cache.keep(cache.current(), "b", "123456");
    expect(cache.current().size).toBe(0);
  });
});
