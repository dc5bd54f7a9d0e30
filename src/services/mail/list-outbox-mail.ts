import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { listMailAttempts, listOutboxMail as listOutboxRows, type MailAttempt, type OutboxStatus } from '../../db/repositories/mail.repository.js';
import type { ServiceContext } from '../service-context.js';
import type { MailTemplate } from './enqueue-mail.js';
import { renderMail } from './render-mail.js';

/** One mail as administrators see it: the outbox row, its rendering and its attempts. */
export type OutboxEntry = {
  id: number;
  recipient: string;
  template: MailTemplate;
  language: 'en' | 'ja';
  status: OutboxStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  dueAt: Date | null;
  lastError: string | null;
  subject: string;
  text: string;
  html: string;
  attemptLog: Array<{ attempt: number; at: Date; outcome: MailAttempt['outcome']; error: string | null }>;
};

export type OutboxPage = { page: number; pageSize: number; total: number; entries: OutboxEntry[] };

/**
 * A page of the mail outbox, newest first, optionally of one status, each mail rendered as it
 * was or will be sent. Throws UNAUTHENTICATED without an actor and FORBIDDEN for anyone but an
 * administrator (mails carry invitation links and receipts of other people).
 */
export async function listOutboxMail(
  ctx: ServiceContext,
  actor: Actor | null,
  query: { status: OutboxStatus | null; page: number; pageSize: number },
): Promise<OutboxPage> {
  assertCan(actor, { type: 'mail.view' });
  const { total, mails } = await listOutboxRows(ctx.db, { status: query.status, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  const attempts = await listMailAttempts(ctx.db, mails.map((mail) => mail.id));
  const entries = mails.map((mail): OutboxEntry => {
    // A mail whose template no longer renders still appears, with the reason in place of a body.
    let rendered: { subject: string; text: string; html: string };
    try {
      rendered = renderMail({ template: mail.template, language: mail.language, params: mail.params });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      rendered = { subject: '', text: reason, html: '' };
    }
    const isFinished = mail.status === 'sent' || mail.status === 'logged' || mail.status === 'failed';
    return {
      id: mail.id,
      recipient: mail.recipient,
      template: mail.template,
      language: mail.language,
      status: mail.status,
      attempts: mail.attempts,
      createdAt: mail.createdAt,
      sentAt: mail.sentAt,
      dueAt: isFinished ? null : mail.dueAt,
      lastError: mail.lastError,
      ...rendered,
      attemptLog: attempts
        .filter((attempt) => attempt.mailId === mail.id)
        .map((attempt) => ({ attempt: attempt.attempt, at: attempt.at, outcome: attempt.outcome, error: attempt.error })),
    };
  });
  return { page: query.page, pageSize: query.pageSize, total, entries };
}
