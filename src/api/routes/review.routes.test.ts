import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, useTestApp, type SignedIn } from '../../../test/support/build-test-app.js';
import { listAudit } from '../../db/repositories/audit.repository.js';
import { insertDocument, storeBlob } from '../../db/repositories/document.repository.js';

const harness = useTestApp();
const DOMAIN = 'demo.kakehashi.org';
const CALL = 'SICORP-2025-JST-ANR';
const HIROSE = 'jp.hirose.naoko'; // reviewer.jst: the first of the JST pool; the demo has her reviews of SIC25-001 and -003
const FOURNIER = 'fr.fournier.isabelle'; // reviewer.anr

const app = () => harness.app;
const db = () => harness.database.ctx.db;

async function idOf(table: 'proposals', ref: string): Promise<number> {
  return (await db().selectFrom(table).select('id').where('ref', '=', ref).executeTakeFirstOrThrow()).id;
}

async function reviewerId(personRef: string, agency: string): Promise<number> {
  const row = await db()
    .selectFrom('reviewers')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .innerJoin('agencies', 'agencies.id', 'reviewers.agency_id')
    .select('reviewers.id')
    .where('people.ref', '=', personRef)
    .where('agencies.code', '=', agency)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes an agency's assignment of the call directly (the assignment service is another part of issue 5). */
async function writeAssignment(agency: string, status: 'draft' | 'published', pairs: Array<[string, string]>): Promise<void> {
  const call = await db().selectFrom('calls').select('id').where('code', '=', CALL).executeTakeFirstOrThrow();
  const agencyRow = await db().selectFrom('agencies').select('id').where('code', '=', agency).executeTakeFirstOrThrow();
  await db().deleteFrom('assignments').where('call_id', '=', call.id).where('agency_id', '=', agencyRow.id).execute();
  const assignment = await db()
    .insertInto('assignments')
    .values({ call_id: call.id, agency_id: agencyRow.id, per_proposal: 1, objective: 0, status, solved_by: 'test', solved_at: new Date(), published_by: status === 'published' ? 'test' : null, published_at: status === 'published' ? new Date() : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [proposal, person] of pairs) {
    await db()
      .insertInto('assignment_pairs')
      .values({ assignment_id: assignment.id, proposal_id: await idOf('proposals', proposal), reviewer_id: await reviewerId(person, agency), affinity: 0.5, source: 'manual' })
      .execute();
  }
}

let documentId = 0;

beforeAll(async () => {
  // SIC25-007 is assigned to Hirose but she declares a conflict with it after publication.
  await writeAssignment('JST', 'published', [
    ['SIC25-001', HIROSE],
    ['SIC25-006', HIROSE],
    ['SIC25-007', HIROSE],
  ]);
  await db()
    .insertInto('declared_conflicts')
    .values({ reviewer_id: await reviewerId(HIROSE, 'JST'), proposal_id: await idOf('proposals', 'SIC25-007'), reason: 'declared', declared_by: 'test', declared_at: new Date() })
    .execute();
  // ANR's assignment is still a draft: its reviewers see nothing yet.
  await writeAssignment('ANR', 'draft', [['SIC25-006', FOURNIER]]);
  const content = new Uint8Array(fs.readFileSync(new URL('../../../test/fixtures/proposal-form.pdf', import.meta.url)));
  const sha256 = createHash('sha256').update(content).digest('hex');
  const now = new Date();
  await storeBlob(db(), { sha256, content, at: now });
  for (const ref of ['SIC25-006', 'SIC25-007']) {
    documentId = await insertDocument(db(), { proposalId: await idOf('proposals', ref), teamPosition: null, kind: 'proposal_form', filename: `${ref}.pdf`, sha256, sizeBytes: content.byteLength, pages: 1, uploadedBy: 'test', uploadedAt: now, uploadedByUserId: null });
  }
});

function get(url: string, who?: SignedIn): Promise<LightMyRequestResponse> {
  return app().inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });
}

function send(method: 'PUT' | 'POST', url: string, who: SignedIn, payload: unknown): Promise<LightMyRequestResponse> {
  return app().inject({ method, url, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken }, payload: payload as Record<string, unknown> });
}

const code = (response: LightMyRequestResponse) => response.json<{ error: { code: string } }>().error.code;

type ReviewState = { status: string; version: number; scores: Record<string, number>; confidence: number | null; comment: { en: string | null; ja: string | null } };
type Scores = { proposals: Array<{ proposal: string; reviewCount: number; raw: number; reviews: Array<{ reviewer: string; total: number; comment: unknown }> }>; drafts: number };

