import { describe, expect, it } from 'vitest';
import { signInAs, useTestApp, type SignedIn } from '../../../test/support/build-test-app.js';

const harness = useTestApp();
const DOMAIN = 'demo.kakehashi.org';
const JST_REVIEWER = 'jp.hirose.naoko';

function send(who: SignedIn | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  const headers = who ? { cookie: who.cookie, 'x-csrf-token': who.csrfToken } : {};
  return harness.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
}

type OwnConflicts = { pools: Array<{ agency: string; proposals: Array<{ ref: string }>; declared: Array<{ proposal: string; note: string | null; withdrawable: boolean }> }> };
type Reviewer = { person: string; keywords: string[]; minLoad: number; maxLoad: number; reviewCount: number; publications: Array<{ authors: Array<{ person: string }> }> };

describe('pool routes', () => {
  it('lists, searches, adds, updates and removes reviewers for the agency\'s officers', async () => {
    const po = await signInAs(harness.app, `po.jst@${DOMAIN}`);
    const list = await send(po, 'GET', '/api/agencies/JST/reviewers');
    expect(list.statusCode).toBe(200);
    const pool = list.json<{ agency: string; reviewers: Reviewer[] }>();
    expect(pool.agency).toBe('JST');
    expect(pool.reviewers.some((reviewer) => reviewer.person === JST_REVIEWER)).toBe(true);
    const searched = await send(po, 'GET', `/api/agencies/JST/reviewers?q=${encodeURIComponent('hirose')}`);
    expect(searched.json<{ reviewers: Reviewer[] }>().reviewers.map((reviewer) => reviewer.person)).toEqual([JST_REVIEWER]);

    const added = await send(po, 'POST', '/api/agencies/JST/reviewers', { orcid: '0000-0003-3333-4448', name: { en: 'Route Tester', ja: '経路 試験' }, keywords: ['量子誤り訂正'], maxLoad: 4 });
    expect(added.statusCode).toBe(201);
    const person = added.json<Reviewer>().person;
    const badOrcid = await send(po, 'POST', '/api/agencies/JST/reviewers', { orcid: '0000-0003-3333-4449', name: { en: 'X' } });
    expect(badOrcid.statusCode).toBe(400);
    expect(JSON.stringify(badOrcid.json())).toContain('orcid');

    const updated = await send(po, 'PATCH', `/api/agencies/JST/reviewers/${person}`, {
      minLoad: 1,
      publications: [{ year: 2025, title: 'Surface codes', authors: ['0000-0003-3333-4448', JST_REVIEWER] }],
      affiliations: [],
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json<Reviewer>().publications[0]?.authors.map((author) => author.person)).toEqual([person, JST_REVIEWER]);
    const badLoads = await send(po, 'PATCH', `/api/agencies/JST/reviewers/${person}`, { minLoad: 7 });
    expect(badLoads.statusCode).toBe(400);
    expect(badLoads.json<{ error: { details: { issues: Array<{ path: string; message: { ja: string } }> } } }>().error.details.issues[0]).toMatchObject({ path: 'minLoad' });

    const busy = pool.reviewers.find((reviewer) => reviewer.reviewCount > 0);
    const refused = await send(po, 'DELETE', `/api/agencies/JST/reviewers/${busy?.person ?? ''}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { code: string; message: { en: string; ja: string } } }>().error).toMatchObject({ code: 'REVIEWER_HAS_REVIEWS', message: { en: expect.stringContaining('cannot be removed'), ja: expect.stringContaining('削除できません') } });
    expect((await send(po, 'DELETE', `/api/agencies/JST/reviewers/${person}`)).statusCode).toBe(204);
    expect((await send(po, 'GET', `/api/agencies/JST/reviewers/${person}`)).statusCode).toBe(404);
  });

  it('keeps other agencies\' officers, applicants, reviewers and the signed-out away from a pool', async () => {
    const anr = await signInAs(harness.app, `officer.anr@${DOMAIN}`);
    expect((await send(anr, 'GET', '/api/agencies/JST/reviewers')).statusCode).toBe(403);
    expect((await send(anr, 'PATCH', `/api/agencies/JST/reviewers/${JST_REVIEWER}`, { maxLoad: 1 })).statusCode).toBe(403);
    const applicant = await signInAs(harness.app, `applicant@${DOMAIN}`);
    expect((await send(applicant, 'GET', '/api/agencies/JST/reviewers')).statusCode).toBe(403);
    expect((await send(applicant, 'POST', '/api/agencies/JST/reviewers', { person: 'jp.tanabe.haruka' })).statusCode).toBe(403);
    const reviewer = await signInAs(harness.app, `reviewer.jst@${DOMAIN}`);
    expect((await send(reviewer, 'DELETE', `/api/agencies/JST/reviewers/${JST_REVIEWER}`)).statusCode).toBe(403);
    expect((await send(null, 'GET', '/api/agencies/JST/reviewers')).statusCode).toBe(401);
  });

  it('lets a reviewer edit their own profile but not their loads, declare a conflict and withdraw their own declaration', async () => {
    const reviewer = await signInAs(harness.app, `reviewer.jst@${DOMAIN}`);
    const profile = await send(reviewer, 'GET', '/api/me/reviewer-profile');
    expect(profile.statusCode).toBe(200);
    const pools = profile.json<{ person: string; pools: Reviewer[] }>();
    expect(pools.person).toBe(JST_REVIEWER);
    const edited = await send(reviewer, 'PATCH', '/api/me/reviewer-profile', { keywords: ['量子計算', 'quantum computing'] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<{ pools: Reviewer[] }>().pools[0]?.keywords).toEqual(['量子計算', 'quantum computing']);
    const loads = await send(reviewer, 'PATCH', '/api/me/reviewer-profile', { maxLoad: 20 });
    expect(loads.statusCode).toBe(400);

    const own = await send(reviewer, 'GET', '/api/me/conflicts');
    expect(own.statusCode).toBe(200);
    const proposals = own.json<{ pools: Array<{ agency: string; proposals: Array<Record<string, unknown>> }> }>().pools[0]?.proposals ?? [];
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((proposal) => !('abstract' in proposal) && !('documents' in proposal))).toBe(true);
    const target = String(proposals.find((proposal) => proposal.call === 'SICORP-2025-JST-ANR')?.ref);
    const declared = await send(reviewer, 'POST', '/api/me/conflicts', { proposal: target, reason: '共同研究の予定があるため' });
    expect(declared.statusCode).toBe(200);
    expect(declared.json<{ pools: Array<{ declared: Array<{ proposal: string; note: string }> }> }>().pools[0]?.declared).toContainEqual(expect.objectContaining({ proposal: target, note: '共同研究の予定があるため' }));
    expect((await send(reviewer, 'POST', '/api/me/conflicts', { proposal: target, reason: '' })).statusCode).toBe(400);
    // A declared proposal leaves the list to declare from; new words replace the old.
    expect(declared.json<OwnConflicts>().pools[0]?.proposals.map((proposal) => proposal.ref)).not.toContain(target);
    const reworded = await send(reviewer, 'POST', '/api/me/conflicts', { proposal: target, reason: '共同研究を始めたため' });
    expect(reworded.statusCode).toBe(200);
    expect(reworded.json<OwnConflicts>().pools[0]?.declared).toContainEqual(expect.objectContaining({ proposal: target, note: '共同研究を始めたため', withdrawable: true }));

    // One the officer recorded: not listed, cannot be re-declared or withdrawn by the reviewer.
    const po = await signInAs(harness.app, `po.jst@${DOMAIN}`);
    const other = String(proposals.find((proposal) => proposal.call === 'SICORP-2025-JST-ANR' && proposal.ref !== target)?.ref);
    const recorded = await send(po, 'POST', '/api/calls/SICORP-2025-JST-ANR/conflicts', { proposal: other, reviewer: JST_REVIEWER, agency: 'JST', reason: 'Advisory board of the Japanese team' });
    expect(recorded.statusCode).toBe(201);
    const afterOfficer = (await send(reviewer, 'GET', '/api/me/conflicts')).json<OwnConflicts>().pools[0];
    expect(afterOfficer?.proposals.map((proposal) => proposal.ref)).not.toContain(other);
    expect(afterOfficer?.declared).toContainEqual(expect.objectContaining({ proposal: other, withdrawable: false }));
    expect((await send(reviewer, 'POST', '/api/me/conflicts', { proposal: other, reason: 'x' })).statusCode).toBe(404);
    const refusedWithdrawal = await send(reviewer, 'DELETE', `/api/me/conflicts/${other}`);
    expect(refusedWithdrawal.statusCode).toBe(404);
    expect(refusedWithdrawal.json<{ error: { message: { en: string; ja: string } } }>().error.message.en).toContain(other);

    // Withdrawing one's own declaration brings the proposal back; a second time there is nothing.
    const withdrawn = await send(reviewer, 'DELETE', `/api/me/conflicts/${target}?agency=JST`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json<OwnConflicts>().pools[0]?.declared.map((item) => item.proposal)).not.toContain(target);
    expect(withdrawn.json<OwnConflicts>().pools[0]?.proposals.map((proposal) => proposal.ref)).toContain(target);
    expect((await send(reviewer, 'DELETE', `/api/me/conflicts/${target}`)).statusCode).toBe(404);
    const audit = await harness.database.ctx.db.selectFrom('audit_log').select(['action', 'changes']).where('action', '=', 'conflict.withdrawn').execute();
    expect(audit).toHaveLength(1);

    const applicant = await signInAs(harness.app, `applicant@${DOMAIN}`);
    expect((await send(applicant, 'GET', '/api/me/reviewer-profile')).statusCode).toBe(403);
    expect((await send(applicant, 'POST', '/api/me/conflicts', { proposal: target, reason: 'x' })).statusCode).toBe(403);
  });
});
