import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { signInAs, useTestApp, type SignedIn } from '../../test/support/build-test-app.js';
import type { CallAdminView } from '../contracts/call-admin.schemas.js';

const testApp = useTestApp();

const CODE = 'JST-ANR-2026-QUANTUM';
const jointCallBody = {
  code: CODE,
  programme: 'SICORP',
  title: { en: 'Japan–France joint call on quantum sensing', ja: '日仏共同公募 量子センシング' },
  modality: 'joint_call',
  fields: ['quantum'],
  opens: '2026-05-01T10:00:00+09:00',
  sides: [
    { agency: 'JST', role: 'lead', deadline: '2026-07-31T12:00:00+09:00', reviews: true, budget: { total: { amount: 300_000_000, currency: 'JPY' }, perProjectPerYearMax: { amount: 15_000_000, currency: 'JPY' } } },
    { agency: 'ANR', role: 'partner', deadline: '2026-07-31T17:00:00+02:00', reviews: true, budget: { perProjectPerYearMax: { amount: 15_000_000, currency: 'EUR' } } },
  ],
  durationMonths: { min: 36, max: 36 },
  criteria: [{ code: 'significance', name: { en: 'Significance', ja: '重要性' }, weight: 2, scale: [1, 5] }],
  rules: [{ rule: 'budget_within_cap' }],
};

type Method = 'GET' | 'POST' | 'PATCH';
async function call(method: Method, url: string, who: SignedIn | null, payload?: object): Promise<LightMyRequestResponse> {
  const headers = who ? { cookie: who.cookie, 'x-csrf-token': who.csrfToken } : {};
  return payload === undefined ? testApp.app.inject({ method, url, headers }) : testApp.app.inject({ method, url, headers, payload });
}
const view = (response: LightMyRequestResponse) => response.json<CallAdminView>();
const issues = (response: LightMyRequestResponse) => response.json<{ error: { code: string; details: { issues: Array<{ path: string; message: { en: string; ja: string } }> } } }>().error;

