import { describe, expect, it } from 'vitest';
import { signInAs, useTestApp, type SignedIn } from '../../../test/support/build-test-app.js';

const harness = useTestApp();
const DOMAIN = 'demo.kakehashi.org';
const CALL = 'SICORP-2025-JST-ANR';

function send(who: SignedIn | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) {
  const headers = who ? { cookie: who.cookie, 'x-csrf-token': who.csrfToken } : {};
  return harness.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
}

type Entry = { proposal: string; reviewer: string; agency: string; reasons: string[]; waived?: { reason: string; by: string; at: string }; declaration?: { note: string | null; by: string | null } };

describe('conflict routes', () => {
  it('lists a call\'s conflicts with reasons for its staff, per agency, and refuses applicants', async () => {
    const po = await signInAs(harness.app, `po.jst@${DOMAIN}`);
    const all = await send(po, 'GET', `/api/calls/${CALL}/conflicts`);
    expect(all.statusCode).toBe(200);
    const report = all.json<{ call: string; agencies: string[]; conflicts: Entry[] }>();
    expect(report.agencies).toEqual(['JST']);
    expect(new Set(report.conflicts.map((entry) => entry.agency))).toEqual(new Set(['JST', 'ANR']));
    expect(report.conflicts.some((entry) => entry.reasons.includes('declared'))).toBe(true);
    const jst = await send(po, 'GET', `/api/calls/${CALL}/conflicts?agency=JST`);
    expect(jst.json<{ conflicts: Entry[] }>().conflicts.every((entry) => entry.agency === 'JST')).toBe(true);

    const applicant = await signInAs(harness.app, `applicant@${DOMAIN}`);
    expect((await send(applicant, 'GET', `/api/calls/${CALL}/conflicts`)).statusCode).toBe(403);
    expect((await send(po, 'GET', '/api/calls/NO-SUCH/conflicts')).statusCode).toBe(404);
  });

  it('waives with a required reason, keeps the pair listed as waived, and withdraws the waiver; a reviewer and another agency cannot', async () => {
    const po = await signInAs(harness.app, `po.jst@${DOMAIN}`);
    const [conflict] = (await send(po, 'GET', `/api/calls/${CALL}/conflicts?agency=JST`)).json<{ conflicts: Entry[] }>().conflicts;
    if (!conflict) throw new Error('the demo has JST conflicts');
    const url = `/api/calls/${CALL}/conflicts/JST/${conflict.proposal}/${conflict.reviewer}/waiver`;

    const reviewer = await signInAs(harness.app, `reviewer.jst@${DOMAIN}`);
    expect((await send(reviewer, 'POST', url, { reason: 'I am fine' })).statusCode).toBe(403);
    const anr = await signInAs(harness.app, `officer.anr@${DOMAIN}`);
    expect((await send(anr, 'POST', url, { reason: 'fine' })).statusCode).toBe(403);
    expect((await send(po, 'POST', url, {})).statusCode).toBe(400);
    expect((await send(po, 'POST', url, { reason: '   ' })).statusCode).toBe(400);

    const waived = await send(po, 'POST', url, { reason: 'Former affiliation, different department' });
    expect(waived.statusCode).toBe(200);
    expect(waived.json<Entry>()).toMatchObject({ proposal: conflict.proposal, reasons: conflict.reasons, waived: { reason: 'Former affiliation, different department' } });
    const listed = (await send(po, 'GET', `/api/calls/${CALL}/conflicts?agency=JST`)).json<{ conflicts: Entry[] }>().conflicts;
    expect(listed.find((entry) => entry.proposal === conflict.proposal && entry.reviewer === conflict.reviewer)?.waived?.reason).toBe('Former affiliation, different department');
    // The ANR officer (staff of the call) sees the waiver too.
    const seen = (await send(anr, 'GET', `/api/calls/${CALL}/conflicts?agency=JST`)).json<{ agencies: string[]; conflicts: Entry[] }>();
    expect(seen.agencies).toEqual(['ANR']);
    expect(seen.conflicts.filter((entry) => entry.waived)).toHaveLength(1);

    expect((await send(reviewer, 'DELETE', url)).statusCode).toBe(403);
    const cleared = await send(po, 'DELETE', url);
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json<Entry>().waived).toBeUndefined();
    expect((await send(po, 'DELETE', url)).statusCode).toBe(400);
  });

  it('lets an officer add a conflict for a pair, listed with reason declared', async () => {
    const anr = await signInAs(harness.app, `officer.anr@${DOMAIN}`);
    const pool = (await send(anr, 'GET', '/api/agencies/ANR/reviewers')).json<{ reviewers: Array<{ person: string }> }>().reviewers;
    const listed = (await send(anr, 'GET', `/api/calls/${CALL}/conflicts?agency=ANR`)).json<{ conflicts: Entry[] }>().conflicts;
    const pair = pool
      .flatMap((reviewer) => ['SIC25-001', 'SIC25-003', 'SIC25-006'].map((proposal) => ({ proposal, reviewer: reviewer.person })))
      .find((candidate) => !listed.some((entry) => entry.proposal === candidate.proposal && entry.reviewer === candidate.reviewer));
    if (!pair) throw new Error('some ANR pair is free');
    const added = await send(anr, 'POST', `/api/calls/${CALL}/conflicts`, { ...pair, agency: 'ANR', reason: 'Reviewer chairs the PI\'s thesis committee' });
    expect(added.statusCode).toBe(201);
    expect(added.json<Entry>()).toMatchObject({ ...pair, agency: 'ANR', reasons: ['declared'], declaration: { note: 'Reviewer chairs the PI\'s thesis committee' } });
    const po = await signInAs(harness.app, `po.jst@${DOMAIN}`);
    expect((await send(po, 'POST', `/api/calls/${CALL}/conflicts`, { ...pair, agency: 'ANR', reason: 'x' })).statusCode).toBe(403);
    const applicant = await signInAs(harness.app, `applicant@${DOMAIN}`);
    expect((await send(applicant, 'POST', `/api/calls/${CALL}/conflicts`, { ...pair, agency: 'ANR', reason: 'x' })).statusCode).toBe(403);
  });
});
