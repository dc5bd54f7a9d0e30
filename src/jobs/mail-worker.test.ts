import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { systemActor } from '../domain/access/actor.js';
import { enqueueMail, type MailRequest } from '../services/mail/enqueue-mail.js';
import { listOutboxMail } from '../services/mail/list-outbox-mail.js';
import { deliverDueMail, type MailLogger } from '../services/mail/deliver-due-mail.js';
import { startLocalSmtpServer, type LocalSmtpServer } from '../../test/support/smtp-server.js';
import { useTestDatabase } from '../../test/support/test-db.js';
import { startMailWorker } from './mail-worker.js';

/**
 * The outbox and the sender end to end, on the real database and a real SMTP server listening
 * on loopback. Each test uses its own recipients, so leftovers of one test cannot pass another.
 */
const database = useTestDatabase();
const admin = { kind: 'user' as const, userId: 1, email: 'admin@example.org', personRef: null, roles: [{ role: 'administrator' as const, agency: null }] };

type LogLine = { level: 'info' | 'warn' | 'error'; details: object; message: string };
function collectingLogger(): MailLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    info: (details, message) => void lines.push({ level: 'info', details, message }),
    warn: (details, message) => void lines.push({ level: 'warn', details, message }),
    error: (details, message) => void lines.push({ level: 'error', details, message }),
  };
}

function receipt(to: string, language: 'en' | 'ja', ref = 'JST-ANR-2026-001'): MailRequest {
  return {
    to,
    template: 'receipt',
    language,
    params: { proposalRef: ref, proposalTitle: language === 'ja' ? '量子センシングの国際共同研究' : 'Quantum sensing together', callTitle: 'SICORP JST–ANR 2026', submittedAt: '2026-04-01 09:00 JST', contentHash: 'a'.repeat(64) },
    at: database.ctx.clock.now(),
  };
}

