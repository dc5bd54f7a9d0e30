import { describe, expect, it } from 'vitest';
import type { MailListResponse } from '../../contracts/mail.schemas.js';
import { enqueueMail } from '../../services/mail/enqueue-mail.js';
import { signInAs, useTestApp } from '../../../test/support/build-test-app.js';
import { DEMO_USERS } from '../../demo/demo-users.js';

const context = useTestApp();
const emailOf = (role: string) => {
  const user = DEMO_USERS.find((candidate) => candidate.roles.some((grant) => grant.role === role));
  if (!user) throw new Error(`no demo user with role ${role}`);
  return user.email;
};

async function enqueueWithdrawal(to: string, language: 'en' | 'ja') {
  return context.database.ctx.db.transaction().execute((tx) =>
    enqueueMail(tx, {
      to,
      template: 'withdrawal',
      language,
      params: { proposalRef: `REF-${to}`, proposalTitle: 'Quantum sensing', withdrawnAt: '2026-04-01 10:00 JST' },
      at: context.database.ctx.clock.now(),
    }),
  );
}

describe('GET /api/admin/mail', () => {
  it('lists the outbox for administrators, rendered, newest first, filtered by status', async () => {
    const first = await enqueueWithdrawal('a@univ.example', 'en');
    const second = await enqueueWithdrawal('b@univ.example', 'ja');
    await context.database.ctx.db.updateTable('mail_outbox').set({ status: 'failed', last_error: '550 Mailbox unavailable' }).where('id', '=', first).execute();

    const session = await signInAs(context.app, emailOf('administrator'));
    const response = await context.app.inject({ method: 'GET', url: '/api/admin/mail', headers: { cookie: session.cookie } });
    expect(response.statusCode).toBe(200);
    const body = response.json<MailListResponse>();
    expect(body.items.map((item) => item.id).slice(0, 2)).toEqual([second, first]);
    expect(body.items[0]).toMatchObject({ recipient: 'b@univ.example', template: 'withdrawal', language: 'ja', status: 'pending', subject: '提案 REF-b@univ.example を取り下げました', attempts: 0 });
    expect(body.items[0]?.text).toContain('Quantum sensing');
    expect(body.items[0]?.html).toContain('<html lang="ja">');

    const failed = await context.app.inject({ method: 'GET', url: '/api/admin/mail?status=failed&page=1', headers: { cookie: session.cookie } });
    expect(failed.json<MailListResponse>()).toMatchObject({ total: 1, page: 1, items: [{ id: first, status: 'failed', lastError: '550 Mailbox unavailable' }] });

    const secondPage = await context.app.inject({ method: 'GET', url: '/api/admin/mail?pageSize=1&page=2', headers: { cookie: session.cookie } });
    expect(secondPage.json<MailListResponse>().items.map((item) => item.id)).toEqual([first]);
  });

  it('refuses everyone but administrators, and anonymous requests', async () => {
    for (const role of ['programme_officer', 'partner_officer', 'applicant', 'analyst']) {
      const session = await signInAs(context.app, emailOf(role));
      const response = await context.app.inject({ method: 'GET', url: '/api/admin/mail', headers: { cookie: session.cookie } });
      expect(response.statusCode, role).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    const anonymous = await context.app.inject({ method: 'GET', url: '/api/admin/mail' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('reports an unknown status filter as a validation problem', async () => {
    const session = await signInAs(context.app, emailOf('administrator'));
    const response = await context.app.inject({ method: 'GET', url: '/api/admin/mail?status=lost', headers: { cookie: session.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });
});
