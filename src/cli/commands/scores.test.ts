import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BundleInput } from '../../contracts/bundle.schemas.js';
import { createCliDatabase, runCli, type CliDatabase } from '../../../test/support/cli.js';
import { makeJointCallBundle, uniquePrefix } from '../../../test/support/factories.js';

let database: CliDatabase;
const prefix = uniquePrefix();
const p = (key: string) => `${prefix}-${key}`;

/**
 * The factory's joint call (criteria: significance weight 2, plan weight 1, so a review's total
 * is (2·significance + plan) / 3) with two more submitted proposals, JST reviewers r1, r2, r3 and
 * an ANR reviewer a1. JST's submitted totals: r1 gives P1 4, P4 3, P5 2 (mean 3, population sd
 * √(2/3)); r2 gives only P1 3 (one review: term 0); r3 gives P4 and P5 4 each with different
 * scores (sd 0: terms 0). The factory's draft (P2 by r1) and a draft by r2 of P5 must not count;
 * the ANR review belongs to the other agency's scores.
 */
function scoresBundle(): BundleInput {
  const bundle = makeJointCallBundle(prefix);
  const base = bundle.proposals![0]!;
  const extra = (ref: string) => ({ ...base, ref: p(ref), decision: null, exchanges: [] });
  bundle.proposals!.push(extra('P4'), extra('P5'));
  bundle.people!.push(
    { ref: p('r2'), name: { en: 'Kenta Ishida', ja: '石田 健太' }, affiliations: [] },
    { ref: p('r3'), name: { en: 'Aya Fujimoto', ja: '藤本 彩' }, affiliations: [] },
    { ref: p('a1'), name: { en: 'Julie Garnier' }, affiliations: [] },
  );
  bundle.reviewers!.push(
    { person: p('r2'), agency: p('JST'), fields: ['quantum'], keywords: [], minLoad: 0, maxLoad: 4, publications: [], conflicts: [] },
    { person: p('r3'), agency: p('JST'), fields: ['materials'], keywords: [], minLoad: 0, maxLoad: 4, publications: [], conflicts: [] },
    { person: p('a1'), agency: p('ANR'), fields: ['quantum'], keywords: [], minLoad: 0, maxLoad: 4, publications: [], conflicts: [] },
  );
  const review = (proposal: string, reviewer: string, significance: number, plan: number, confidence: number, status?: 'draft' | 'submitted') => ({
    proposal: p(proposal),
    reviewer: p(reviewer),
    agency: reviewer.startsWith('a') ? p('ANR') : p('JST'),
    scores: { significance, plan },
    confidence,
    comment: { en: `Private remark by ${reviewer}` },
    ...(status ? { status } : {}),
  });
  bundle.reviews!.push(
    review('P1', 'r1', 5, 2, 4), // status omitted: imported as submitted
    review('P4', 'r1', 3, 3, 3, 'submitted'),
    review('P5', 'r1', 2, 2, 2),
    review('P1', 'r2', 4, 1, 5),
    review('P4', 'r3', 4, 4, 3),
    review('P5', 'r3', 5, 2, 4),
    review('P5', 'r2', 1, 1, 1, 'draft'),
    review('P1', 'a1', 5, 5, 5),
  );
  return bundle;
}

beforeAll(async () => {
  database = await createCliDatabase();
  const imported = await runCli(['import', '-'], database.env, JSON.stringify(scoresBundle()));
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await database.dispose();
});

type Report = {
  call: string;
  agency: string;
  proposals: Array<{ proposal: string; reviewCount: number; raw: number; normalized: number; percentile: number; reviews: Array<{ reviewer: string; total: number; scores: Record<string, number>; confidence: number | null }> }>;
};

