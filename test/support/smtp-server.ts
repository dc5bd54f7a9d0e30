import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/** A mail the local SMTP server accepted, parsed. */
export type ReceivedMail = {
  envelopeTo: string[];
  fromAddress: string;
  fromName: string;
  subject: string;
  text: string;
  html: string;
  language: string | undefined;
  parsed: ParsedMail;
};

export type LocalSmtpServer = {
  /** `smtp://127.0.0.1:<port>` for SMTP_URL. */
  readonly url: string;
  readonly received: ReceivedMail[];
  /** How many RCPT TO commands the server saw (accepted or rejected). */
  readonly recipientAttempts: number;
  close(): Promise<void>;
};

export type LocalSmtpServerOptions = {
  /** Return an error message to reject a recipient with 550, as a real server refusing mail. */
  rejectRecipient?: (address: string) => string | null;
};

/**
 * A real SMTP server on 127.0.0.1 and a free port (smtp-server), collecting every accepted mail
 * parsed by mailparser. Plain text, no TLS and no authentication: it listens on loopback only.
 */
export async function startLocalSmtpServer(options: LocalSmtpServerOptions = {}): Promise<LocalSmtpServer> {
  const received: ReceivedMail[] = [];
  let recipientAttempts = 0;
  const serverOptions: SMTPServerOptions = {
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      recipientAttempts += 1;
      const reason = options.rejectRecipient?.(address.address) ?? null;
      if (reason === null) return callback();
      const error = Object.assign(new Error(reason), { responseCode: 550 });
      return callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const language = parsed.headers.get('content-language');
          received.push({
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
            fromAddress: parsed.from?.value[0]?.address ?? '',
            fromName: parsed.from?.value[0]?.name ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            language: typeof language === 'string' ? language : undefined,
            parsed,
          });
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get recipientAttempts() {
      return recipientAttempts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
