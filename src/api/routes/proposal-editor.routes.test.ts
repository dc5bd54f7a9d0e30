import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../domain/access/actor.js';
import { importBundle } from '../../services/bundle/import-bundle.js';
import { makeJointCallBundle, makeOrcid, uniquePrefix } from '../../../test/support/factories.js';
import { signInAs, useTestApp, type SignedIn } from '../../../test/support/build-test-app.js';
import type { DraftView, VersionDetail, VersionSummary } from '../../contracts/proposal-editor.schemas.js';

const harness = useTestApp();
const database = harness.database;
const prefix = uniquePrefix();
const callCode = `${prefix}-CALL`;
// The bundle's JST deadline, 2026-06-30T12:00:00+09:00; ANR's is later (17:00 in Paris).
const JST_DEADLINE = '2026-06-30T03:00:00Z';
const APPLICANT = 'applicant@demo.kakehashi.org';
const PARTNER = 'partner.applicant@demo.kakehashi.org';

let applicant: SignedIn;
let partner: SignedIn;
let outsider: SignedIn;

type ErrorBody = { error: { code: string; message: { en: string; ja: string }; details?: { params?: Record<string, string | number>; issues?: Array<{ path: string; message: { en: string; ja: string } }> } } };

function send(who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) {
  return harness.app.inject({ method, url, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken }, ...(payload !== undefined ? { payload: payload as object } : {}) });
}

async function mailTo(email: string, template: string): Promise<number> {
  const rows = await sql<{ n: number }>`select count(*)::int as n from mail_outbox where recipient = ${email} and template = ${template}`.execute(database.ctx.db);
  return rows.rows[0]?.n ?? 0;
}

/** Moves the server's clock and signs everyone in again (sessions expire with the clock too). */
async function at(instant: string | Date): Promise<void> {
  database.setNow(instant);
  applicant = await signInAs(harness.app, APPLICANT);
  partner = await signInAs(harness.app, PARTNER);
}

beforeAll(async () => {
  database.setNow('2026-05-01T00:00:00Z');
  await importBundle(database.ctx, systemActor('test'), makeJointCallBundle(prefix));
  applicant = await signInAs(harness.app, APPLICANT);
  partner = await signInAs(harness.app, PARTNER);
  outsider = await signInAs(harness.app, 'reviewer.jst@demo.kakehashi.org');
});

