import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../domain/access/actor.js';
import { isAppError, type AppError } from '../../domain/app-error.js';
import { listAudit } from '../../db/repositories/audit.repository.js';
import type { BundleInput } from '../../contracts/bundle.schemas.js';
import { makeJointCallBundle, uniquePrefix } from '../../../test/support/factories.js';
import { useTestDatabase } from '../../../test/support/test-db.js';
import { importBundle } from '../bundle/import-bundle.js';
import { explainAffinity } from './compute-affinity.js';
import { editAssignment } from './edit-assignment.js';
import { publishAssignment } from './publish-assignment.js';
import { setAssignmentConstraint } from './set-assignment-constraint.js';
import { solveAssignment } from './solve-assignment.js';
import { viewAssignment } from './view-assignment.js';

const database = useTestDatabase();
const system = systemActor('test');
const PUBLIC_URL = 'https://kakehashi.example';

type Fixture = { prefix: string; call: string; jst: string; anr: string; ref: (key: string) => string; officer: Actor; anrOfficer: Actor };

/**
 * A joint call whose JST side has four submitted proposals (A–D), a draft (E, never reviewed)
 * and five reviewers (r1–r5, at most 3 each) whose keywords point each at one or two proposals.
 * r1 declared a conflict with A; r2 declared one with B that an officer waived.
 */
function bundleFor(prefix: string): BundleInput {
  const base = makeJointCallBundle(prefix);
  const p = (key: string) => `${prefix}-${key}`;
  const lead = base.proposals?.[0];
  if (!lead) throw new Error('the factory has a proposal');
  const proposal = (key: string, title: { en: string; ja: string }, keywords: string[], status: 'submitted' | 'draft' = 'submitted') => ({
    ...lead,
    ref: p(key),
    title,
    abstract: { en: title.en, ja: title.ja },
    keywords,
    status,
    ...(status === 'draft' ? { submittedAt: undefined, decision: null } : {}),
  });
  const people = ['r1', 'r2', 'r3', 'r4', 'r5'].map((key, index) => ({ ref: p(key), name: { en: `Reviewer ${key}`, ja: `審査委員 ${key}` }, email: `${key}.${prefix.toLowerCase()}@review.example`, affiliations: [], phdYear: 2000 + index }));
  const reviewer = (key: string, keywords: string[], conflicts: string[] = []) => ({
    person: p(key),
    agency: p('JST'),
    fields: ['quantum'],
    keywords,
    minLoad: 0,
    maxLoad: 3,
    publications: [],
    conflicts: conflicts.map((proposalKey) => ({ proposal: p(proposalKey), reason: 'declared' as const })),
  });
  return {
    ...base,
    people: [...(base.people ?? []).filter((person) => person.ref !== p('r1')), ...people],
    proposals: [
      proposal('A', { en: 'Quantum sensing with diamond defects', ja: 'ダイヤモンド欠陥による量子センシング' }, ['quantum sensing', '量子センサ']),
      proposal('B', { en: 'Topological magnets for spintronics', ja: 'スピントロニクスのためのトポロジカル磁性体' }, ['topological magnet', 'スピントロニクス']),
      proposal('C', { en: 'Superconducting qubits at scale', ja: '超伝導量子ビットの大規模化' }, ['superconducting qubit', '量子コンピュータ']),
      proposal('D', { en: 'Photonic quantum networks', ja: 'フォトニック量子ネットワーク' }, ['quantum network', '光通信']),
      proposal('E', { en: 'A draft nobody reviews', ja: '審査されない下書き' }, [], 'draft'),
    ],
    reviewers: [
      reviewer('r1', ['quantum sensing', 'diamond'], ['A']),
      reviewer('r2', ['topological magnet', 'spintronics'], ['B']),
      reviewer('r3', ['photonic network', 'quantum network']),
      reviewer('r4', ['superconducting qubit', '量子']),
      reviewer('r5', ['magnetism']),
    ],
    reviews: [],
  };
}