it('prints the hand-computed scores of JST\'s submitted reviews in exactly the issue\'s shape', async () => {
  const run = await runCli(['scores', '--call', p('CALL'), '--agency', p('JST'), '--format', 'json'], database.env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as Report;
  expect(Object.keys(report)).toEqual(['call', 'agency', 'proposals']);
  expect(report.call).toBe(p('CALL'));
  expect(report.agency).toBe(p('JST'));
  // P1 and P4 tie on raw 3.5 (then by ref); the drafts of P2 and of P5 by r2 do not count.
  expect(report.proposals.map((entry) => entry.proposal)).toEqual([p('P1'), p('P4'), p('P5')]);
  expect(Object.keys(report.proposals[0]!)).toEqual(['proposal', 'reviewCount', 'raw', 'normalized', 'percentile', 'reviews']);
  const z = 1 / Math.sqrt(2 / 3);
  const [p1, p4, p5] = report.proposals;
  expect(p1).toMatchObject({ reviewCount: 2, raw: 3.5 });
  expect(p1!.normalized).toBeCloseTo(z / 2, 12);
  expect(p1!.percentile).toBeCloseTo(200 / 3, 12); // below 1, equal 2, n 3
  expect(p4).toMatchObject({ reviewCount: 2, raw: 3.5, normalized: 0 });
  expect(p4!.percentile).toBeCloseTo(200 / 3, 12);
  expect(p5).toMatchObject({ reviewCount: 2, raw: 3 });
  expect(p5!.normalized).toBeCloseTo(-z / 2, 12);
  expect(p5!.percentile).toBeCloseTo(50 / 3, 12); // below 0, equal 1
  // Each review: reviewer, total, scores, confidence, and nothing private (no comment).
  expect(p1!.reviews).toEqual([
    { reviewer: p('r1'), total: 4, scores: { significance: 5, plan: 2 }, confidence: 4 },
    { reviewer: p('r2'), total: 3, scores: { significance: 4, plan: 1 }, confidence: 5 },
  ]);
  expect(run.stdout).not.toContain('Private remark');
});

it('counts only the named agency\'s reviewers', async () => {
  const run = await runCli(['scores', '--call', p('CALL'), '--agency', p('ANR'), '--format', 'json'], database.env);
  const report = JSON.parse(run.stdout) as Report;
  expect(report.proposals).toEqual([
    { proposal: p('P1'), reviewCount: 1, raw: 5, normalized: 0, percentile: 50, reviews: [{ reviewer: p('a1'), total: 5, scores: { significance: 5, plan: 5 }, confidence: 5 }] },
  ]);
});

it('prints a table by default and names what it cannot find', async () => {
  const text = await runCli(['scores', '--call', p('CALL'), '--agency', p('JST')], database.env);
  expect(text.code).toBe(0);
  expect(text.stdout).toContain(`${p('P1')}\t2\t3.500\t0.612\t66.7\t3.00–4.00`);
  expect(text.stdout).toContain('2 draft review(s) not counted.');
  expect((await runCli(['scores', '--call', 'NOPE', '--agency', p('JST')], database.env)).code).toBe(3);
  expect((await runCli(['scores', '--call', p('CALL'), '--agency', 'NOPE'], database.env)).code).toBe(3);
  expect((await runCli(['scores', '--call', p('CALL')], database.env)).code).toBe(2);
});

it('refuses to import a submitted review that lacks a criterion score, and takes it as a draft', async () => {
  const other = uniquePrefix();
  const bundle = makeJointCallBundle(other);
  bundle.reviews = [{ proposal: `${other}-P1`, reviewer: `${other}-r1`, agency: `${other}-JST`, scores: { significance: 4 }, confidence: 3 }];
  const refused = await runCli(['import', '-', '--format', 'json'], database.env, JSON.stringify(bundle));
  expect(refused.code).toBe(1);
  expect(refused.stderr + refused.stdout).toContain('reviews[0].scores.plan');
  bundle.reviews[0]!.status = 'draft';
  expect((await runCli(['import', '-'], database.env, JSON.stringify(bundle))).code).toBe(0);
});
