import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor, type RoleGrant } from '../../domain/access/actor.js';
import { isAppError } from '../../domain/app-error.js';
import { listAudit } from '../../db/repositories/audit.repository.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import { DEMO_APPLICANT, DEMO_JST_REVIEWER } from '../../demo/demo-people.js';
import { useTestDatabase } from '../../../test/support/test-db.js';
import { exportBundle } from '../bundle/export-bundle.js';
import { importBundle } from '../bundle/import-bundle.js';
import { loadDemo } from '../demo/load-demo.js';
import { addReviewer } from './add-reviewer.js';
import { addConflict, declareOwnConflict, listOwnConflicts } from './declare-conflict.js';
import { computeCallConflicts, listConflicts, unwaivedConflictRefs } from './detect-conflicts.js';
import { editOwnProfile, viewOwnProfile } from './edit-own-profile.js';
import { listCallConflicts } from './list-call-conflicts.js';
import { listPool, viewReviewer } from './list-pool.js';
import { removeReviewer } from './remove-reviewer.js';
import { updateReviewer } from './update-reviewer.js';
import { unwaiveConflict, waiveConflict } from './waive-conflict.js';

const database = useTestDatabase();
const system = systemActor('test');
const CALL = 'SICORP-2025-JST-ANR';
const user = (roles: RoleGrant[], personRef: string | null = null, userId = 1): Actor => ({ kind: 'user', userId, email: `user${userId}@example.org`, personRef, roles });
const jstOfficer = user([{ role: 'programme_officer', agency: 'JST' }], null, 11);
const anrOfficer = user([{ role: 'partner_officer', agency: 'ANR' }], null, 12);
const jstReviewer = user([{ role: 'reviewer', agency: 'JST' }], DEMO_JST_REVIEWER, 13);
const applicant = user([{ role: 'applicant', agency: null }], DEMO_APPLICANT, 14);
// A valid ORCID iD nobody in the demo has (checksum computed by src/domain/orcid.ts's rule).
const NEW_ORCID = '0000-0002-1694-233X';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'OK';
}

async function callId(): Promise<number> {
  const call = await findCallAccess(database.ctx.db, CALL);
  if (!call) throw new Error('demo call missing');
  return call.id;
}

beforeAll(async () => {
  await loadDemo(database.ctx, system);
});

