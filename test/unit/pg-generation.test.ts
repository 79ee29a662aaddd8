// PgGeneration's promise: awaitCommits() resolves only after a read of the
// change counter that began after the call has answered, however many reads
// are shared; the generation moves with the counter and with our own writes.
import type pg from "pg";
import { describe, expect, it } from "vitest";
import { PgGeneration } from "../../server/store/pg-generation.ts";

/** A pool whose counter reads answer when the test says, with the counter's value at that moment's start. */
function fakePool() {
  const reads: { startedAt: number; answer: () => void; fail: (e: Error) => void }[] = [];
  let counter = 0;
  const pool = {
    query: () =>
      new Promise((ok, fail) => {
        const startedAt = counter;
        reads.push({ startedAt, answer: () => ok({ rows: [{ n: String(startedAt) }] }), fail });
      }),
  };
  return { pool: pool as unknown as pg.Pool, reads, commit: () => (counter += 1) };
}

const flush = () => new Promise<void>((ok) => setImmediate(ok));

describe("PgGeneration", () => {
  it("never resolves a caller with a read that began before it called", async () => {
    const { pool, reads, commit } = fakePool();
    const generation = new PgGeneration(pool);
    const done: string[] = [];
    void generation.awaitCommits().then(() => done.push("first"));
    void generation.awaitCommits().then(() => done.push("second"));
    commit();
    // Two reads run; this caller arrived after both began, so it waits for a third.
    void generation.awaitCommits().then(() => done.push("third"));
    void generation.awaitCommits().then(() => done.push("fourth (shares the third)"));
    expect(reads).toHaveLength(2);
    reads[0]?.answer();
    await flush();
    expect(done).toEqual(["first"]);
    expect(reads).toHaveLength(3);
    expect(reads[2]?.startedAt).toBe(1);
    reads[1]?.answer();
    await flush();
    expect(done).toEqual(["first", "second"]);
    reads[2]?.answer();
    await flush();
    expect(done).toEqual(["first", "second", "third", "fourth (shares the third)"]);
  });

  it("moves the generation when the counter grows or we wrote, never when a late read answers an older value", async () => {
    const { pool, reads, commit } = fakePool();
    const generation = new PgGeneration(pool);
    const first = generation.awaitCommits();
    reads[0]?.answer();
    await first;
    const g0 = generation.read();
    expect(generation.read()).toBe(g0);

    const older = generation.awaitCommits();
    commit();
    const newer = generation.awaitCommits();
    reads[2]?.answer();
    await newer;
    const g1 = generation.read();
    expect(g1).not.toBe(g0);
    reads[1]?.answer();
    await older;
    expect(generation.read()).toBe(g1);

    generation.written();
    expect(generation.read()).not.toBe(g1);
  });

  it("rejects the callers of a failed read and reads again for the next caller", async () => {
    const { pool, reads } = fakePool();
    const generation = new PgGeneration(pool);
    const failing = generation.awaitCommits();
    reads[0]?.fail(new Error("Connection terminated unexpectedly"));
    await expect(failing).rejects.toThrow("Connection terminated");
    const next = generation.awaitCommits();
    expect(reads).toHaveLength(2);
    reads[1]?.answer();
    await expect(next).resolves.toBeUndefined();
  });
});
