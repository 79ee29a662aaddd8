// The e-mail sender for SMTP_URL (smtp://user:pass@host:port, or smtps://),
// through nodemailer. Messages hold one-time links: nothing here logs them.
import nodemailer from "nodemailer";
import type { Mailer } from "./mailer.ts";

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