async function setUp(): Promise<Fixture> {
  const prefix = uniquePrefix();
  await importBundle(database.ctx, system, bundleFor(prefix));
  const ref = (key: string) => `${prefix}-${key}`;
  const jst = ref('JST');
  // An officer waived r2's conflict with B: the pair may be assigned.
  const ids = await database.ctx.db
    .selectFrom('reviewers')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .select('reviewers.id')
    .where('people.ref', '=', ref('r2'))
    .executeTakeFirstOrThrow();
  const proposalB = await database.ctx.db.selectFrom('proposals').select('id').where('ref', '=', ref('B')).executeTakeFirstOrThrow();
  await database.ctx.db.insertInto('conflict_waivers').values({ reviewer_id: ids.id, proposal_id: proposalB.id, reason: 'Declared out of caution; no real tie', waived_by: 'user:1:po@example.org' }).execute();
  return {
    prefix,
    call: ref('CALL'),
    jst,
    anr: ref('ANR'),
    ref,
    officer: { kind: 'user', userId: 41, email: 'po@example.org', personRef: null, roles: [{ role: 'programme_officer', agency: jst }] },
    anrOfficer: { kind: 'user', userId: 42, email: 'anr@example.org', personRef: null, roles: [{ role: 'partner_officer', agency: ref('ANR') }] },
  };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

let fixture: Fixture;
beforeAll(async () => {
  fixture = await setUp();
}, 60_000);

describe('solveAssignment', () => {
  it('gives every submitted proposal of the side its reviewers, within loads, without unwaived conflicts, honouring pins and forbids', async () => {
    const { call, jst, ref, officer } = fixture;
    await setAssignmentConstraint(database.ctx, officer, { callCode: call, agency: jst, proposal: ref('C'), reviewer: ref('r5'), kind: 'pin' });
    await setAssignmentConstraint(database.ctx, officer, { callCode: call, agency: jst, proposal: ref('D'), reviewer: ref('r3'), kind: 'forbid' });
    const solved = await solveAssignment(database.ctx, officer, { callCode: call, agency: jst, perProposal: 2 });
    const pairs = solved.assignments.map((pair) => `${pair.proposal.slice(-1)}${pair.reviewer.slice(-2)}`);
    // Two reviewers per proposal, the draft E left out.
    expect(new Set(solved.assignments.map((pair) => pair.proposal))).toEqual(new Set(['A', 'B', 'C', 'D'].map(ref)));
    for (const key of ['A', 'B', 'C', 'D']) expect(solved.assignments.filter((pair) => pair.proposal === ref(key))).toHaveLength(2);
    const loads = new Map<string, number>();
    for (const pair of solved.assignments) loads.set(pair.reviewer, (loads.get(pair.reviewer) ?? 0) + 1);
    for (const load of loads.values()) expect(load).toBeLessThanOrEqual(3);
    expect(pairs).not.toContain('Ar1'); // declared conflict, not waived
    expect(pairs).toContain('Br2'); // waived conflict: usable, and r2 is B's best reviewer
    expect(pairs).toContain('Cr5'); // pinned, though r5's words fit C poorly
    expect(pairs).not.toContain('Dr3'); // forbidden, though r3 is D's best reviewer
    expect(pairs).toContain('Cr4');
    expect(solved.objective).toBeCloseTo(solved.assignments.reduce((total, pair) => total + pair.affinity, 0), 9);
    expect(solved.assignments).toEqual([...solved.assignments].sort((left, right) => left.proposal.localeCompare(right.proposal) || left.reviewer.localeCompare(right.reviewer)));

    const view = await viewAssignment(database.ctx, officer, { callCode: call, agency: jst });
    expect(view).toMatchObject({ status: 'draft', perProposal: 2, defaultPerProposal: 2, violations: [] });
    const c = view.proposals.find((proposal) => proposal.proposal === ref('C'));
    expect(c?.reviewers.find((reviewer) => reviewer.reviewer === ref('r5'))?.source).toBe('pinned');
    expect(c?.reviewers.find((reviewer) => reviewer.reviewer === ref('r4'))?.sharedTerms).toEqual(expect.arrayContaining(['superconducting', '量子']));
    expect(view.reviewers.reduce((total, reviewer) => total + reviewer.load, 0)).toBe(8);
    expect(view.conflicts).toContainEqual({ proposal: ref('B'), reviewer: ref('r2'), reasons: ['declared'], isWaived: true });
    const audit = await listAudit(database.ctx.db, 5);
    expect(audit.find((entry) => entry.action === 'assignment.solve')).toMatchObject({ actor: 'user:41:po@example.org', subject: `${call}/${jst}`, changes: expect.objectContaining({ perProposal: 2, pairs: 8, pinned: 1 }) });
  });

  it('uses the call\'s reviewsPerProposal by default and an agency\'s own affinities where given', async () => {
    const { call, jst, ref, officer } = fixture;
    const solved = await solveAssignment(database.ctx, officer, {
      callCode: call,
      agency: jst,
      affinityOverrides: [{ reviewer: ref('r5'), proposal: ref('A'), affinity: 50 }],
    });
    expect(solved.perProposal).toBe(2);
    expect(solved.assignments).toContainEqual({ proposal: ref('A'), reviewer: ref('r5'), affinity: 50 });
  });

  it('names the proposal that cannot get enough reviewers and stores nothing', async () => {
    const { call, jst, ref, officer } = fixture;
    const before = await viewAssignment(database.ctx, officer, { callCode: call, agency: jst });
    const error = await failure(solveAssignment(database.ctx, officer, { callCode: call, agency: jst, perProposal: 5 }));
    expect(error.code).toBe('ASSIGNMENT_INFEASIBLE');
    expect(error.issues).toContainEqual({
      path: `proposals.${ref('A')}`,
      message: {
        en: `Proposal ${ref('A')} has only 4 reviewer(s) without conflicts or exclusions; 5 are needed.`,
        ja: `提案 ${ref('A')} には利益相反や除外のない審査委員が 4 人しかいません。5 人必要です。`,
      },
    });
    // D has r3 forbidden: also short.
    expect(error.issues.map((issue) => issue.path)).toContain(`proposals.${ref('D')}`);
    const after = await viewAssignment(database.ctx, officer, { callCode: call, agency: jst });
    expect(after.perProposal).toBe(before.perProposal);
    expect(after.proposals).toEqual(before.proposals);
  });

  it('refuses unknown pairs in the overrides, other agencies\' officers and agencies that do not review', async () => {
    const { call, jst, ref, officer, anrOfficer } = fixture;
    const bad = await failure(solveAssignment(database.ctx, officer, { callCode: call, agency: jst, affinityOverrides: [{ reviewer: 'nobody', proposal: ref('E'), affinity: 1, paths: { reviewer: 'a.csv line 2, column 1', proposal: 'a.csv line 2, column 2', affinity: 'a.csv line 2, column 3' } }] }));
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.issues.map((issue) => issue.path)).toEqual(['a.csv line 2, column 1', 'a.csv line 2, column 2']);
    expect((await failure(solveAssignment(database.ctx, anrOfficer, { callCode: call, agency: jst }))).code).toBe('FORBIDDEN');
    expect((await failure(solveAssignment(database.ctx, null, { callCode: call, agency: jst }))).code).toBe('UNAUTHENTICATED');
    expect((await failure(solveAssignment(database.ctx, officer, { callCode: 'NOPE', agency: jst }))).code).toBe('NOT_FOUND');
  });
});

