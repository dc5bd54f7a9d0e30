import { describe, expect, it } from 'vitest';
import type { Affinity, AssignmentView } from '../../contracts/assignment.schemas.js';
import { SICORP_CALL } from '../../demo/sicorp-jst-anr.js';
import { signInAs, useTestApp, type SignedIn } from '../../../test/support/build-test-app.js';

const harness = useTestApp();
const DOMAIN = 'demo.kakehashi.org';
const BASE = `/api/calls/${SICORP_CALL}/review`;

async function as(email: string): Promise<SignedIn> {
  return signInAs(harness.app, `${email}@${DOMAIN}`);
}

async function call(who: SignedIn | null, method: 'GET' | 'POST', url: string, payload?: unknown) {
  const headers = who ? { cookie: who.cookie, 'x-csrf-token': who.csrfToken } : {};
  return harness.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
}

type ErrorBody = { error: { code: string; message: { en: string; ja: string }; details: { issues?: Array<{ path: string; message: { en: string; ja: string } }> } } };

describe('/api/calls/:code/review/:agency/assignment', () => {
  it('is for the agency\'s own officers only', async () => {
    expect((await call(null, 'GET', `${BASE}/JST/assignment`)).statusCode).toBe(401);
    expect((await call(await as('applicant'), 'GET', `${BASE}/JST/assignment`)).statusCode).toBe(403);
    expect((await call(await as('officer.anr'), 'POST', `${BASE}/JST/assignment`, {})).statusCode).toBe(403);
    expect((await call(await as('po.jst'), 'GET', `/api/calls/NOPE/review/JST/assignment`)).statusCode).toBe(404);
    const anr = await call(await as('officer.anr'), 'GET', `${BASE}/ANR/assignment`);
    expect(anr.statusCode).toBe(200);
    expect(anr.json<AssignmentView>()).toMatchObject({ agency: 'ANR', status: 'none', defaultPerProposal: 3, violations: [] });
  });

  it('solves, pins, edits with live violations, refuses to publish while any is left, then publishes and mails', async () => {
    const officer = await as('po.jst');
    const solved = await call(officer, 'POST', `${BASE}/JST/assignment`, { perProposal: 2 });
    expect(solved.statusCode).toBe(200);
    const view = solved.json<AssignmentView>();
    expect(view).toMatchObject({ call: SICORP_CALL, agency: 'JST', status: 'draft', perProposal: 2, violations: [] });
    expect(view.proposals).toHaveLength(7);
    for (const proposal of view.proposals) expect(proposal.reviewers).toHaveLength(2);
    const withTerms = view.proposals.flatMap((proposal) => proposal.reviewers).filter((reviewer) => reviewer.sharedTerms.length > 0);
    expect(withTerms.length).toBeGreaterThan(0);
    expect(view.reviewers.reduce((total, reviewer) => total + reviewer.load, 0)).toBe(14);

    // A pin that the draft lacks shows at once as a violation.
    const first = view.proposals[0];
    const outsider = view.reviewers.find((reviewer) => !first?.reviewers.some((assigned) => assigned.reviewer === reviewer.reviewer) && !view.conflicts.some((conflict) => conflict.proposal === first?.proposal && conflict.reviewer === reviewer.reviewer));
    if (!first || !outsider) throw new Error('the demo has an unassigned, unconflicted reviewer');
    const pinned = await call(officer, 'POST', `${BASE}/JST/constraints`, { proposal: first.proposal, reviewer: outsider.reviewer, kind: 'pin' });
    expect(pinned.statusCode).toBe(200);
    expect(pinned.json<AssignmentView>().violations).toEqual([expect.objectContaining({ kind: 'pinned_pair_missing', proposal: first.proposal, reviewer: outsider.reviewer })]);

    const added = await call(officer, 'POST', `${BASE}/JST/assignment/pairs`, { proposal: first.proposal, reviewer: outsider.reviewer, action: 'add' });
    expect(added.json<AssignmentView>().violations.map((violation) => violation.kind)).toEqual(['proposal_coverage']);

    const refused = await call(officer, 'POST', `${BASE}/JST/assignment/publish`);
    expect(refused.statusCode).toBe(409);
    const body = refused.json<ErrorBody>();
    expect(body.error.code).toBe('ASSIGNMENT_HAS_VIOLATIONS');
    expect(body.error.details.issues?.[0]).toMatchObject({ path: `proposals.${first.proposal}`, message: { en: `Proposal ${first.proposal} has 3 of 2 reviewers.` } });

    // Solving again honours the pin; then publishing mails every assigned reviewer.
    const resolved = (await call(officer, 'POST', `${BASE}/JST/assignment`, { perProposal: 2 })).json<AssignmentView>();
    expect(resolved.violations).toEqual([]);
    expect(resolved.proposals[0]?.reviewers.find((reviewer) => reviewer.reviewer === outsider.reviewer)?.source).toBe('pinned');
    const published = await call(officer, 'POST', `${BASE}/JST/assignment/publish`);
    expect(published.statusCode).toBe(200);
    const after = published.json<AssignmentView>();
    expect(after.status).toBe('published');
    const assigned = new Set(after.proposals.flatMap((proposal) => proposal.reviewers.map((reviewer) => reviewer.reviewer)));
    expect(after.mailed).toBe(assigned.size);
    const mails = await harness.database.ctx.db.selectFrom('mail_outbox').select(['recipient', 'language']).where('template', '=', 'review_assignment').execute();
    expect(mails).toHaveLength(assigned.size);
    // The demo's JST reviewer has an account in Japanese.
    expect(mails).toContainEqual({ recipient: `reviewer.jst@${DOMAIN}`, language: 'ja' });

    const again = await call(officer, 'POST', `${BASE}/JST/assignment`, { perProposal: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.code).toBe('ASSIGNMENT_PUBLISHED');
    expect((await call(officer, 'POST', `${BASE}/JST/assignment`, { perProposal: 2, replacePublished: true })).json<AssignmentView>().status).toBe('draft');
  });

  it('answers an infeasible solve with 422 and every reason in both languages', async () => {
    const response = await call(await as('officer.anr'), 'POST', `${BASE}/ANR/assignment`, { perProposal: 40 });
    expect(response.statusCode).toBe(422);
    const body = response.json<ErrorBody>();
    expect(body.error.code).toBe('ASSIGNMENT_INFEASIBLE');
    expect(body.error.details.issues?.[0]?.message.en).toMatch(/^Proposal SIC25-\d{3} has only \d+ reviewer\(s\) without conflicts or exclusions; 40 are needed\.$/);
    expect(body.error.details.issues?.[0]?.message.ja).toContain('40 人必要です');
    expect((await call(await as('officer.anr'), 'GET', `${BASE}/ANR/assignment`)).json<AssignmentView>().status).toBe('none');
    const invalid = await call(await as('officer.anr'), 'POST', `${BASE}/ANR/assignment`, { perProposal: 0 });
    expect(invalid.statusCode).toBe(400);
  });

  it('explains why a reviewer fits a proposal', async () => {
    const response = await call(await as('officer.anr'), 'GET', `${BASE}/ANR/affinity?proposal=SIC25-001&reviewer=fr.fournier.isabelle`);
    expect(response.statusCode).toBe(200);
    const affinity = response.json<Affinity>();
    expect(affinity).toMatchObject({ proposal: 'SIC25-001', reviewer: 'fr.fournier.isabelle', isFieldMatch: true });
    expect(affinity.score).toBeGreaterThanOrEqual(0.2);
    const unknown = await call(await as('officer.anr'), 'GET', `${BASE}/ANR/affinity?proposal=SIC25-001&reviewer=jp.hirose.naoko`);
    expect(unknown.statusCode).toBe(400);
  });
});