describe('reviewer pools', () => {
  it('lists an agency\'s pool to its staff with people, affiliations, publications and loads, and searches it', async () => {
    const pool = await listPool(database.ctx, jstOfficer, { agency: 'JST' });
    expect(pool.reviewers.length).toBeGreaterThanOrEqual(8);
    expect(pool.reviewers.map((reviewer) => reviewer.person)).toEqual(pool.reviewers.map((reviewer) => reviewer.person).sort());
    const hirose = pool.reviewers.find((reviewer) => reviewer.person === DEMO_JST_REVIEWER);
    expect(hirose).toMatchObject({ agency: 'JST', minLoad: expect.any(Number), maxLoad: expect.any(Number) });
    expect(hirose?.publications.length).toBeGreaterThan(0);
    expect(hirose?.publications[0]?.authors[0]?.person).toBe(DEMO_JST_REVIEWER);
    expect(hirose?.affiliations.length).toBeGreaterThan(0);
    const keyword = hirose?.keywords[0] ?? '';
    const found = await listPool(database.ctx, jstOfficer, { agency: 'JST', search: keyword.toUpperCase() });
    expect(found.reviewers.map((reviewer) => reviewer.person)).toContain(DEMO_JST_REVIEWER);
    expect((await listPool(database.ctx, jstOfficer, { agency: 'JST', search: 'no such text anywhere' })).reviewers).toEqual([]);

    expect(await codeOf(listPool(database.ctx, anrOfficer, { agency: 'JST' }))).toBe('FORBIDDEN');
    expect(await codeOf(listPool(database.ctx, applicant, { agency: 'JST' }))).toBe('FORBIDDEN');
    expect(await codeOf(listPool(database.ctx, null, { agency: 'JST' }))).toBe('UNAUTHENTICATED');
    expect(await codeOf(viewReviewer(database.ctx, jstOfficer, { agency: 'JST', personRef: 'nobody' }))).toBe('NOT_FOUND');
  });

  it('adds a reviewer by person ref, by ORCID iD, or as a new person with a name, and audits it', async () => {
    const byRef = await addReviewer(database.ctx, anrOfficer, { agency: 'ANR', body: { person: DEMO_JST_REVIEWER, fields: ['quantum'], keywords: [' qubit ', 'Qubit', '量子'], minLoad: 1, maxLoad: 3 } });
    expect(byRef).toMatchObject({ person: DEMO_JST_REVIEWER, agency: 'ANR', keywords: ['qubit', '量子'], minLoad: 1, maxLoad: 3, reviewCount: 0 });

    const created = await addReviewer(database.ctx, jstOfficer, { agency: 'JST', body: { orcid: NEW_ORCID, name: { en: 'Aiko Test', ja: '試験 愛子' }, fields: [], keywords: [], minLoad: 0, maxLoad: 4 } });
    expect(created).toMatchObject({ person: `orcid.${NEW_ORCID}`, orcid: NEW_ORCID, name: { en: 'Aiko Test', ja: '試験 愛子' } });
    const byOrcid = await addReviewer(database.ctx, anrOfficer, { agency: 'ANR', body: { orcid: NEW_ORCID, fields: [], keywords: [], minLoad: 0, maxLoad: 6 } });
    expect(byOrcid.person).toBe(`orcid.${NEW_ORCID}`);

    const [entry] = await listAudit(database.ctx.db, 1);
    expect(entry).toMatchObject({ action: 'pool.reviewer_added', subject: `ANR:orcid.${NEW_ORCID}`, actor: 'user:12:user12@example.org' });
  });

  it('refuses an unknown person, a new person without a name, a reviewer twice and loads out of order, all at once', async () => {
    const error = await addReviewer(database.ctx, jstOfficer, { agency: 'JST', body: { person: DEMO_JST_REVIEWER, fields: [], keywords: [], minLoad: 5, maxLoad: 2 } }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('VALIDATION_FAILED');
    expect(isAppError(error) ? error.issues.map((issue) => issue.path) : []).toEqual(['minLoad', 'person']);
    const unnamed = await addReviewer(database.ctx, jstOfficer, { agency: 'JST', body: { orcid: '0000-0002-1825-0097', fields: [], keywords: [], minLoad: 0, maxLoad: 6 } }).catch((caught: unknown) => caught);
    expect(isAppError(unnamed) ? unnamed.issues[0]?.message.ja : '').toContain('0000-0002-1825-0097');
    expect(await codeOf(addReviewer(database.ctx, jstOfficer, { agency: 'JST', body: { orcid: '0000-0002-1825-0098', name: { en: 'X' }, fields: [], keywords: [], minLoad: 0, maxLoad: 6 } }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(addReviewer(database.ctx, jstOfficer, { agency: 'JST', body: { person: 'nobody-at-all', fields: [], keywords: [], minLoad: 0, maxLoad: 6 } }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(addReviewer(database.ctx, anrOfficer, { agency: 'JST', body: { person: DEMO_APPLICANT, fields: [], keywords: [], minLoad: 0, maxLoad: 6 } }))).toBe('FORBIDDEN');
    expect(await codeOf(addReviewer(database.ctx, jstReviewer, { agency: 'JST', body: { person: DEMO_APPLICANT, fields: [], keywords: [], minLoad: 0, maxLoad: 6 } }))).toBe('FORBIDDEN');
  });

  it('updates fields, keywords, loads, publications (authors by ref or ORCID) and affiliations', async () => {
    const person = `orcid.${NEW_ORCID}`;
    const updated = await updateReviewer(database.ctx, jstOfficer, {
      agency: 'JST',
      personRef: person,
      body: {
        fields: ['ai_info'],
        keywords: ['機械学習', 'graph neural networks'],
        maxLoad: 5,
        minLoad: 2,
        publications: [{ doi: '10.1234/x1', year: 2024, title: 'Graphs and qubits', authors: [NEW_ORCID, DEMO_APPLICANT] }],
        affiliations: [],
      },
    });
    expect(updated).toMatchObject({ fields: ['ai_info'], keywords: ['機械学習', 'graph neural networks'], minLoad: 2, maxLoad: 5 });
    expect(updated.publications[0]?.authors.map((author) => author.person)).toEqual([person, DEMO_APPLICANT]);

    const error = await updateReviewer(database.ctx, jstOfficer, {
      agency: 'JST',
      personRef: person,
      body: { minLoad: 9, publications: [{ year: 2020, title: 'T', authors: ['ghost'] }], affiliations: [{ organisation: 'no-org', from: '2020-01-01', to: '2019-01-01' }] },
    }).catch((caught: unknown) => caught);
    expect(isAppError(error) ? error.issues.map((issue) => issue.path) : []).toEqual(['minLoad', 'publications[0].authors[0]', 'affiliations[0].organisation', 'affiliations[0].to']);
    // Nothing of a refused change is written.
    expect((await viewReviewer(database.ctx, jstOfficer, { agency: 'JST', personRef: person })).minLoad).toBe(2);
  });

  it('refuses to remove a reviewer who holds reviews, and removes one who does not', async () => {
    const pool = await listPool(database.ctx, jstOfficer, { agency: 'JST' });
    const busy = pool.reviewers.find((reviewer) => reviewer.reviewCount > 0);
    if (!busy) throw new Error('the demo has JST reviews');
    const error = await removeReviewer(database.ctx, jstOfficer, { agency: 'JST', personRef: busy.person }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('REVIEWER_HAS_REVIEWS');
    expect(isAppError(error) && error.params.count).toBe(busy.reviewCount);
    await removeReviewer(database.ctx, anrOfficer, { agency: 'ANR', personRef: `orcid.${NEW_ORCID}` });
    expect(await codeOf(viewReviewer(database.ctx, anrOfficer, { agency: 'ANR', personRef: `orcid.${NEW_ORCID}` }))).toBe('NOT_FOUND');
    expect((await listAudit(database.ctx.db, 1))[0]?.action).toBe('pool.reviewer_removed');
  });
});

describe('a reviewer\'s own profile', () => {
  it('shows and edits their keywords, fields and publications, never their loads', async () => {
    const before = await viewOwnProfile(database.ctx, jstReviewer);
    expect(before.person).toBe(DEMO_JST_REVIEWER);
    const entry = before.pools.find((pool) => pool.agency === 'JST');
    // She was added to ANR's pool above: with two pools she must say which one.
    expect(before.pools.map((pool) => pool.agency).sort()).toEqual(['ANR', 'JST']);
    expect(await codeOf(editOwnProfile(database.ctx, jstReviewer, { keywords: ['x'] }))).toBe('VALIDATION_FAILED');
    const after = await editOwnProfile(database.ctx, jstReviewer, { agency: 'JST', keywords: ['テンソルネットワーク', 'tensor networks'] });
    const edited = after.pools.find((pool) => pool.agency === 'JST');
    expect(edited?.keywords).toEqual(['テンソルネットワーク', 'tensor networks']);
    expect(edited?.maxLoad).toBe(entry?.maxLoad);
    expect((await listAudit(database.ctx.db, 1))[0]).toMatchObject({ action: 'pool.profile_edited', subject: `JST:${DEMO_JST_REVIEWER}` });
    expect(await codeOf(viewOwnProfile(database.ctx, applicant))).toBe('FORBIDDEN');
    expect(await codeOf(editOwnProfile(database.ctx, jstReviewer, { agency: 'NSF', keywords: [] }))).toBe('FORBIDDEN');
  });
});

describe('declared conflicts and waivers', () => {
  it('lets a reviewer see only refs, titles and PIs of proposals under review, and declare a conflict for themself', async () => {
    const own = await listOwnConflicts(database.ctx, jstReviewer);
    const jst = own.pools.find((pool) => pool.agency === 'JST');
    expect(jst?.proposals.length).toBeGreaterThan(0);
    expect(Object.keys(jst?.proposals[0] ?? {}).sort()).toEqual(['call', 'pis', 'ref', 'title']);
    const target = jst?.proposals.find((proposal) => proposal.call === CALL)?.ref ?? '';
    const before = await computeCallConflicts(database.ctx.db, await callId(), 'JST');
    expect(before.find((conflict) => conflict.proposal === target && conflict.reviewer === DEMO_JST_REVIEWER)?.reasons ?? []).not.toContain('declared');

    const declared = await declareOwnConflict(database.ctx, jstReviewer, { proposal: target, agency: 'JST', reason: 'I examined the PI\'s student' });
    expect(declared.pools.find((pool) => pool.agency === 'JST')?.declared.find((item) => item.proposal === target)).toMatchObject({
      note: 'I examined the PI\'s student',
      declaredBy: 'user:13:user13@example.org',
      declaredAt: '2026-04-01T00:00:00.000Z',
    });
    const after = await computeCallConflicts(database.ctx.db, await callId(), 'JST');
    expect(after.find((conflict) => conflict.proposal === target && conflict.reviewer === DEMO_JST_REVIEWER)?.reasons).toContain('declared');
    expect((await listAudit(database.ctx.db, 1))[0]).toMatchObject({ action: 'conflict.declared', changes: { self: true } });
    expect(await codeOf(declareOwnConflict(database.ctx, jstReviewer, { proposal: 'NO-SUCH', agency: 'JST', reason: 'x' }))).toBe('NOT_FOUND');
    // A proposal outside the review (a decided call) is not shown, so it cannot be declared either.
    expect(await codeOf(declareOwnConflict(database.ctx, jstReviewer, { proposal: 'ASP22-001', agency: 'JST', reason: 'x' }))).toBe('NOT_FOUND');
    expect(await codeOf(declareOwnConflict(database.ctx, applicant, { proposal: target, reason: 'x' }))).toBe('FORBIDDEN');
  });

  it('lets an officer of the agency add a conflict for a reviewer, listed with reason declared and the officer\'s words', async () => {
    const pool = await listPool(database.ctx, anrOfficer, { agency: 'ANR' });
    const reviewer = pool.reviewers[0]?.person ?? '';
    const conflicts = await computeCallConflicts(database.ctx.db, await callId(), 'ANR');
    const free = ['SIC25-001', 'SIC25-002', 'SIC25-003', 'SIC25-005', 'SIC25-006'].find((ref) => !conflicts.some((conflict) => conflict.proposal === ref && conflict.reviewer === reviewer)) ?? '';
    const entry = await addConflict(database.ctx, anrOfficer, { callCode: CALL, body: { proposal: free, reviewer, agency: 'ANR', reason: 'Same lab retreat organiser' } });
    expect(entry).toMatchObject({ proposal: free, reviewer, agency: 'ANR', reasons: ['declared'], declaration: { note: 'Same lab retreat organiser', by: 'user:12:user12@example.org' } });
    expect(entry.waived).toBeUndefined();
    expect(await codeOf(addConflict(database.ctx, jstOfficer, { callCode: CALL, body: { proposal: free, reviewer, agency: 'ANR', reason: 'x' } }))).toBe('FORBIDDEN');
    expect(await codeOf(addConflict(database.ctx, anrOfficer, { callCode: CALL, body: { proposal: 'ASP22-001', reviewer, agency: 'ANR', reason: 'x' } }))).toBe('VALIDATION_FAILED');
  });

  it('waives a detected conflict with a reason: it stays listed, marked waived; only officers of the agency may; unwaive removes the mark', async () => {
    const [conflict] = await computeCallConflicts(database.ctx.db, await callId(), 'JST');
    if (!conflict) throw new Error('the demo has JST conflicts');
    const pair = { callCode: CALL, agency: 'JST', proposal: conflict.proposal, reviewer: conflict.reviewer };
    expect(await codeOf(waiveConflict(database.ctx, jstReviewer, { ...pair, body: { reason: 'no' } }))).toBe('FORBIDDEN');
    expect(await codeOf(waiveConflict(database.ctx, anrOfficer, { ...pair, body: { reason: 'no' } }))).toBe('FORBIDDEN');

    const waived = await waiveConflict(database.ctx, jstOfficer, { ...pair, body: { reason: 'Left that institution long before; PD agreed' } });
    expect(waived.reasons).toEqual(conflict.reasons);
    expect(waived.waived).toEqual({ reason: 'Left that institution long before; PD agreed', by: 'user:11:user11@example.org', at: '2026-04-01T00:00:00.000Z' });
    const report = await listConflicts(database.ctx, jstOfficer, { callCode: CALL, agency: 'JST' });
    expect(report.conflicts.find((entry) => entry.proposal === conflict.proposal && entry.reviewer === conflict.reviewer)?.waived?.reason).toContain('PD agreed');
    // `waived` appears only on waived pairs.
    expect(report.conflicts.filter((entry) => 'waived' in entry)).toHaveLength(1);
    expect((await listAudit(database.ctx.db, 1))[0]).toMatchObject({ action: 'conflict.waived', subjectType: 'conflict' });

    const view = await listCallConflicts(database.ctx, jstOfficer, { callCode: CALL });
    expect(view.agencies).toEqual(['JST']);
    expect(view.conflicts.some((entry) => entry.agency === 'ANR')).toBe(true);

    const cleared = await unwaiveConflict(database.ctx, jstOfficer, pair);
    expect(cleared?.waived).toBeUndefined();
    expect(await codeOf(unwaiveConflict(database.ctx, jstOfficer, pair))).toBe('VALIDATION_FAILED');
    expect((await listAudit(database.ctx.db, 1))[0]?.action).toBe('conflict.unwaived');
  });

  it('waives for one pool only: the same person\'s entry in another agency\'s pool stays conflicted', async () => {
    const id = await callId();
    // Hirose is in the JST pool and, since the pool tests above, in ANR's; each agency's officer
    // records the same conflict for its own entry of her.
    const shared = { proposal: 'SIC25-005' };
    await addConflict(database.ctx, jstOfficer, { callCode: CALL, body: { proposal: shared.proposal, reviewer: DEMO_JST_REVIEWER, agency: 'JST', reason: 'Advises the PI' } });
    await addConflict(database.ctx, anrOfficer, { callCode: CALL, body: { proposal: shared.proposal, reviewer: DEMO_JST_REVIEWER, agency: 'ANR', reason: 'Advises the PI' } });
    await waiveConflict(database.ctx, jstOfficer, { callCode: CALL, agency: 'JST', proposal: shared.proposal, reviewer: DEMO_JST_REVIEWER, body: { reason: 'JST only' } });
    const all = await computeCallConflicts(database.ctx.db, id, null);
    const pair = all.filter((entry) => entry.proposal === shared.proposal && entry.reviewer === DEMO_JST_REVIEWER);
    expect(pair.map((entry) => [entry.agency, entry.waived?.reason ?? null])).toEqual([
      ['ANR', null],
      ['JST', 'JST only'],
    ]);
    await unwaiveConflict(database.ctx, jstOfficer, { callCode: CALL, agency: 'JST', proposal: shared.proposal, reviewer: DEMO_JST_REVIEWER });
  });

  it('finds the same conflicts for one person as for the whole pool, every reason included', async () => {
    const id = await callId();
    const all = await computeCallConflicts(database.ctx.db, id, null);
    const people = [...new Set(all.map((entry) => entry.reviewer))];
    expect(people.length).toBeGreaterThan(3);
    expect(all.some((entry) => entry.reasons.includes('coauthor'))).toBe(true);
    for (const person of people) {
      for (const agency of ['JST', 'ANR']) {
        const expected = all.filter((entry) => entry.reviewer === person && entry.agency === agency);
        expect(await computeCallConflicts(database.ctx.db, id, agency, person)).toEqual(expected);
        expect(await unwaivedConflictRefs(database.ctx.db, { callId: id, agency, personRef: person })).toEqual(new Set(expected.filter((entry) => !entry.waived).map((entry) => entry.proposal)));
      }
    }
  });

  it('refuses to waive a pair with no detected conflict', async () => {
    const conflicts = await computeCallConflicts(database.ctx.db, await callId(), 'JST');
    const pool = await listPool(database.ctx, jstOfficer, { agency: 'JST' });
    const pair = pool.reviewers
      .flatMap((reviewer) => ['SIC25-001', 'SIC25-003', 'SIC25-005', 'SIC25-007'].map((proposal) => ({ proposal, reviewer: reviewer.person })))
      .find((candidate) => !conflicts.some((conflict) => conflict.proposal === candidate.proposal && conflict.reviewer === candidate.reviewer));
    if (!pair) throw new Error('some JST pair is free of conflicts');
    const error = await waiveConflict(database.ctx, jstOfficer, { callCode: CALL, agency: 'JST', ...pair, body: { reason: 'why not' } }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('VALIDATION_FAILED');
    expect(isAppError(error) ? error.issues[0]?.message.en : '').toContain('only a detected conflict can be waived');
  });

  it('keeps waivers and declarations made in the platform when the pool is imported again', async () => {
    const id = await callId();
    const [conflict] = (await computeCallConflicts(database.ctx.db, id, 'JST')).filter((entry) => !entry.reasons.includes('declared'));
    if (!conflict) throw new Error('the demo has detected JST conflicts');
    await waiveConflict(database.ctx, jstOfficer, { callCode: CALL, agency: 'JST', proposal: conflict.proposal, reviewer: conflict.reviewer, body: { reason: 'Kept across imports' } });
    const declaredBefore = (await computeCallConflicts(database.ctx.db, id, null)).filter((entry) => entry.reasons.includes('declared'));
    expect(declaredBefore.length).toBeGreaterThanOrEqual(4);
    const platformBefore = (await listCallConflicts(database.ctx, system, { callCode: CALL })).conflicts.filter((entry) => entry.declaration?.by).map((entry) => `${entry.agency} ${entry.proposal} ${entry.reviewer}`);
    // The demo's two imported declarations are not among them.
    expect(platformBefore.length).toBe(declaredBefore.length - 2);

    const exported = await exportBundle(database.ctx, system, { callCode: CALL });
    // The agency's file drops every declaration: bundle-sourced ones go, platform ones stay.
    const reviewers = (exported as unknown as { reviewers: Array<{ conflicts: unknown[] }> }).reviewers.map((reviewer) => ({ ...reviewer, conflicts: [] }));
    await importBundle(database.ctx, system, { ...exported, reviewers });

    const after = await computeCallConflicts(database.ctx.db, id, null);
    expect(after.find((entry) => entry.proposal === conflict.proposal && entry.reviewer === conflict.reviewer)?.waived?.reason).toBe('Kept across imports');
    const declaredAfter = after.filter((entry) => entry.reasons.includes('declared')).map((entry) => `${entry.agency} ${entry.proposal} ${entry.reviewer}`);
    expect(declaredAfter.sort()).toEqual([...platformBefore].sort());

    // Importing the export as it is changes nothing: the platform's declarations keep their declarer.
    await importBundle(database.ctx, system, exported);
    const again = await listCallConflicts(database.ctx, system, { callCode: CALL });
    expect(again.conflicts.filter((entry) => entry.reasons.includes('declared')).length).toBe(declaredBefore.length);
    expect(again.conflicts.filter((entry) => entry.declaration?.by).map((entry) => `${entry.agency} ${entry.proposal} ${entry.reviewer}`).sort()).toEqual([...platformBefore].sort());
  });
});