async function outboxRow(id: number) {
  return database.ctx.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function attemptRows(id: number) {
  return database.ctx.db.selectFrom('mail_attempts').selectAll().where('mail_id', '=', id).orderBy('attempt').execute();
}

describe('mail outbox and SMTP sender', () => {
  let smtp: LocalSmtpServer;
  beforeAll(async () => {
    smtp = await startLocalSmtpServer({ rejectRecipient: (address) => (address.endsWith('@rejecting.example') ? 'Mailbox unavailable' : null) });
  });
  afterAll(async () => {
    await smtp.close();
  });

  const smtpConfig = () => loadConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Kakehashi <no-reply@kakehashi.test>', MAIL_MAX_ATTEMPTS: '3', MAIL_POLL_MS: '50' });

  it('delivers a mail enqueued in a committed transaction once, in its language', async () => {
    database.setNow('2026-04-01T00:00:00Z');
    const id = await database.ctx.db.transaction().execute((tx) => enqueueMail(tx, receipt('pi.commit@univ.example', 'ja')));
    const worker = startMailWorker({ ctx: database.ctx, config: smtpConfig(), logger: collectingLogger(), isPolling: false });
    try {
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
      expect(await worker.runOnce()).toMatchObject({ claimed: 0 });
    } finally {
      await worker.stop();
    }
    const mails = smtp.received.filter((mail) => mail.envelopeTo.includes('pi.commit@univ.example'));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe('受付完了：提案 JST-ANR-2026-001 を提出しました');
    expect(mail?.text).toContain('量子センシングの国際共同研究');
    expect(mail?.text).toContain('a'.repeat(64));
    expect(mail?.html).toContain('<html lang="ja">');
    expect(mail?.language).toBe('ja');
    expect([mail?.fromName, mail?.fromAddress]).toEqual(['Kakehashi', 'no-reply@kakehashi.test']);
    expect(await outboxRow(id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect((await attemptRows(id)).map((attempt) => attempt.outcome)).toEqual(['sent']);
  });

  it('never sends a mail whose transaction rolled back', async () => {
    const rollback = new Error('the use case failed after enqueuing');
    await expect(
      database.ctx.db.transaction().execute(async (tx) => {
        await enqueueMail(tx, receipt('pi.rollback@univ.example', 'en'));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    const worker = startMailWorker({ ctx: database.ctx, config: smtpConfig(), logger: collectingLogger(), isPolling: false });
    try {
      await worker.runOnce();
    } finally {
      await worker.stop();
    }
    expect(smtp.received.filter((mail) => mail.envelopeTo.includes('pi.rollback@univ.example'))).toEqual([]);
    const rows = await database.ctx.db.selectFrom('mail_outbox').select('id').where('recipient', '=', 'pi.rollback@univ.example').execute();
    expect(rows).toEqual([]);
  });

  it('records each rejected attempt, retries after an exponential backoff, then marks the mail failed', async () => {
    database.setNow('2026-04-02T00:00:00Z');
    const id = await database.ctx.db.transaction().execute((tx) => enqueueMail(tx, receipt('nobody@rejecting.example', 'en')));
    const logger = collectingLogger();
    const worker = startMailWorker({ ctx: database.ctx, config: smtpConfig(), logger, isPolling: false, retryBaseMs: 60_000 });
    const recipientAttemptsBefore = smtp.recipientAttempts;
    try {
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      expect(await outboxRow(id)).toMatchObject({ status: 'pending', attempts: 1, due_at: new Date('2026-04-02T00:01:00Z') });
      expect((await outboxRow(id)).last_error).toContain('Mailbox unavailable');

      // Not due one second before the backoff ends; due exactly at its end.
      database.setNow('2026-04-02T00:00:59Z');
      expect(await worker.runOnce()).toMatchObject({ claimed: 0 });
      database.setNow('2026-04-02T00:01:00Z');
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      // The second wait is twice the first.
      expect(await outboxRow(id)).toMatchObject({ status: 'pending', attempts: 2, due_at: new Date('2026-04-02T00:03:00Z') });

      database.setNow('2026-04-02T00:03:00Z');
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
      database.setNow('2026-04-03T00:00:00Z');
      expect(await worker.runOnce()).toMatchObject({ claimed: 0 });
    } finally {
      await worker.stop();
    }
    expect(smtp.recipientAttempts - recipientAttemptsBefore).toBe(3);
    expect(smtp.received.filter((mail) => mail.envelopeTo.includes('nobody@rejecting.example'))).toEqual([]);
    expect(await outboxRow(id)).toMatchObject({ status: 'failed', attempts: 3, sent_at: null });
    const attempts = await attemptRows(id);
    expect(attempts.map((attempt) => [attempt.attempt, attempt.outcome, attempt.at.toISOString()])).toEqual([
      [1, 'error', '2026-04-02T00:00:00.000Z'],
      [2, 'error', '2026-04-02T00:01:00.000Z'],
      [3, 'error', '2026-04-02T00:03:00.000Z'],
    ]);
    expect(attempts.every((attempt) => attempt.error?.includes('Mailbox unavailable'))).toBe(true);
    expect(logger.lines.filter((line) => line.level === 'error').map((line) => line.message)).toEqual(['mail failed; no attempts left']);
  });

  it('logs mail without SMTP settings and lists it for administrators', async () => {
    database.setNow('2026-04-04T00:00:00Z');
    const id = await database.ctx.db.transaction().execute((tx) => enqueueMail(tx, receipt('pi.logged@univ.example', 'en', 'JST-ANR-2026-LOG')));
    const logger = collectingLogger();
    const worker = startMailWorker({ ctx: database.ctx, config: loadConfig({}), logger, isPolling: false });
    try {
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, logged: 1 });
    } finally {
      await worker.stop();
    }
    expect(logger.lines.find((line) => line.message.includes('logged'))?.details).toMatchObject({ mailId: id, to: 'pi.logged@univ.example', subject: 'Receipt: proposal JST-ANR-2026-LOG submitted' });
    expect(await outboxRow(id)).toMatchObject({ status: 'logged', attempts: 1 });

    const page = await listOutboxMail(database.ctx, admin, { status: 'logged', page: 1, pageSize: 10 });
    expect(page.total).toBe(1);
    expect(page.entries[0]).toMatchObject({
      id,
      recipient: 'pi.logged@univ.example',
      template: 'receipt',
      language: 'en',
      status: 'logged',
      subject: 'Receipt: proposal JST-ANR-2026-LOG submitted',
      attemptLog: [{ attempt: 1, outcome: 'logged', error: null }],
    });
    expect(page.entries[0]?.text).toContain('Quantum sensing together');
    await expect(
      listOutboxMail(database.ctx, { ...admin, roles: [{ role: 'programme_officer', agency: 'JST' }] }, { status: null, page: 1, pageSize: 10 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('never sends a mail twice when two workers poll the same outbox at once', async () => {
    database.setNow('2026-04-05T00:00:00Z');
    const recipients = Array.from({ length: 24 }, (_, index) => `pi.race${index}@univ.example`);
    await database.ctx.db.transaction().execute(async (tx) => {
      for (const to of recipients) await enqueueMail(tx, receipt(to, 'en', `RACE-${to}`));
    });
    const config = smtpConfig();
    const workers = [0, 1].map(() => startMailWorker({ ctx: database.ctx, config, logger: collectingLogger(), isPolling: false, batchSize: 3 }));
    const drain = async (worker: (typeof workers)[number]) => {
      let sent = 0;
      for (;;) {
        const report = await worker.runOnce();
        sent += report.sent;
        if (report.claimed === 0) return sent;
      }
    };
    try {
      const sentByWorker = await Promise.all(workers.map(drain));
      expect(sentByWorker.reduce((sum, count) => sum + count, 0)).toBe(recipients.length);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    const delivered = smtp.received.flatMap((mail) => mail.envelopeTo).filter((to) => to.startsWith('pi.race'));
    expect([...delivered].sort()).toEqual([...recipients].sort());
    const attempts = await database.ctx.db
      .selectFrom('mail_attempts')
      .innerJoin('mail_outbox', 'mail_outbox.id', 'mail_attempts.mail_id')
      .select('mail_attempts.attempt')
      .where('mail_outbox.recipient', 'like', 'pi.race%')
      .execute();
    expect(attempts.map((attempt) => attempt.attempt)).toEqual(recipients.map(() => 1));
  });

  it('sends by itself when polling, and stops cleanly', async () => {
    database.setNow('2026-04-06T00:00:00Z');
    await database.ctx.db.transaction().execute((tx) => enqueueMail(tx, receipt('pi.polling@univ.example', 'en')));
    const worker = startMailWorker({ ctx: database.ctx, config: smtpConfig(), logger: collectingLogger() });
    try {
      await expect.poll(() => smtp.received.filter((mail) => mail.envelopeTo.includes('pi.polling@univ.example')).length, { timeout: 5000 }).toBe(1);
    } finally {
      await worker.stop();
    }
  });

  it('rejects a bad address or a missing param at enqueue time, in the caller', async () => {
    await expect(enqueueMail(database.ctx.db, { ...receipt('not an address', 'en') })).rejects.toThrow('Not a mail address');
    const { contentHash: _omitted, ...params } = receipt('pi@univ.example', 'en').params;
    await expect(enqueueMail(database.ctx.db, { ...receipt('pi@univ.example', 'en'), params })).rejects.toThrow('contentHash');
  });

  it('refuses to let a user without the right run the sender', async () => {
    const options = { transport: null, from: 'x@example.org', maxAttempts: 1, logger: collectingLogger() };
    await expect(deliverDueMail(database.ctx, { ...admin, roles: [{ role: 'programme_officer', agency: 'JST' }] }, options)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deliverDueMail(database.ctx, systemActor('test'), options)).resolves.toMatchObject({ claimed: 0 });
  });
});
