import { assertCan } from '../../domain/access/policies.js';
import type { Actor } from '../../domain/access/actor.js';
import { claimDueMail, recordAttempt, type AttemptOutcome, type OutboxMail } from '../../db/repositories/mail.repository.js';
import type { ServiceContext } from '../service-context.js';
import { renderMail, type RenderedMail } from './render-mail.js';
import type { MailTransport } from './smtp-transport.js';

/** The few logger methods the sender uses; a pino or Fastify logger fits. */
export type MailLogger = {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
};

export type DeliveryOptions = {
  /** The SMTP transport, or null to log mail instead of sending it (no SMTP_URL). */
  transport: MailTransport | null;
  from: string;
  maxAttempts: number;
  logger: MailLogger;
  /** Mails claimed per batch. */
  batchSize?: number;
  /** How long a claim lasts: longer than any send can take (the SMTP timeouts are 20 s + 60 s). */
  leaseMs?: number;
  /** The wait before the second attempt; it doubles for each later one. */
  retryBaseMs?: number;
};

export type DeliveryReport = { claimed: number; sent: number; logged: number; retried: number; failed: number };

const DEFAULT_BATCH_SIZE = 20;
const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_RETRY_BASE_MS = 60_000;
// With the default base, attempts 2..5 wait 1, 2, 4 and 8 minutes; a larger MAIL_MAX_ATTEMPTS
// stops doubling at six hours so a mail is still retried within a working day.
const MAX_RETRY_DELAY_MS = 6 * 60 * 60_000;

/** The wait after failed attempt `attempt` (1-based): base · 2^(attempt − 1), capped. */
export function retryDelayMs(attempt: number, baseMs: number = DEFAULT_RETRY_BASE_MS): number {
  return Math.min(baseMs * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 2000);
}

/**
 * Claims the due mails of the outbox, renders each in its language and sends it over SMTP, or
 * logs it when there is no transport. Each outcome is recorded as an attempt in its own short
 * transaction: a sent mail becomes `sent`; a failed send is retried with exponential backoff
 * until `maxAttempts`, then `failed`; a logged mail becomes `logged`. No transaction stays open
 * during a send, so a slow mail server never holds the database (PGlite has one connection).
 * Throws FORBIDDEN unless the actor may send mail (the mail worker's system actor).
 */
export async function deliverDueMail(ctx: ServiceContext, actor: Actor, options: DeliveryOptions): Promise<DeliveryReport> {
  assertCan(actor, { type: 'mail.send' });
  const now = ctx.clock.now();
  const claimed = await claimDueMail(ctx.db, {
    now,
    leaseUntil: new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS)),
    limit: options.batchSize ?? DEFAULT_BATCH_SIZE,
  });
  const report: DeliveryReport = { claimed: claimed.length, sent: 0, logged: 0, retried: 0, failed: 0 };
  for (const mail of claimed) {
    const outcome = await deliverOne(ctx, mail, options);
    const isRecorded = await ctx.db.transaction().execute((tx) =>
      recordAttempt(tx, { id: mail.id, attempt: mail.attempts, at: ctx.clock.now(), outcome }),
    );
    if (!isRecorded) {
      options.logger.warn({ mailId: mail.id, attempt: mail.attempts }, 'mail claim expired before its outcome was recorded');
      continue;
    }
    report[outcome.kind === 'retry' ? 'retried' : outcome.kind] += 1;
  }
  return report;
}

async function deliverOne(ctx: ServiceContext, mail: OutboxMail, options: DeliveryOptions): Promise<AttemptOutcome> {
  let rendered: RenderedMail;
  try {
    rendered = renderMail({ template: mail.template, language: mail.language, params: mail.params });
  } catch (error) {
    // enqueueMail checked the params; a template that fails now will fail on every retry too.
    options.logger.error({ mailId: mail.id, err: error }, 'mail cannot be rendered');
    return { kind: 'failed', error: errorText(error) };
  }
  if (options.transport === null) {
    options.logger.info(
      { mailId: mail.id, to: mail.recipient, template: mail.template, language: mail.language, subject: rendered.subject, text: rendered.text },
      'mail logged, not sent (SMTP_URL is not set)',
    );
    return { kind: 'logged' };
  }
  try {
    await options.transport.send({ from: options.from, to: mail.recipient, language: mail.language, ...rendered });
    options.logger.info({ mailId: mail.id, to: mail.recipient, template: mail.template, attempt: mail.attempts }, 'mail sent');
    return { kind: 'sent' };
  } catch (error) {
    const message = errorText(error);
    if (mail.attempts >= options.maxAttempts) {
      options.logger.error({ mailId: mail.id, to: mail.recipient, attempt: mail.attempts, error: message }, 'mail failed; no attempts left');
      return { kind: 'failed', error: message };
    }
    const dueAt = new Date(ctx.clock.now().getTime() + retryDelayMs(mail.attempts, options.retryBaseMs));
    options.logger.warn({ mailId: mail.id, to: mail.recipient, attempt: mail.attempts, error: message, dueAt }, 'mail not sent; will retry');
    return { kind: 'retry', error: message, dueAt };
  }
}
