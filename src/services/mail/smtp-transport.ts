import nodemailer from 'nodemailer';

/** One rendered mail ready for the wire. */
export type OutgoingMail = { from: string; to: string; subject: string; text: string; html: string; language: 'en' | 'ja' };

/** Hands a mail to a mail server; rejects with the server's reason when it is not accepted. */
export type MailTransport = { send(mail: OutgoingMail): Promise<void>; close(): void };

/**
 * A transport over SMTP (nodemailer) from a URL such as `smtp://user:pass@host:587` or
 * `smtps://…`. Timeouts are short enough that a send always ends well before the worker's
 * lease on the mail does, so no other worker can pick the mail up while it is still being sent.
 */
export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      const info = await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'Content-Language': mail.language },
      });
      // nodemailer resolves when the server accepted at least one recipient; we send to one.
      if (info.rejected.length > 0) throw new Error(`Recipient rejected: ${info.rejected.map(String).join(', ')}`);
    },
    close() {
      transporter.close();
    },
  };
}
