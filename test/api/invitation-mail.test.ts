// With SMTP_URL set, invitations are also e-mailed: a real SMTP server from
// npm (smtp-server) is the sink, and the link read from the message is the
// one the inviter saw, and it works. A mail server that is down fails no
// invitation and logs no link.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { smtpMailer } from "../../server/mail/smtp-mailer.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { accept, invite, newEmail } from "../support/people.ts";
import { buildWorld, signIn, startServer, type TestServer } from "../support/server.ts";
import { linkIn, startSmtpSink, type SmtpSink } from "../support/smtp-sink.ts";

describe("invitation e-mail", () => {
  let sink: SmtpSink;
  let server: TestServer;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startServer(new MemoryStore(), { mailer: smtpMailer(sink.url, "Access Manager <am@sender.test>"), publicUrl: "https://access.example.test" });
    world = await buildWorld(server.deps);
  });
  afterAll(async () => {
    await server.close();
    await sink.close();
  });

  it("mails the invitation link the inviter was shown, to the invitee only, and the link from the mail works", async () => {
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("mailed");
    const { body } = await invite(owner, world.orgId, email);
    expect(body.invitationUrl).toMatch(/^https:\/\/access\.example\.test\/invitation#/);
    const message = sink.messages.find((m) => m.to.includes(email));
    expect(message?.to).toEqual([email]);
    expect(message?.from).toBe("am@sender.test");
    expect(message?.raw).toMatch(/Subject: Invitation to Acme in Access Manager/);
    const link = linkIn(message?.raw ?? "");
    expect(link).toBe(body.invitationUrl);
    expect((await accept(server.base, (link ?? "").split("#")[1] ?? "")).answer.status).toBe(200);
  });

  it("mails a new link when one is issued", async () => {
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("remailed");
    const { id } = await invite(owner, world.orgId, email);
    const renewed = await owner.call("POST", `/orgs/${world.orgId}/users/${id}/invitationLink`);
    const mails = sink.messages.filter((m) => m.to.includes(email));
    expect(mails).toHaveLength(2);
    expect(linkIn(mails[1]?.raw ?? "")).toBe(renewed.body.url);
  });

  it("invites all the same when the mail server is down, logging no link", async () => {
    const down = await startSmtpSink();
    await down.close();
    const offline = await startServer(new MemoryStore(), { mailer: smtpMailer(down.url, "am@sender.test") });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const w = await buildWorld(offline.deps);
      const { token } = await invite(await signIn(offline.base, w.users.owner), w.orgId, newEmail("offline"));
      expect(errors).toHaveBeenCalled();
      expect(JSON.stringify(errors.mock.calls)).not.toContain(token);
    } finally {
      errors.mockRestore();
      await offline.close();
    }
  });
});
