// A real SMTP server (smtp-server from npm) as the tests' mail sink: it keeps
// every message it receives, and reads the one-time link out of a message.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Received {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpSink {
  url: string;
  messages: Received[];
  close(): Promise<void>;
}

/** onMessage: also hand each message on as it arrives (the e2e server writes them to files). */
export async function startSmtpSink(onMessage?: (message: Received) => void): Promise<SmtpSink> {
  const messages: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      let raw = "";
      stream.on("data", (d: Buffer) => (raw += d.toString("utf8")));
      stream.on("end", () => {
        const envelope = session.envelope;
        const message = { from: envelope.mailFrom ? envelope.mailFrom.address : "", to: envelope.rcptTo.map((r) => r.address), raw };
        messages.push(message);
        onMessage?.(message);
        done();
      });
    },
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", () => ok()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** The link in a message's text, undoing quoted-printable soft line breaks. */
export function linkIn(raw: string): string | undefined {
  const text = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return /https?:\/\/\S+#[0-9a-f]{64}/.exec(text)?.[0];
}