describe('a reviewer\'s assignments', () => {
  it('lists the published, unconflicted pairs and the reviews already written, nothing else', async () => {
    const hirose = await signInAs(app(), `reviewer.jst@${DOMAIN}`);
    const list = await get('/api/me/reviews', hirose);
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: Array<{ proposal: string; agency: string; status: string }> }>().items;
    expect(items.map((item) => [item.proposal, item.agency, item.status])).toEqual([
      ['SIC25-001', 'JST', 'submitted'],
      // Not in the published assignment, but she reviewed it (the demo's imported review): she keeps seeing her own review.
      ['SIC25-003', 'JST', 'submitted'],
      ['SIC25-006', 'JST', 'not_started'],
    ]);
    // ANR's assignment is a draft: Fournier sees only the proposals she already reviewed, not SIC25-006.
    const fournier = await signInAs(app(), `reviewer.anr@${DOMAIN}`);
    const anrItems = (await get('/api/me/reviews', fournier)).json<{ items: Array<{ proposal: string; status: string }> }>().items;
    expect(anrItems.map((item) => [item.proposal, item.status])).toEqual([
      ['SIC25-001', 'submitted'],
      ['SIC25-003', 'submitted'],
    ]);
    expect((await get('/api/me/reviews')).statusCode).toBe(401);
  });

  it('shows an assigned proposal in both languages with its criteria and documents, without its decision', async () => {
    const hirose = await signInAs(app(), `reviewer.jst@${DOMAIN}`);
    const response = await get('/api/me/reviews/SIC25-006', hirose);
    expect(response.statusCode).toBe(200);
    const view = response.json<{ proposal: { ref: string; title: { en: string; ja: string }; decision: null }; agency: string; reviewer: string; criteria: Array<{ code: string; scale: number[] }>; documents: Array<{ id: number; filename: string }>; review: ReviewState }>();
    expect(view.proposal.ref).toBe('SIC25-006');
    expect(view.proposal.title.en).toBeTruthy();
    expect(view.proposal.title.ja).toBeTruthy();
    expect(view.proposal.decision).toBeNull();
    expect(view.agency).toBe('JST');
    expect(view.reviewer).toBe(HIROSE);
    expect(view.criteria).toHaveLength(6);
    expect(view.documents.map((document) => document.filename)).toEqual(['SIC25-006.pdf']);
    expect(view.review).toMatchObject({ status: 'not_started', version: 0, scores: {} });
    const documents = await get('/api/proposals/SIC25-006/documents', hirose);
    expect(documents.statusCode).toBe(200);
    const download = await get(`/api/proposals/SIC25-006/documents/${view.documents[0]!.id}`, hirose);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
  });

  it('gives a conflicted or unassigned reviewer 404 for the proposal and its documents', async () => {
    const hirose = await signInAs(app(), `reviewer.jst@${DOMAIN}`);
    for (const url of ['/api/me/reviews/SIC25-007', '/api/proposals/SIC25-007/documents', `/api/proposals/SIC25-007/documents/${documentId}`, '/api/me/reviews/SIC25-002', '/api/me/reviews/NO-SUCH']) {
      const response = await get(url, hirose);
      expect(response.statusCode, url).toBe(404);
      expect(code(response)).toBe('NOT_FOUND');
    }
    expect((await send('PUT', '/api/me/reviews/SIC25-007', hirose, { version: 0, confidence: 3 })).statusCode).toBe(404);
    // A draft assignment gives nothing.
    const fournier = await signInAs(app(), `reviewer.anr@${DOMAIN}`);
    for (const url of ['/api/me/reviews/SIC25-006', '/api/proposals/SIC25-006/documents']) expect((await get(url, fournier)).statusCode, url).toBe(404);
    const applicant = await signInAs(app(), `applicant@${DOMAIN}`);
    expect((await get('/api/me/reviews/SIC25-001', applicant)).statusCode).toBe(404);
  });
});