describe('the proposal editor API', () => {
  let ref = '';
  let version = 0;

  it('refuses to start a proposal before the call opens, then starts one with the applicant as lead PI', async () => {
    database.setNow('2026-03-01T00:00:00Z');
    const early = await send(applicant, 'POST', `/api/calls/${callCode}/proposals`, { title: { en: 'Too early' } });
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorBody>().error.code).toBe('CALL_NOT_OPEN');
    database.setNow('2026-05-01T00:00:00Z');
    const started = await send(applicant, 'POST', `/api/calls/${callCode}/proposals`, { title: { en: 'Quantum sensing', ja: '量子センシング' } });
    expect(started.statusCode).toBe(201);
    ({ ref, version } = started.json<{ ref: string; version: number }>());
    expect(ref).toBe(`${callCode}-D0001`);
    expect(version).toBe(1);
  });

  it('shows the draft with what the lead PI may edit, the teams of both sides and live eligibility', async () => {
    const response = await send(applicant, 'GET', `/api/proposals/${ref}/draft`);
    expect(response.statusCode).toBe(200);
    const view = response.json<DraftView>();
    expect(view.editable).toEqual({ common: true, teams: [0] });
    expect(view.proposal.teams.map((team) => [team.role, team.agency])).toEqual([['lead', `${prefix}-JST`], ['partner', `${prefix}-ANR`]]);
    expect(view.proposal.teams[0]!.pi).toBe('jp.tanabe.haruka');
    expect(view.proposal.field).toBe('quantum');
    expect(view.eligibility).toEqual({ eligible: true, failures: [] });
    expect(view.canSubmit).toBe(true);
  });

  it('hides the draft from people outside the proposal', async () => {
    expect((await send(outsider, 'GET', `/api/proposals/${ref}/draft`)).statusCode).toBe(404);
    expect((await send(outsider, 'PATCH', `/api/proposals/${ref}/draft`, { version, title: { en: 'x' } })).statusCode).toBe(404);
  });

  it('saves the lead PI’s parts with a new member and records a version', async () => {
    const response = await send(applicant, 'PATCH', `/api/proposals/${ref}/draft`, {
      version,
      keywords: ['NV centre', '量子センサ'],
      teams: [
        {
          index: 0,
          members: [{ name: { en: 'Ren Ogawa', ja: '小川 蓮' }, orcid: makeOrcid(42), phdYear: 2021, organisation: { name: { en: 'Kanto Institute' }, country: 'JP', ror: 'https://ror.org/057zh3y96' } }],
          budget: [{ fiscalYear: 2026, amount: { amount: 15_000_000, currency: 'JPY' } }],
        },
      ],
    });
    expect(response.statusCode).toBe(200);
    const view = response.json<DraftView>();
    expect(view.version).toBe(version + 1);
    version = view.version;
    const member = view.people.find((person) => person.ref === view.proposal.teams[0]!.members[0]);
    expect(member).toMatchObject({ name: { en: 'Ren Ogawa', ja: '小川 蓮' }, orcid: makeOrcid(42), isEditable: true, organisation: { ror: 'https://ror.org/057zh3y96' } });
    expect(view.proposal.keywords).toEqual(['NV centre', '量子センサ']);
  });

  it('refuses a stale version with CONFLICT and the current version', async () => {
    const response = await send(applicant, 'PATCH', `/api/proposals/${ref}/draft`, { version: version - 1, title: { en: 'Lost update' } });
    expect(response.statusCode).toBe(409);
    const body = response.json<ErrorBody>();
    expect(body.error.code).toBe('CONFLICT');
    expect(body.error.details?.params?.currentVersion).toBe(version);
  });

  it('refuses the lead PI an edit of the partner team, naming its path', async () => {
    const response = await send(applicant, 'PATCH', `/api/proposals/${ref}/draft`, { version, teams: [{ index: 1, budget: [] }] });
    expect(response.statusCode).toBe(403);
    expect(response.json<ErrorBody>().error.details?.params?.path).toBe('teams[1]');
  });

  it('lets the partner PI edit their own team only', async () => {
    // What an accepted invitation does: the partner applicant becomes the partner team's PI.
    await sql`update proposal_teams set pi_person_id = (select id from people where ref = 'fr.lefevre.camille')
               where role = 'partner' and proposal_id = (select id from proposals where ref = ${ref})`.execute(database.ctx.db);
    const title = await send(partner, 'PATCH', `/api/proposals/${ref}/draft`, { version, title: { en: 'Hijacked' } });
    expect(title.statusCode).toBe(403);
    expect(title.json<ErrorBody>().error.details?.params?.path).toBe('title');
    const own = await send(partner, 'PATCH', `/api/proposals/${ref}/draft`, {
      version,
      teams: [{ index: 1, funding: [{ agency: `${prefix}-ANR`, grantId: 'ANR-26-CE30-0001' }], budget: [{ fiscalYear: 2026, amount: { amount: 20_000_000, currency: 'EUR' } }] }],
    });
    expect(own.statusCode).toBe(200);
    const view = own.json<DraftView>();
    expect(view.editable).toEqual({ common: false, teams: [1] });
    version = view.version;
    // Live eligibility: €200,000.00 is over the partner side's cap of €150,000.00.
    expect(view.eligibility.eligible).toBe(false);
    expect(view.eligibility.failures.map((failure) => failure.rule)).toEqual(['budget_within_cap']);
  });

  it('reports every problem of a save with its path, in both languages', async () => {
    const response = await send(partner, 'PATCH', `/api/proposals/${ref}/draft`, {
      version,
      teams: [{ index: 1, budget: [{ fiscalYear: 2026, amount: { amount: 1, currency: 'JPY' } }, { fiscalYear: 2026, amount: { amount: 1, currency: 'EUR' } }] }],
    });
    expect(response.statusCode).toBe(400);
    const issues = response.json<ErrorBody>().error.details?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual(['teams[1].budget[0].amount.currency', 'teams[1].budget[1].fiscalYear']);
    expect(issues[0]!.message.ja).toContain('EUR');
    const orcid = await send(partner, 'PATCH', `/api/proposals/${ref}/draft`, { version, teams: [{ index: 1, members: [{ name: { en: 'X' }, orcid: '0000-0002-1825-0098' }] }] });
    expect(orcid.statusCode).toBe(400);
    expect(JSON.stringify(orcid.json())).toContain('teams');
  });

  it('refuses submission by anyone but the lead PI, and of an ineligible proposal with every message', async () => {
    expect((await send(partner, 'POST', `/api/proposals/${ref}/submit`, { version })).statusCode).toBe(403);
    const ineligible = await send(applicant, 'POST', `/api/proposals/${ref}/submit`, { version });
    expect(ineligible.statusCode).toBe(422);
    const body = ineligible.json<ErrorBody>();
    expect(body.error.code).toBe('PROPOSAL_INELIGIBLE');
    expect(body.error.details?.issues?.map((issue) => issue.path)).toEqual(['budget_within_cap']);
    const fixed = await send(partner, 'PATCH', `/api/proposals/${ref}/draft`, { version, teams: [{ index: 1, budget: [{ fiscalYear: 2026, amount: { amount: 15_000_000, currency: 'EUR' } }] }] });
    expect(fixed.json<DraftView>().eligibility.eligible).toBe(true);
    version = fixed.json<DraftView>().version;
  });

  it('numbers a second proposal of the call after the first, and never overwrites it', async () => {
    const second = await send(partner, 'POST', `/api/calls/${callCode}/proposals`, { title: { en: 'A second consortium' } });
    expect(second.statusCode).toBe(201);
    expect(second.json<{ ref: string }>().ref).toBe(`${callCode}-D0002`);
    const first = await send(applicant, 'GET', `/api/proposals/${ref}/draft`);
    expect(first.json<DraftView>().version).toBe(version);
    expect(first.json<DraftView>().proposal.title).toEqual({ en: 'Quantum sensing', ja: '量子センシング' });
  });

  it('refuses a submission one second after the JST deadline, with a message naming it', async () => {
    await at(new Date(new Date(JST_DEADLINE).getTime() + 1000));
    const late = await send(applicant, 'POST', `/api/proposals/${ref}/submit`, { version });
    expect(late.statusCode).toBe(409);
    const body = late.json<ErrorBody>();
    expect(body.error.code).toBe('DEADLINE_PASSED');
    expect(body.error.message.en).toContain('2026-06-30 12:00:00 +09:00 Asia/Tokyo');
    expect(body.error.message.ja).toContain('2026-06-30 12:00:00 +09:00 Asia/Tokyo');
  });

  it('submits at the exact deadline second with a receipt mailed to both PIs', async () => {
    await at(JST_DEADLINE);
    expect((await send(applicant, 'POST', `/api/proposals/${ref}/submit`, { version: version - 1 })).statusCode).toBe(409);
    const response = await send(applicant, 'POST', `/api/proposals/${ref}/submit`, { version });
    expect(response.statusCode).toBe(200);
    const view = response.json<DraftView>();
    expect(view.proposal.status).toBe('submitted');
    expect(view.receipt?.submittedAt).toBe('2026-06-30T03:00:00.000Z');
    expect(view.receipt?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(view.editable).toEqual({ common: false, teams: [] });
    version = view.version;
    expect(await mailTo(APPLICANT, 'receipt')).toBe(1);
    expect(await mailTo(PARTNER, 'receipt')).toBe(1);
    const again = await send(applicant, 'PATCH', `/api/proposals/${ref}/draft`, { version, title: { en: 'After' } });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.code).toBe('PROPOSAL_NOT_DRAFT');
    const listed = await send(applicant, 'GET', `/api/proposals?call=${callCode}`);
    expect(listed.json<{ items: Array<{ ref: string; status: string }> }>().items).toContainEqual(expect.objectContaining({ ref, status: 'submitted' }));
  });

  it('lists every version newest first and shows one as it was', async () => {
    const list = await send(partner, 'GET', `/api/proposals/${ref}/versions`);
    const items = list.json<{ items: VersionSummary[] }>().items;
    expect(items.map((item) => item.version)).toEqual([...Array(version).keys()].map((index) => version - index));
    expect(items[0]).toMatchObject({ kind: 'submitted', savedBy: { email: APPLICANT } });
    expect(items.at(-1)?.kind).toBe('started');
    const first = await send(partner, 'GET', `/api/proposals/${ref}/versions/1`);
    expect(first.json<VersionDetail>().content.keywords).toEqual([]);
    expect((await send(partner, 'GET', `/api/proposals/${ref}/versions/999`)).statusCode).toBe(404);
  });

  it('withdraws only before the deadline and only by the lead PI, mailing both PIs', async () => {
    await at(new Date(new Date(JST_DEADLINE).getTime() + 1000));
    expect((await send(applicant, 'POST', `/api/proposals/${ref}/withdraw`)).json<ErrorBody>().error.code).toBe('DEADLINE_PASSED');
    await at(JST_DEADLINE);
    expect((await send(partner, 'POST', `/api/proposals/${ref}/withdraw`)).statusCode).toBe(403);
    const response = await send(applicant, 'POST', `/api/proposals/${ref}/withdraw`);
    expect(response.statusCode).toBe(200);
    expect(response.json<DraftView>().proposal.status).toBe('withdrawn');
    expect(response.json<DraftView>().withdrawnAt).toBe('2026-06-30T03:00:00.000Z');
    expect(await mailTo(PARTNER, 'withdrawal')).toBe(1);
    const audit = await sql<{ action: string }>`select action from audit_log where subject = ${ref} order by id`.execute(database.ctx.db);
    expect(audit.rows.map((row) => row.action)).toEqual(['proposal.started', 'proposal.draft_saved', 'proposal.draft_saved', 'proposal.draft_saved', 'proposal.submitted', 'proposal.withdrawn']);
  });
});
