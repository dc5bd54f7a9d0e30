import type { Config } from '../config.js';
import { systemActor } from '../domain/access/actor.js';
import { deliverDueMail, type DeliveryReport, type MailLogger } from '../services/mail/deliver-due-mail.js';
import type { MailTransport } from '../services/mail/smtp-transport.js';
import type { ServiceContext } from '../services/service-context.js';

/** The actor the audit trail and access rules see when the mail worker sends. */
export const MAIL_WORKER_ACTOR = systemActor('mail-worker');

export type SendMailJobOptions = {
  config: Config;
  logger: MailLogger;
  /** null: log mail instead of sending it. */
  transport: MailTransport | null;
  batchSize?: number;
  retryBaseMs?: number;
  leaseMs?: number;
};

/** One run of the mail job: sends (or logs) the mails of the outbox that are due now. */
export async function runSendMailJob(ctx: ServiceContext, options: SendMailJobOptions): Promise<DeliveryReport> {
  return deliverDueMail(ctx, MAIL_WORKER_ACTOR, {
    transport: options.transport,
    from: options.config.mail.from,
    maxAttempts: options.config.mail.maxAttempts,
    logger: options.logger,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.retryBaseMs === undefined ? {} : { retryBaseMs: options.retryBaseMs }),
    ...(options.leaseMs === undefined ? {} : { leaseMs: options.leaseMs }),
  });
}