describe('reviewing', () => {
  it('saves drafts against their version, names each wrong field, and submits when complete', async () => {
    const hirose = await signInAs(app(), `reviewer.jst@${DOMAIN}`);
    const url = '/api/me/reviews/SIC25-006';
    const criteria = (await get(url, hirose)).json<{ criteria: Array<{ code: string; scale: [number, number] }> }>().criteria;
    const [first, second] = criteria;
    const saved = await send('PUT', url, hirose, { version: 0, scores: { [first!.code]: 4 }, comment: { ja: '  計画は明確である。 ' } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<ReviewState>()).toMatchObject({ status: 'draft', version: 1, scores: { [first!.code]: 4 }, comment: { en: null, ja: '計画は明確である。' } });

    const stale = await send('PUT', url, hirose, { version: 0, confidence: 3 });
    expect(stale.statusCode).toBe(409);
    expect(code(stale)).toBe('CONFLICT');

    const invalid = await send('PUT', url, hirose, { version: 1, scores: { [second!.code]: 9, novelty_x: 3 }, confidence: 7 });
    expect(invalid.statusCode).toBe(400);
    const issues = invalid.json<{ error: { details: { issues: Array<{ path: string; message: { en: string; ja: string } }> } } }>().error.details.issues;
    expect(issues.map((issue) => issue.path).sort()).toEqual(['confidence', 'scores.novelty_x', `scores.${second!.code}`].sort());
    expect(issues.find((issue) => issue.path === `scores.${second!.code}`)?.message.ja).toContain('1 から 5');

    const incomplete = await send('POST', `${url}/submit`, hirose, { version: 1, confidence: 4 });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json<{ error: { details: { issues: Array<{ path: string }> } } }>().error.details.issues.map((issue) => issue.path)).toEqual(criteria.slice(1).map((criterion) => `scores.${criterion.code}`));

    // Drafts do not count in the scores.
    const officer = await signInAs(app(), `po.jst@${DOMAIN}`);
    const before = (await get(`/api/calls/${CALL}/review/JST/scores`, officer)).json<Scores>();
    expect(before.proposals.map((entry) => entry.proposal)).not.toContain('SIC25-006');
    expect(before.drafts).toBe(1);

    const scores = Object.fromEntries(criteria.map((criterion) => [criterion.code, 3]));
    const submitted = await send('POST', `${url}/submit`, hirose, { version: 1, scores: { ...scores, [first!.code]: 5 }, confidence: 4, comment: { en: 'Feasible plan.' } });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json<ReviewState & { submittedAt: string }>()).toMatchObject({ status: 'submitted', version: 2, confidence: 4, comment: { en: 'Feasible plan.', ja: '計画は明確である。' } });

    const after = (await get(`/api/calls/${CALL}/review/JST/scores`, officer)).json<Scores>();
    const entry = after.proposals.find((item) => item.proposal === 'SIC25-006');
    expect(entry).toMatchObject({ reviewCount: 1, reviews: [{ reviewer: HIROSE, comment: { en: 'Feasible plan.' } }] });
    expect(after.drafts).toBe(0);
  });

  it('refuses any change to a submitted review until its agency\'s officer reopens it, with a reason', async () => {
    const hirose = await signInAs(app(), `reviewer.jst@${DOMAIN}`);
    const url = '/api/me/reviews/SIC25-006';
    for (const [method, path] of [['PUT', url], ['POST', `${url}/submit`]] as const) {
      const refused = await send(method, path, hirose, { version: 2, confidence: 1 });
      expect(refused.statusCode).toBe(409);
      expect(code(refused)).toBe('REVIEW_SUBMITTED');
    }
    const reopenUrl = `/api/calls/${CALL}/review/JST/reviews/SIC25-006/${HIROSE}/reopen`;
    const anr = await signInAs(app(), `officer.anr@${DOMAIN}`);
    expect((await send('POST', reopenUrl, anr, { reason: 'Not ours' })).statusCode).toBe(403);
    expect((await send('POST', reopenUrl, hirose, { reason: 'Mine' })).statusCode).toBe(403);
    const officer = await signInAs(app(), `po.jst@${DOMAIN}`);
    expect((await send('POST', reopenUrl, officer, { reason: '  ' })).statusCode).toBe(400);
    expect((await send('POST', `/api/calls/${CALL}/review/JST/reviews/SIC25-002/${HIROSE}/reopen`, officer, { reason: 'No such review' })).statusCode).toBe(404);
    const reopened = await send('POST', reopenUrl, officer, { reason: 'The reviewer asked to correct a score.' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ proposal: 'SIC25-006', reviewer: HIROSE, agency: 'JST', status: 'draft', version: 3, mailed: true });
    // The reviewer is told why, in their language, with the link to the review.
    const mail = await db().selectFrom('mail_outbox').selectAll().where('template', '=', 'review_reopened').executeTakeFirstOrThrow();
    expect(mail.recipient).toBe(`reviewer.jst@${DOMAIN}`);
    expect(mail.params).toMatchObject({ proposalRef: 'SIC25-006', reason: 'The reviewer asked to correct a score.', reviewUrl: expect.stringMatching(/\/reviews\/SIC25-006$/) });
    expect((await send('POST', reopenUrl, officer, { reason: 'Again' })).statusCode).toBe(409);

    // Reopened: a draft again, so it leaves the scores until submitted again.
    const scores = (await get(`/api/calls/${CALL}/review/JST/scores`, officer)).json<Scores>();
    expect(scores.proposals.map((entry) => entry.proposal)).not.toContain('SIC25-006');
    const changed = await send('PUT', url, hirose, { version: 3, confidence: 2 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<ReviewState>()).toMatchObject({ status: 'draft', version: 4, confidence: 2 });
    expect((await send('POST', `${url}/submit`, hirose, { version: 4 })).statusCode).toBe(200);
  });

  it('keeps every reviewer action and the reopening in the audit log', async () => {
    const entries = await listAudit(db(), 200);
    const actions = entries.filter((entry) => entry.subject === `${CALL}/JST/SIC25-006/${HIROSE}`).map((entry) => entry.action);
    expect(new Set(actions)).toEqual(new Set(['review.opened', 'review.draft_saved', 'review.submitted', 'review.reopened']));
    const reopened = entries.find((entry) => entry.action === 'review.reopened');
    expect(reopened?.changes).toMatchObject({ reason: 'The reviewer asked to correct a score.' });
    expect(reopened?.actor).toContain('po.jst@');
  });
});

