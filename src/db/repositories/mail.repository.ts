import { sql } from 'kysely';
import type { Executor, MailOutboxTable } from '../database.js';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'logged';
export type OutboxTemplate = MailOutboxTable['template'];

/** One mail of the outbox as the worker and the administrators' view see it. */
export type OutboxMail = {
  id: number;
  recipient: string;
  template: OutboxTemplate;
  language: 'en' | 'ja';
  params: Record<string, string | number>;
  status: OutboxStatus;
  attempts: number;
  createdAt: Date;
  dueAt: Date;
  sentAt: Date | null;
  lastError: string | null;
};

export type NewOutboxMail = {
  recipient: string;
  template: OutboxTemplate;
  language: 'en' | 'ja';
  params: Record<string, string | number>;
  createdAt: Date;
};

type OutboxRow = {
  id: number;
  recipient: string;
  template: OutboxTemplate;
  language: 'en' | 'ja';
  params: Record<string, string | number>;
  status: OutboxStatus;
  attempts: number;
  created_at: Date;
  due_at: Date;
  sent_at: Date | null;
  last_error: string | null;
};

function toMail(row: OutboxRow): OutboxMail {
  return {
    id: Number(row.id),
    recipient: row.recipient,
    template: row.template,
    language: row.language,
    params: row.params,
    status: row.status,
    attempts: row.attempts,
    createdAt: new Date(row.created_at),
    dueAt: new Date(row.due_at),
    sentAt: row.sent_at === null ? null : new Date(row.sent_at),
    lastError: row.last_error,
  };
}

/** Writes a mail row, due at once; returns its id. */
export async function insertOutboxMail(db: Executor, mail: NewOutboxMail): Promise<number> {
  const row = await db
    .insertInto('mail_outbox')
    .values({
      recipient: mail.recipient,
      template: mail.template,
      language: mail.language,
      params: JSON.stringify(mail.params),
      created_at: mail.createdAt,
      due_at: mail.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/**
 * Claims up to `limit` due mails for one worker: marks them `sending`, counts the attempt and
 * moves `due_at` to the end of the lease. `FOR UPDATE SKIP LOCKED` makes a second worker's claim
 * pass over rows the first is claiming instead of waiting for them and then taking them too; the
 * lease makes a mail whose worker died during the send due again once it ends.
 */
export async function claimDueMail(db: Executor, options: { now: Date; leaseUntil: Date; limit: number }): Promise<OutboxMail[]> {
  const { rows } = await sql<OutboxRow>`
    update mail_outbox
       set status = 'sending', attempts = attempts + 1, due_at = ${options.leaseUntil}
     where id in (
       select id from mail_outbox
        where status in ('pending', 'sending') and due_at <= ${options.now}
        order by due_at, id
        limit ${options.limit}
        for update skip locked
     )
    returning *`.execute(db);
  return rows.map(toMail).sort((a, b) => a.id - b.id);
}

export type AttemptOutcome =
  | { kind: 'sent' }
  | { kind: 'logged' }
  | { kind: 'retry'; error: string; dueAt: Date }
  | { kind: 'failed'; error: string };

/**
 * Records the outcome of the claimed attempt `attempt` of mail `id` and moves the mail on. Does
 * nothing and returns false when the claim is no longer this worker's (its lease ended and
 * another worker claimed the mail again), so a late worker never overwrites a newer outcome.
 */
export async function recordAttempt(db: Executor, options: { id: number; attempt: number; at: Date; outcome: AttemptOutcome }): Promise<boolean> {
  const { id, attempt, at, outcome } = options;
  const update = (() => {
    switch (outcome.kind) {
      case 'sent':
        return { status: 'sent' as const, sent_at: at, last_error: null };
      case 'logged':
        return { status: 'logged' as const, sent_at: at, last_error: null };
      case 'retry':
        return { status: 'pending' as const, due_at: outcome.dueAt, last_error: outcome.error };
      case 'failed':
        return { status: 'failed' as const, last_error: outcome.error };
    }
  })();
  const result = await db
    .updateTable('mail_outbox')
    .set(update)
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('attempts', '=', attempt)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db
    .insertInto('mail_attempts')
    .values({
      mail_id: id,
      attempt,
      at,
      outcome: outcome.kind === 'sent' || outcome.kind === 'logged' ? outcome.kind : 'error',
      error: outcome.kind === 'retry' || outcome.kind === 'failed' ? outcome.error : null,
    })
    .execute();
  return true;
}

/** A page of the outbox, newest first, with the total for the filter. */
export async function listOutboxMail(
  db: Executor,
  options: { status: OutboxStatus | null; limit: number; offset: number },
): Promise<{ total: number; mails: OutboxMail[] }> {
  let query = db.selectFrom('mail_outbox');
  if (options.status !== null) query = query.where('status', '=', options.status);
  const count = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.selectAll().orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute();
  return { total: Number(count.total), mails: rows.map((row) => toMail(row as OutboxRow)) };
}

export type MailAttempt = { mailId: number; attempt: number; at: Date; outcome: 'sent' | 'error' | 'logged'; error: string | null };

/** The recorded attempts of some mails, in order. */
export async function listMailAttempts(db: Executor, mailIds: readonly number[]): Promise<MailAttempt[]> {
  if (mailIds.length === 0) return [];
  const rows = await db
    .selectFrom('mail_attempts')
    .selectAll()
    .where('mail_id', 'in', [...mailIds])
    .orderBy('mail_id')
    .orderBy('attempt')
    .execute();
  return rows.map((row) => ({ mailId: Number(row.mail_id), attempt: row.attempt, at: row.at, outcome: row.outcome, error: row.error }));
}
