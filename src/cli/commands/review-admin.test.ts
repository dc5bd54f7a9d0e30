import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCliDatabase, runCli, type CliDatabase } from '../../../test/support/cli.js';

const CALL = 'SICORP-2025-JST-ANR';
let database: CliDatabase;

beforeAll(async () => {
  database = await createCliDatabase();
  expect((await runCli(['demo'], database.env)).code).toBe(0);
}, 120_000);

afterAll(async () => {
  await database.dispose();
});

type Conflicts = { conflicts: Array<{ proposal: string; reviewer: string; agency: string; reasons: string[]; waived?: { reason: string; by: string } }> };
type Assignment = {
  status: string;
  mailed?: number;
  constraints: Array<{ proposal: string; reviewer: string; kind: string }>;
  violations: unknown[];
  assignments: Array<{ proposal: string; reviewer: string; source: string }>;
};

async function json<T>(args: string[]): Promise<T> {
  const run = await runCli([...args, '--format', 'json'], database.env);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

it('scripts a JST review from the command line: record and waive conflicts, pin and forbid, solve, publish', async () => {
  // An officer records a conflict the rules cannot see, and waives a detected one.
  await json(['conflict', 'add', '--call', CALL, '--agency', 'JST', '--proposal', 'SIC25-007', '--reviewer', 'jp.hirose.naoko', '--reason', 'Co-organised a workshop with the PI in 2025']);
  const waived = await json<{ conflict: { waived?: { reason: string } } }>([
    'conflict', 'waive', '--call', CALL, '--agency', 'JST', '--proposal', 'SIC25-001', '--reviewer', 'jp.fujita.emi', '--reason', 'Different faculty; no joint work',
  ]);
  expect(waived.conflict.waived?.reason).toBe('Different faculty; no joint work');
  const listed = await json<Conflicts>(['conflicts', '--call', CALL, '--agency', 'JST']);
  expect(listed.conflicts).toContainEqual(expect.objectContaining({ proposal: 'SIC25-007', reviewer: 'jp.hirose.naoko', reasons: ['declared'] }));
  expect(listed.conflicts.find((conflict) => conflict.proposal === 'SIC25-001' && conflict.reviewer === 'jp.fujita.emi')?.waived?.reason).toBe('Different faculty; no joint work');

  // Pins and forbids shape the next solve; the waived pair may now be pinned.
  await json(['assignment', 'pin', '--call', CALL, '--agency', 'JST', '--proposal', 'SIC25-001', '--reviewer', 'jp.fujita.emi']);
  const forbidden = await json<Assignment>(['assignment', 'forbid', '--call', CALL, '--agency', 'JST', '--proposal', 'SIC25-002', '--reviewer', 'jp.arai.naoko']);
  expect(forbidden.constraints.map((constraint) => `${constraint.kind} ${constraint.proposal} ${constraint.reviewer}`).sort()).toEqual(['forbid SIC25-002 jp.arai.naoko', 'pin SIC25-001 jp.fujita.emi']);
  const solved = await json<{ assignments: Array<{ proposal: string; reviewer: string }> }>(['assign', '--call', CALL, '--agency', 'JST']);
  expect(solved.assignments).toContainEqual(expect.objectContaining({ proposal: 'SIC25-001', reviewer: 'jp.fujita.emi' }));
  expect(solved.assignments).not.toContainEqual(expect.objectContaining({ proposal: 'SIC25-002', reviewer: 'jp.arai.naoko' }));
  expect(solved.assignments).not.toContainEqual(expect.objectContaining({ proposal: 'SIC25-007', reviewer: 'jp.hirose.naoko' }));

  const published = await json<Assignment>(['assignment', 'publish', '--call', CALL, '--agency', 'JST']);
  expect(published.status).toBe('published');
  expect(published.violations).toEqual([]);
  expect(published.mailed).toBeGreaterThan(0);
  const shown = await json<Assignment>(['assignment', 'show', '--call', CALL, '--agency', 'JST']);
  expect(shown.assignments.find((pair) => pair.proposal === 'SIC25-001' && pair.reviewer === 'jp.fujita.emi')?.source).toBe('pinned');
  expect(shown.assignments).toHaveLength(solved.assignments.length);
});

it('reopens a submitted review with a reason, and says what is missing or wrong', async () => {
  const reopened = await runCli(['reopen-review', '--call', CALL, '--agency', 'JST', '--proposal', 'SIC25-001', '--reviewer', 'jp.hirose.naoko', '--reason', 'Scores for the plan were swapped'], database.env);
  expect(reopened.code, reopened.stderr).toBe(0);
  expect(reopened.stdout).toContain('Reopened the review of SIC25-001 by jp.hirose.naoko');

  const noReason = await runCli(['conflict', 'waive', '--call', CALL, '--agency', 'JST', '--proposal', 'SIC25-005', '--reviewer', 'jp.saito.sayaka'], database.env);
  expect(noReason.code).toBe(1);
  expect(noReason.stderr).toContain('--reason');
  const notDetected = await runCli(['conflict', 'waive', '--call', CALL, '--agency', 'JST', '--proposal', 'SIC25-005', '--reviewer', 'jp.kudo.ayaka', '--reason', 'x'], database.env);
  expect(notDetected.code).toBe(1);
  const badAction = await runCli(['assignment', 'approve', '--call', CALL, '--agency', 'JST'], database.env);
  expect(badAction.code).toBe(2);
});
