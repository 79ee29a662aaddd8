// `users invite` as a real process on SQLite: prints the one-time link once
// (stored only as a keyed hash), mails it when SMTP_URL is set, records
// INVITED_TO_ORG without it, and follows the CLI's usage conventions.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openStore } from "../../server/store/open-store.ts";
import { cli, cliJson } from "../support/ops-process.ts";
import { linkIn, startSmtpSink, type SmtpSink } from "../support/smtp-sink.ts";

const dir = mkdtempSync(join(tmpdir(), "am-cli-invite-"));
let sink: SmtpSink;
let env: Record<string, string>;
beforeAll(async () => {
  sink = await startSmtpSink();
  env = { DATA_DIR: dir, DATABASE_URL: "", AM_SECRET: "cli-invite-secret", PORT: "9123", SMTP_URL: sink.url };
});
afterAll(async () => {
  await sink.close();
  rmSync(dir, { recursive: true, force: true });
});

it("users invite prints the link once, mails it, and refuses bad arguments with exit code 2", async () => {
  const help = await cli(env, "users", "invite", "--help");
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/users invite --email E --org ORG_ID --role ORG_ROLE/);

  const org = await cliJson<{ id: string }>(env, "orgs", "create", "--name", "Invited Co");
  const out = await cliJson<Record<string, unknown>>(env, "users", "invite", "--email", "New.Person@Example.test", "--org", org.id, "--role", "ORG_READ_ONLY");
  expect(out).toMatchObject({ email: "new.person@example.test", orgMembershipStatus: "PENDING", emailed: true });
  const url = String(out.invitationUrl);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:9123\/invitation#[0-9a-f]{64}$/);
  expect(linkIn(sink.messages[0]?.raw ?? "")).toBe(url);

  const token = url.split("#")[1] ?? "";
  for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file)).includes(token), file).toBe(false);
  const store = await openStore({ dataDir: dir });
  try {
    const [pending] = await store.listOrgInvitations(org.id);
    expect(pending).toMatchObject({ orgRoles: ["ORG_READ_ONLY"], inviter: expect.stringMatching(/^cli:/) });
    const events = await store.listEvents({ orgId: org.id, types: ["INVITED_TO_ORG"] }, { offset: 0, limit: 10 });
    expect(events.map((e) => [e.actorKind, e.targetUsername])).toEqual([["operator", "new.person@example.test"]]);
    expect(JSON.stringify(events)).not.toContain(token);
  } finally {
    await store.close();
  }

  const again = await cli(env, "users", "invite", "--email", "new.person@example.test", "--org", org.id, "--role", "ORG_MEMBER");
  expect(again.code).toBe(2);
  expect(again.stderr).toMatch(/already a member of, or invited to/);
  for (const args of [["--email", "x@example.test", "--org", org.id, "--role", "GROUP_OWNER"], ["--email", "not-an-email", "--org", org.id, "--role", "ORG_MEMBER"], ["--email", "y@example.test", "--org", "nope", "--role", "ORG_MEMBER"], ["--email", "z@example.test", "--org", org.id]]) {
    const res = await cli(env, "users", "invite", ...args);
    expect(res.code, args.join(" ")).toBe(2);
    expect(res.stdout).toBe("");
    expect(res.stderr.trimEnd().split("\n")).toHaveLength(1);
  }
}, 120_000);
