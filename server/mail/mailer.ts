// What the server asks of an e-mail sender; smtp-mailer.ts is the real one
// (nodemailer over SMTP_URL). Kept free of Node modules so the domain, which
// also runs in the browser's mock backend, can name it.
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