describe('scores', () => {
  it('gives the call\'s staff raw, normalised and percentile scores, and refuses reviewers', async () => {
    const anr = await signInAs(app(), `officer.anr@${DOMAIN}`);
    const response = await get(`/api/calls/${CALL}/review/JST/scores`, anr);
    expect(response.statusCode).toBe(200);
    const scores = response.json<{ agency: string; proposals: Array<{ proposal: string; reviewCount: number; raw: number; spread: { min: number; max: number } }> }>();
    expect(scores.agency).toBe('JST');
    const first = scores.proposals.find((entry) => entry.proposal === 'SIC25-001');
    expect(first?.reviewCount).toBe(2);
    expect(first!.spread.min).toBeLessThanOrEqual(first!.spread.max);
    const raws = scores.proposals.map((entry) => entry.raw);
    expect([...raws].sort((a, b) => b - a)).toEqual(raws);
    const hirose = await signInAs(app(), `reviewer.jst@${DOMAIN}`);
    expect((await get(`/api/calls/${CALL}/review/JST/scores`, hirose)).statusCode).toBe(403);
    expect((await get(`/api/calls/${CALL}/review/NOPE/scores`, anr)).statusCode).toBe(404);
  });
});

describe('a waived conflict', () => {
  it('lets the assigned reviewer see the proposal again', async () => {
    await db()
      .insertInto('conflict_waivers')
      .values({ reviewer_id: await reviewerId(HIROSE, 'JST'), proposal_id: await idOf('proposals', 'SIC25-007'), reason: 'Declared in error', waived_by: 'test' })
      .execute();
    const hirose = await signInAs(app(), `reviewer.jst@${DOMAIN}`);
    expect((await get('/api/me/reviews/SIC25-007', hirose)).statusCode).toBe(200);
    expect((await get(`/api/proposals/SIC25-007/documents/${documentId}`, hirose)).statusCode).toBe(200);
  });
});

describe('a call that is not under review', () => {
  it('shows the reviewer their review read-only and refuses saving, submitting and reopening', async () => {
    await db().updateTable('calls').set({ status: 'decided' }).where('code', '=', CALL).execute();
    try {
      const hirose = await signInAs(app(), `reviewer.jst@${DOMAIN}`);
      const view = await get('/api/me/reviews/SIC25-007', hirose);
      expect(view.statusCode).toBe(200);
      expect(view.json<{ isOpen: boolean }>().isOpen).toBe(false);
      for (const [method, path] of [['PUT', '/api/me/reviews/SIC25-007'], ['POST', '/api/me/reviews/SIC25-007/submit']] as const) {
        const refused = await send(method, path, hirose, { version: 0, confidence: 3 });
        expect(refused.statusCode).toBe(409);
        expect(code(refused)).toBe('REVIEW_CLOSED');
        expect(refused.json<{ error: { message: { en: string; ja: string } } }>().error.message).toMatchObject({ en: expect.stringContaining(CALL), ja: expect.stringContaining('審査中') });
      }
      const officer = await signInAs(app(), `po.jst@${DOMAIN}`);
      const reopen = await send('POST', `/api/calls/${CALL}/review/JST/reviews/SIC25-006/${HIROSE}/reopen`, officer, { reason: 'Too late' });
      expect(reopen.statusCode).toBe(409);
      expect(JSON.stringify(reopen.json())).toContain('not under review');
    } finally {
      await db().updateTable('calls').set({ status: 'under_review' }).where('code', '=', CALL).execute();
    }
  });
});