describe('editing and publishing', () => {
  it('shows violations live, refuses to publish until none is left, then mails each assigned reviewer once', async () => {
    const { call, jst, ref, officer } = fixture;
    await setAssignmentConstraint(database.ctx, officer, { callCode: call, agency: jst, proposal: ref('C'), reviewer: ref('r5'), kind: 'clear' });
    await setAssignmentConstraint(database.ctx, officer, { callCode: call, agency: jst, proposal: ref('D'), reviewer: ref('r3'), kind: 'clear' });
    const solved = await solveAssignment(database.ctx, officer, { callCode: call, agency: jst });
    const first = solved.assignments.find((pair) => pair.proposal === ref('A'));
    if (!first) throw new Error('A has reviewers');

    const removed = await editAssignment(database.ctx, officer, { callCode: call, agency: jst, proposal: ref('A'), reviewer: first.reviewer, action: 'remove' });
    expect(removed.violations).toEqual([
      expect.objectContaining({ kind: 'proposal_coverage', proposal: ref('A'), assigned: 1, needed: 2, message: { en: `Proposal ${ref('A')} has 1 of 2 reviewers.`, ja: `提案 ${ref('A')} の審査委員は 2 人中 1 人です。` } }),
    ]);
    const conflicted = await editAssignment(database.ctx, officer, { callCode: call, agency: jst, proposal: ref('A'), reviewer: ref('r1'), action: 'add' });
    expect(conflicted.violations.map((violation) => violation.kind)).toEqual(['conflicted_pair']);
    expect(conflicted.proposals.find((proposal) => proposal.proposal === ref('A'))?.reviewers.find((reviewer) => reviewer.reviewer === ref('r1'))?.source).toBe('manual');

    const refused = await failure(publishAssignment(database.ctx, officer, { callCode: call, agency: jst, publicUrl: PUBLIC_URL }));
    expect(refused.code).toBe('ASSIGNMENT_HAS_VIOLATIONS');
    expect(refused.issues).toEqual([expect.objectContaining({ path: `pairs.${ref('A')}/${ref('r1')}` })]);

    await editAssignment(database.ctx, officer, { callCode: call, agency: jst, proposal: ref('A'), reviewer: ref('r1'), action: 'remove' });
    const fixed = await editAssignment(database.ctx, officer, { callCode: call, agency: jst, proposal: ref('A'), reviewer: first.reviewer, action: 'add' });
    expect(fixed.violations).toEqual([]);

    const published = await publishAssignment(database.ctx, officer, { callCode: call, agency: jst, publicUrl: PUBLIC_URL });
    expect(published.status).toBe('published');
    const reviewers = new Set(published.proposals.flatMap((proposal) => proposal.reviewers.map((reviewer) => reviewer.reviewer)));
    expect(published.mailed).toBe(reviewers.size);
    const mails = await database.ctx.db.selectFrom('mail_outbox').selectAll().where('template', '=', 'review_assignment').where('recipient', 'like', `%.${fixture.prefix.toLowerCase()}@review.example`).execute();
    expect(mails).toHaveLength(reviewers.size);
    const mailOfR4 = mails.find((mail) => mail.recipient.startsWith('r4.'));
    // The JST pool's reviewers without an account read Japanese; r4 reviews C among others.
    expect(mailOfR4).toMatchObject({ language: 'ja' });
    expect(JSON.stringify(mailOfR4?.params)).toContain(ref('C'));
    expect(mailOfR4?.params).toMatchObject({ reviewUrl: `${PUBLIC_URL}/reviews`, agency: jst });

    // Published: hand edits and a plain re-solve are refused; an explicit re-solve replaces it.
    expect((await failure(editAssignment(database.ctx, officer, { callCode: call, agency: jst, proposal: ref('A'), reviewer: ref('r5'), action: 'add' }))).code).toBe('ASSIGNMENT_PUBLISHED');
    expect((await failure(solveAssignment(database.ctx, officer, { callCode: call, agency: jst }))).code).toBe('ASSIGNMENT_PUBLISHED');
    expect((await failure(publishAssignment(database.ctx, officer, { callCode: call, agency: jst, publicUrl: PUBLIC_URL }))).code).toBe('ASSIGNMENT_PUBLISHED');
    await solveAssignment(database.ctx, officer, { callCode: call, agency: jst, replacePublished: true });
    expect((await viewAssignment(database.ctx, officer, { callCode: call, agency: jst })).status).toBe('draft');
  });

  it('explains a pair with its shared terms, also for a pair not assigned', async () => {
    const { call, jst, ref, officer } = fixture;
    const explained = await explainAffinity(database.ctx, officer, { callCode: call, agency: jst, proposal: ref('D'), reviewer: ref('r3') });
    expect(explained.isFieldMatch).toBe(true);
    expect(explained.sharedTerms).toEqual(expect.arrayContaining(['network']));
    expect(explained.score).toBeGreaterThan(0.2);
  });
});