describe('programme officers configure calls', () => {
  it('walks a JST–ANR joint call from draft to decided, with approvals, locks and an extension', async () => {
    const jst = await signInAs(testApp.app, 'po.jst@demo.kakehashi.org');
    const anr = await signInAs(testApp.app, 'officer.anr@demo.kakehashi.org');
    const applicant = await signInAs(testApp.app, 'applicant@demo.kakehashi.org');

    // Only an officer whose agency leads may create; the partner officer may not.
    expect((await call('POST', '/api/calls', anr, jointCallBody)).statusCode).toBe(403);
    const created = await call('POST', '/api/calls', jst, jointCallBody);
    expect(created.statusCode, created.body).toBe(201);
    expect(view(created)).toMatchObject({ status: 'draft', requiredApprovals: ['JST', 'ANR'], approvals: [], allowed: { edit: true, approveFor: ['JST'], publish: true } });

    // A draft is seen by its agencies' staff only.
    expect((await call('GET', `/api/calls/${CODE}`, applicant)).statusCode).toBe(403);
    expect((await call('GET', '/api/calls', applicant)).json<{ items: Array<{ code: string }> }>().items.map((item) => item.code)).not.toContain(CODE);
    const seenByAnr = (await call('GET', '/api/calls', anr)).json<{ items: Array<{ code: string; status: string }> }>().items;
    expect(seenByAnr.find((item) => item.code === CODE)?.status).toBe('draft');

    // JST approves; publishing waits for ANR.
    const approved = await call('POST', `/api/calls/${CODE}/approvals`, jst, {});
    expect(approved.statusCode, approved.body).toBe(200);
    expect(view(approved).approvals).toEqual([{ agency: 'JST', approvedBy: { email: 'po.jst@demo.kakehashi.org', displayName: expect.objectContaining({ en: 'Yoko Minami' }) }, approvedAt: '2026-04-01T00:00:00.000Z' }]);
    const early = await call('POST', `/api/calls/${CODE}/publish`, jst);
    expect(early.statusCode).toBe(409);
    expect(issues(early).code).toBe('CALL_TRANSITION_REFUSED');
    expect(issues(early).details.issues.map((issue) => issue.message.en)).toEqual(['Waiting for the approval of: ANR.']);

    // The partner officer co-edits the draft: the approval given for the earlier text is withdrawn.
    const edited = await call('PATCH', `/api/calls/${CODE}`, anr, { description: { en: 'Each agency funds its own team.', ja: '各機関が自国チームを支援する。' } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(view(edited).approvals).toEqual([]);
    expect(view(edited).call.description).toEqual({ en: 'Each agency funds its own team.', ja: '各機関が自国チームを支援する。' });

    expect((await call('POST', `/api/calls/${CODE}/approvals`, anr, { agency: 'JST' })).statusCode).toBe(403);
    expect((await call('POST', `/api/calls/${CODE}/approvals`, anr, {})).statusCode).toBe(200);
    expect((await call('POST', `/api/calls/${CODE}/approvals`, jst, {})).statusCode).toBe(200);
    const published = await call('POST', `/api/calls/${CODE}/publish`, anr);
    expect(published.statusCode, published.body).toBe(200);
    expect(view(published)).toMatchObject({ status: 'open', publishedAt: '2026-04-01T00:00:00.000Z' });
    expect(view(published).approvals.map((approval) => approval.agency)).toEqual(['ANR', 'JST']);
    expect((await call('GET', `/api/calls/${CODE}`, applicant)).json<{ status: string }>().status).toBe('open');

    // A submitted proposal locks what applicants rely on; the title may still be corrected.
    // Written directly: this test is about the call, not about how proposals are made.
    const db = testApp.database.ctx.db;
    const pi = await db.selectFrom('users').select('person_id').where('email', '=', 'applicant@demo.kakehashi.org').executeTakeFirstOrThrow();
    const callRow = await db.selectFrom('calls').select('id').where('code', '=', CODE).executeTakeFirstOrThrow();
    const jstRow = await db.selectFrom('agencies').select('id').where('code', '=', 'JST').executeTakeFirstOrThrow();
    const proposal = await db
      .insertInto('proposals')
      .values({ ref: 'QS-001', call_id: callRow.id, field: 'quantum', title_en: 'NV sensing', title_ja: null, abstract_en: null, abstract_ja: null, keywords: [], duration_months: null, status: 'submitted', submitted_at: '2026-06-01T10:00:00+09:00', decision: null, partner_country: null, partner_agency_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('proposal_teams').values({ proposal_id: proposal.id, position: 0, role: 'lead', agency_id: jstRow.id, country: 'JP', pi_person_id: pi.person_id ?? -1, member_person_ids: [] }).execute();
    const locked = await call('PATCH', `/api/calls/${CODE}`, jst, { fields: ['quantum', 'energy'], rules: [], sides: jointCallBody.sides.map((side, index) => (index === 1 ? { ...side, deadline: '2026-08-31T17:00:00+02:00' } : side)) });
    expect(locked.statusCode).toBe(409);
    expect(issues(locked).code).toBe('CALL_LOCKED');
    expect(issues(locked).details.issues.map((issue) => issue.path)).toEqual(['sides[1].deadline', 'fields', 'rules']);
    expect((await call('PATCH', `/api/calls/${CODE}`, jst, { title: { en: 'Japan–France joint call on quantum sensing (corrected)', ja: '日仏共同公募 量子センシング' } })).statusCode).toBe(200);

    // The deadline moves only later, with a record and a mail to every applicant.
    const earlier = await call('POST', `/api/calls/${CODE}/deadline-extensions`, anr, { side: 1, deadline: '2026-07-31T16:59:59+02:00', reason: 'typo' });
    expect(earlier.statusCode).toBe(400);
    expect(issues(earlier).details.issues[0]?.path).toBe('deadline');
    expect((await call('POST', `/api/calls/${CODE}/deadline-extensions`, anr, { side: 0, deadline: '2026-08-31T12:00:00+09:00', reason: 'x' })).statusCode).toBe(403);
    const extended = await call('POST', `/api/calls/${CODE}/deadline-extensions`, anr, { side: 1, deadline: '2026-08-14T17:00:00+02:00', reason: 'Summer holidays in France' });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(view(extended).call.sides[1]?.deadline).toBe('2026-08-14T15:00:00.000Z');
    expect(view(extended).deadlineChanges).toEqual([
      { side: 1, agency: 'ANR', oldDeadline: '2026-07-31T15:00:00.000Z', newDeadline: '2026-08-14T15:00:00.000Z', reason: 'Summer holidays in France', changedBy: expect.stringContaining('officer.anr'), changedAt: '2026-04-01T00:00:00.000Z' },
    ]);
    const mails = await testApp.database.ctx.db.selectFrom('mail_outbox').selectAll().where('template', '=', 'deadline_extension').execute();
    expect(mails.map((mail) => [mail.recipient, mail.language])).toEqual([['applicant@demo.kakehashi.org', 'ja']]);
    expect(mails[0]?.params).toMatchObject({ side: 'ANR', reason: 'Summer holidays in France', callTitle: '日仏共同公募 量子センシング' });

    // Lifecycle: closing waits for the last deadline, then review and decision.
    // Sessions expire with the clock: sign in again at the later time.
    testApp.database.setNow('2026-08-14T15:00:00Z');
    const [jstLater, anrLater] = [await signInAs(testApp.app, 'po.jst@demo.kakehashi.org'), await signInAs(testApp.app, 'officer.anr@demo.kakehashi.org')];
    const tooEarly = await call('POST', `/api/calls/${CODE}/transitions`, jstLater, { to: 'closed' });
    expect(tooEarly.statusCode).toBe(409);
    expect(issues(tooEarly).details.issues.map((issue) => issue.message.en)).toEqual(['The deadline has not passed yet for: ANR.']);
    expect((await call('POST', `/api/calls/${CODE}/transitions`, anrLater, { to: 'closed' })).statusCode).toBe(403);
    testApp.database.setNow('2026-08-14T15:00:01Z');
    expect((await call('POST', `/api/calls/${CODE}/transitions`, jstLater, { to: 'closed' })).statusCode).toBe(200);
    expect(issues(await call('PATCH', `/api/calls/${CODE}`, jstLater, { title: { en: 'Too late' } })).code).toBe('CALL_LOCKED');
    expect((await call('POST', `/api/calls/${CODE}/transitions`, jstLater, { to: 'under_review' })).statusCode).toBe(200);
    const undecided = await call('POST', `/api/calls/${CODE}/transitions`, jstLater, { to: 'decided' });
    expect(issues(undecided).details.issues.map((issue) => issue.message.ja)).toEqual(['提出された提案のうち 1 件がまだ決定されていません。']);
    await testApp.database.ctx.db.updateTable('proposals').set({ decision: 'selected' }).where('ref', '=', 'QS-001').execute();
    const decided = await call('POST', `/api/calls/${CODE}/transitions`, jstLater, { to: 'decided' });
    expect(view(decided)).toMatchObject({ status: 'decided', allowed: { transitions: ['archived'] } });
    expect((await call('POST', `/api/calls/${CODE}/transitions`, jstLater, { to: 'open' })).statusCode).toBe(409);

    const audit = await testApp.database.ctx.db.selectFrom('audit_log').select('action').where('subject', '=', CODE).orderBy('id').execute();
    expect(audit.map((entry) => entry.action)).toEqual([
      'call.created', 'call.approved', 'call.updated', 'call.approved', 'call.approved', 'call.published', 'call.updated', 'call.deadline_extended', 'call.status_changed', 'call.status_changed', 'call.status_changed',
    ]);
    testApp.database.setNow('2026-04-01T00:00:00Z');
  });

  it('reports every configuration problem with its path, in both languages', async () => {
    const jst = await signInAs(testApp.app, 'pd.jst@demo.kakehashi.org');
    const response = await call('POST', '/api/calls', jst, {
      ...jointCallBody,
      code: 'TWIN-BAD',
      programme: 'NOPE',
      modality: 'twinning',
      durationMonths: { min: 48, max: 36 },
      sides: [jointCallBody.sides[0], { ...jointCallBody.sides[1], agency: 'ANR', budget: { total: { amount: 100, currency: 'JPY' } } }],
    });
    expect(response.statusCode).toBe(400);
    const error = issues(response);
    expect(error.details.issues.map((issue) => issue.path)).toEqual(['programme', 'sides[0].budget', 'sides[1].budget', 'durationMonths']);
    expect(error.details.issues[1]?.message.ja).toContain('連携支援');
    // A call led by another agency cannot be created by a JST officer.
    const foreign = await call('POST', '/api/calls', jst, { ...jointCallBody, code: 'ANR-LED', sides: [{ ...jointCallBody.sides[0], role: 'partner' }, { ...jointCallBody.sides[1], role: 'lead' }] });
    expect(foreign.statusCode).toBe(403);
    expect(issues(foreign).details.issues[0]?.path).toBe('sides[1].agency');
  });

  it('copies an earlier call as a draft, a year later, with no proposals or approvals', async () => {
    const jst = await signInAs(testApp.app, 'po.jst@demo.kakehashi.org');
    const copied = await call('POST', '/api/calls/SICORP-2025-JST-ANR/copy', jst, { code: 'SICORP-2026-JST-ANR', shiftYears: 1 });
    expect(copied.statusCode, copied.body).toBe(201);
    expect(view(copied)).toMatchObject({ status: 'draft', approvals: [], proposals: { submitted: 0, draft: 0, undecided: 0 } });
    expect(view(copied).call.sides.map((side) => side.deadline)).toEqual(['2026-06-30T03:00:00.000Z', '2026-06-30T15:00:00.000Z']);
    const cleared = await call('POST', '/api/calls/SICORP-2025-JST-ANR/copy', jst, { code: 'SICORP-NEXT', title: { en: 'Next SICORP call' } });
    expect(view(cleared).call.sides.every((side) => side.deadline === undefined)).toBe(true);
    expect(view(cleared).refusals.open?.map((refusal) => refusal.reason)).toEqual(['approval_missing', 'deadline_missing']);
    expect((await call('POST', '/api/calls/SICORP-2025-JST-ANR/copy', jst, { code: 'SICORP-NEXT' })).statusCode).toBe(400);
    const anr = await signInAs(testApp.app, 'officer.anr@demo.kakehashi.org');
    expect((await call('POST', '/api/calls/SICORP-2025-JST-ANR/copy', anr, { code: 'ANR-COPY' })).statusCode).toBe(403);
  });

  it('shows the demo calls in their lifecycle', async () => {
    const applicant = await signInAs(testApp.app, 'applicant@demo.kakehashi.org');
    const items = (await call('GET', '/api/calls', applicant)).json<{ items: Array<{ code: string; status: string }> }>().items;
    expect(Object.fromEntries(items.filter((item) => ['ASPIRE-2022-TRIAL', 'SICORP-2025-JST-ANR'].includes(item.code)).map((item) => [item.code, item.status]))).toEqual({
      'ASPIRE-2022-TRIAL': 'decided',
      'SICORP-2025-JST-ANR': 'under_review',
    });
  });
});
