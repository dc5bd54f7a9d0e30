import type { Config } from '../config.js';
import type { DeliveryReport, MailLogger } from '../services/mail/deliver-due-mail.js';
import { createSmtpTransport, type MailTransport } from '../services/mail/smtp-transport.js';
import type { ServiceContext } from '../services/service-context.js';
import { runSendMailJob } from './send-mail.job.js';

/*
 * Why the outbox table is the queue, rather than pg-boss: pg-boss needs a PostgreSQL server and
 * its own schema, and Kakehashi also runs on embedded PGlite; one mechanism must serve both
 * engines. The outbox row already is the job (a service writes it in its own transaction), so
 * the worker only has to claim due rows with `FOR UPDATE SKIP LOCKED`, which lets several server
 * processes poll the same outbox without ever claiming one mail twice.
 */

export type MailWorker = {
  /** Runs one delivery pass now (tests, and the loop itself). */
  runOnce(): Promise<DeliveryReport>;
  /** Stops polling, waits for the pass under way and closes the SMTP connection. */
  stop(): Promise<void>;
};

export type MailWorkerOptions = {
  ctx: ServiceContext;
  config: Config;
  logger: MailLogger;
  /** Overrides the transport built from SMTP_URL (null: log mail). */
  transport?: MailTransport | null;
  /** false: do not poll; the caller drives `runOnce` (tests). */
  isPolling?: boolean;
  batchSize?: number;
  retryBaseMs?: number;
  leaseMs?: number;
};

const DEFAULT_BATCH_SIZE = 20;

/**
 * Starts the mail worker: every MAIL_POLL_MS it sends the due mails of the outbox over SMTP
 * (SMTP_URL) or logs them for administrators when SMTP_URL is unset. A full batch is followed
 * at once by the next, so a backlog drains without waiting for the poll interval. A failed pass
 * (the database unreachable) is logged and tried again at the next poll.
 */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const { ctx, config, logger } = options;
  const transport = options.transport !== undefined ? options.transport : config.mail.smtpUrl ? createSmtpTransport(config.mail.smtpUrl) : null;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<DeliveryReport> | undefined;

  const runOnce = (): Promise<DeliveryReport> => {
    // One pass at a time per worker: a pass that overlaps itself would only contend for rows.
    running ??= runSendMailJob(ctx, {
      config,
      logger,
      transport,
      batchSize,
      ...(options.retryBaseMs === undefined ? {} : { retryBaseMs: options.retryBaseMs }),
      ...(options.leaseMs === undefined ? {} : { leaseMs: options.leaseMs }),
    }).finally(() => {
      running = undefined;
    });
    return running;
  };

  const loop = async (): Promise<void> => {
    if (isStopped) return;
    let isBatchFull = false;
    try {
      const report = await runOnce();
      isBatchFull = report.claimed >= batchSize;
    } catch (error) {
      logger.error({ err: error }, 'mail worker pass failed');
    }
    if (!isStopped) timer = setTimeout(() => void loop(), isBatchFull ? 0 : config.mail.pollMs);
  };

  if (options.isPolling !== false) {
    logger.info({ smtp: transport !== null, pollMs: config.mail.pollMs }, transport ? 'mail worker started (SMTP)' : 'mail worker started (no SMTP_URL: mail is logged)');
    timer = setTimeout(() => void loop(), 0);
  }

  return {
    runOnce,
    async stop() {
      isStopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
      transport?.close();
    },
  };
}
