// The operator CLI's changes to orgs, projects and users in the activity feed,
// run as real processes on a SQLite data directory: each writes exactly its
// event with the CLI as the actor; a refused command writes none; no password
// or hash ever enters an event.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../bench/server-process.ts";
import { openStore } from "../../server/store/open-store.ts";
import type { EventRow } from "../../server/store/events-types.ts";

// Each command is a process of its own (about 1 s alone, ten times that on a loaded machine).
const CLI_RUNS = 180_000;

describe("events of the operator CLI: orgs, projects, users", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "am-cli-org-events-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = { DATA_DIR: dataDir, DATABASE_URL: "", AM_SECRET: "cli-org-events-secret", USER: "ops-person" };
  const cli = async (...args: string[]) => JSON.parse(await runCli(args, env)) as Record<string, string>;

  async function countAll(): Promise<number> {
    const store = await openStore({ dataDir });
    try {
      return await store.countEvents({});
    } finally {
      await store.close();
    }
  }

  /** The org's events, oldest first. */
  async function eventsOf(orgId: string): Promise<EventRow[]> {
    const store = await openStore({ dataDir });
    try {
      return (await store.listEvents({ orgId }, { offset: 0, limit: 100 })).reverse();
    } finally {
      await store.close();
    }
  }

  it("records an org, a project and a user made by the CLI, and a password reset, with the operator as the actor", async () => {
    const org = await cli("orgs", "create", "--name", "Shell Org");
    const project = await cli("projects", "create", "--org", org.id ?? "", "--name", "Shell Project");
    const password = "typed-on-the-command-line";
    await cli("users", "create", "--email", "Shell.User@example.test", "--password", password, "--org", org.id ?? "", "--role", "ORG_MEMBER",
      "--project", project.id ?? "", "--project-role", "GROUP_READ_ONLY");
    const reset = await cli("users", "reset-password", "--email", "shell.user@example.test");

    const events = await eventsOf(org.id ?? "");
    expect(events.map((e) => [e.type, e.groupId, e.targetUsername, e.details])).toEqual([
      ["ORG_CREATED", null, null, { newName: "Shell Org" }],
      ["GROUP_CREATED", project.id, null, { newName: "Shell Project" }],
      ["JOINED_ORG", null, "shell.user@example.test", { newRoles: ["ORG_MEMBER"] }],
      ["JOINED_GROUP", project.id, "shell.user@example.test", { newRoles: ["GROUP_READ_ONLY"] }],
      ["USER_PASSWORD_RESET", null, "shell.user@example.test", null],
    ]);
    for (const e of events) expect(e).toMatchObject({ orgId: org.id, actorKind: "operator", actorId: null, actorName: "cli:ops-person", remoteAddress: null });

    const store = await openStore({ dataDir });
    try {
      const hash = (await store.getUserByEmail("shell.user@example.test"))?.passwordHash ?? "?";
      for (const secret of [password, reset.password ?? "?", hash]) expect(JSON.stringify(events)).not.toContain(secret);
    } finally {
      await store.close();
    }
  }, CLI_RUNS);

  it("writes no event for a refused command", async () => {
    const org = await cli("orgs", "create", "--name", "Refusals");
    await cli("users", "create", "--email", "taken@example.test", "--password", "pw-0123456789", "--org", org.id ?? "", "--role", "ORG_MEMBER");
    const before = await countAll();
    const refused = [
      ["projects", "create", "--org", "f".repeat(24), "--name", "Nowhere"],
      ["users", "create", "--email", "new@example.test", "--password", "pw-0123456789", "--org", org.id ?? "", "--role", "ORG_GOD"],
      ["users", "create", "--email", "taken@example.test", "--password", "pw-0123456789", "--org", org.id ?? "", "--role", "ORG_MEMBER"],
      ["users", "create", "--email", "new@example.test", "--password", "pw-0123456789", "--org", org.id ?? "", "--role", "ORG_MEMBER",
        "--project", "f".repeat(24), "--project-role", "GROUP_READ_ONLY"],
      ["users", "reset-password", "--email", "nobody@example.test"],
    ];
    for (const args of refused) await expect(runCli(args, env)).rejects.toThrow(/exited with [12]/);
    expect(await countAll()).toBe(before);
    const store = await openStore({ dataDir });
    try {
      expect(await store.getUserByEmail("new@example.test")).toBeUndefined();
    } finally {
      await store.close();
    }
  }, CLI_RUNS);
});
