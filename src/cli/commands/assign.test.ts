import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliDatabase, runCli, type CliDatabase } from '../../../test/support/cli.js';
import { parseAffinityCsv } from './assign.js';
import { loadConfig } from '../../config.js';
import { createDatabase } from '../../db/create-db.js';
import { systemActor } from '../../domain/access/actor.js';
import { isAppError } from '../../domain/app-error.js';
import { systemClock } from '../../domain/time.js';
import { publishAssignment } from '../../services/review/publish-assignment.js';

const CALL = 'SICORP-2025-JST-ANR';
let database: CliDatabase;
let folder: string;

beforeAll(async () => {
  database = await createCliDatabase();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-assign-'));
  expect((await runCli(['demo'], database.env)).code).toBe(0);
}, 120_000);

afterAll(async () => {
  fs.rmSync(folder, { recursive: true, force: true });
  await database.dispose();
});

type Output = { call: string; agency: string; objective: number; assignments: Array<{ proposal: string; reviewer: string; affinity: number }> };
type Conflicts = { conflicts: Array<{ proposal: string; reviewer: string; agency: string }> };

function csv(name: string, text: string): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return file;
}

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error.issues.map((issue) => `${issue.path}: ${issue.message.en}`);
    throw error;
  }
  return [];
}

describe('kakehashi assign', () => {
  it('solves each agency\'s side exactly and prints the stored assignment in the documented shape', async () => {
    const run = await runCli(['assign', '--call', CALL, '--agency', 'JST', '--format', 'json'], database.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as Output;
    expect(Object.keys(output)).toEqual(['call', 'agency', 'objective', 'assignments']);
    expect(output).toMatchObject({ call: CALL, agency: 'JST' });
    expect(Object.keys(output.assignments[0] ?? {})).toEqual(['proposal', 'reviewer', 'affinity']);
    // The demo's 7 submitted proposals, 3 reviewers each (the call's reviewsPerProposal).
    const proposals = new Set(output.assignments.map((pair) => pair.proposal));
    expect(proposals.size).toBe(7);
    for (const proposal of proposals) expect(output.assignments.filter((pair) => pair.proposal === proposal)).toHaveLength(3);
    expect(output.assignments).toEqual([...output.assignments].sort((left, right) => left.proposal.localeCompare(right.proposal) || left.reviewer.localeCompare(right.reviewer)));
    expect(output.objective).toBeCloseTo(output.assignments.reduce((total, pair) => total + pair.affinity, 0), 9);
    // No conflicted pair (none is waived in the demo).
    const conflicts = JSON.parse((await runCli(['conflicts', '--call', CALL, '--agency', 'JST', '--format', 'json'], database.env)).stdout) as Conflicts;
    const conflicted = new Set(conflicts.conflicts.map((conflict) => `${conflict.proposal} ${conflict.reviewer}`));
    expect(conflicted.size).toBeGreaterThan(0);
    for (const pair of output.assignments) expect(conflicted.has(`${pair.proposal} ${pair.reviewer}`)).toBe(false);

    const anr = JSON.parse((await runCli(['assign', '--call', CALL, '--agency', 'ANR', '--per-proposal', '2', '--format', 'json'], database.env)).stdout) as Output;
    expect(anr.agency).toBe('ANR');
    expect(anr.assignments).toHaveLength(14);
  });

  it('replaces the computed affinity of the pairs an agency\'s CSV lists', async () => {
    const base = JSON.parse((await runCli(['assign', '--call', CALL, '--agency', 'JST', '--format', 'json'], database.env)).stdout) as Output;
    const conflicts = JSON.parse((await runCli(['conflicts', '--call', CALL, '--agency', 'JST', '--format', 'json'], database.env)).stdout) as Conflicts;
    const conflicted = new Set(conflicts.conflicts.map((conflict) => `${conflict.proposal} ${conflict.reviewer}`));
    const reviewers = [...new Set(base.assignments.map((pair) => pair.reviewer))];
    // A pair the solver did not choose and that is not conflicted: given a high score, it must be chosen.
    const proposal = 'SIC25-001';
    const outsider = reviewers.find((reviewer) => !base.assignments.some((pair) => pair.proposal === proposal && pair.reviewer === reviewer) && !conflicted.has(`${proposal} ${reviewer}`));
    if (!outsider) throw new Error('the demo has a reviewer not assigned to SIC25-001');
    const file = csv('scores.csv', `reviewer,proposal,affinity\n${outsider},${proposal},9.5\n`);
    const run = await runCli(['assign', '--call', CALL, '--agency', 'JST', '--affinity', file, '--format', 'json'], database.env);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as Output;
    expect(output.assignments).toContainEqual({ proposal, reviewer: outsider, affinity: 9.5 });
    expect(output.objective).toBeGreaterThan(base.objective);
  });

  it('validates the whole CSV, naming line and column, and stores nothing', async () => {
    const before = JSON.parse((await runCli(['assign', '--call', CALL, '--agency', 'ANR', '--per-proposal', '2', '--format', 'json'], database.env)).stdout) as Output;
    const file = csv('bad.csv', 'reviewer,proposal,affinity\nnobody,SIC25-001,0.5\nfr.fournier.isabelle,SIC25-999,high\nfr.fournier.isabelle,SIC25-002,1e400\n');
    const run = await runCli(['assign', '--call', CALL, '--agency', 'ANR', '--affinity', file, '--format', 'json'], database.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.csv line 3, column 3: the affinity must be a number, not "high"');
    expect(run.stderr).toContain('bad.csv line 4, column 3');
    const error = JSON.parse(run.stdout) as { error: { code: string; details: { issues: Array<{ path: string }> } } };
    expect(error.error.code).toBe('VALIDATION_FAILED');
    expect(error.error.details.issues.map((issue) => issue.path)).toEqual(['bad.csv line 3, column 3', 'bad.csv line 4, column 3']);

    // Numbers fine, refs unknown: the solve names them at their line and column, nothing stored.
    const unknown = csv('refs.csv', 'reviewer,proposal,affinity\nnobody,SIC25-001,0.5\nfr.fournier.isabelle,SIC25-999,1\n');
    const refs = await runCli(['assign', '--call', CALL, '--agency', 'ANR', '--per-proposal', '3', '--affinity', unknown], database.env);
    expect(refs.code).toBe(1);
    expect(refs.stderr).toContain('refs.csv line 2, column 1: reviewer nobody is not in the reviewer pool of ANR');
    expect(refs.stderr).toContain('refs.csv line 3, column 2: proposal SIC25-999');
    // The stored ANR assignment is still the one with 2 per proposal: re-solving it gives the same.
    const again = JSON.parse((await runCli(['assign', '--call', CALL, '--agency', 'ANR', '--per-proposal', '2', '--format', 'json'], database.env)).stdout) as Output;
    expect(again.assignments).toEqual(before.assignments);
  });

  it('checks the header, column counts and repeated pairs before anything else', () => {
    expect(issuesOf(() => parseAffinityCsv('', 'a.csv'))).toEqual(['a.csv line 1: the file is empty; it must start with the header reviewer,proposal,affinity']);
    expect(issuesOf(() => parseAffinityCsv('proposal,reviewer,affinity\n', 'a.csv'))).toEqual(['a.csv line 1: the header must be reviewer,proposal,affinity, not proposal,reviewer,affinity']);
    expect(issuesOf(() => parseAffinityCsv('reviewer,proposal,affinity\nr1,P1\nr1,P1,1\n"r2",P2,0.5\nr1,P1,2\n,P3,1\n', 'a.csv'))).toEqual([
      'a.csv line 2: expected 3 columns (reviewer, proposal, affinity), found 2',
      'a.csv line 5: the pair r1, P1 is already listed on line 3',
      'a.csv line 6, column 1: the reviewer (a person ref) is empty',
    ]);
    expect(issuesOf(() => parseAffinityCsv('reviewer,proposal,affinity\n"r1,P1,1\n', 'a.csv'))[0]).toMatch(/^a\.csv line \d+: not valid CSV/);
    expect(parseAffinityCsv('\uFEFFreviewer,proposal,affinity\r\nr1, P1 ,-0.25\r\n', 'a.csv')).toEqual([
      { reviewer: 'r1', proposal: 'P1', affinity: -0.25, paths: { reviewer: 'a.csv line 2, column 1', proposal: 'a.csv line 2, column 2', affinity: 'a.csv line 2, column 3' } },
    ]);
  });

  it('says which proposal cannot be covered, exits 1 and stores nothing', async () => {
    const run = await runCli(['assign', '--call', CALL, '--agency', 'JST', '--per-proposal', '40', '--format', 'json'], database.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Proposal SIC25-\d{3} has only \d+ reviewer\(s\) without conflicts or exclusions; 40 are needed\./);
    const error = JSON.parse(run.stdout) as { error: { code: string; message: { en: string; ja: string }; details: { issues: Array<{ path: string; message: { en: string } }> } } };
    expect(error.error.code).toBe('ASSIGNMENT_INFEASIBLE');
    expect(error.error.details.issues.length).toBeGreaterThan(0);
    expect(error.error.details.issues[0]?.path).toMatch(/^proposals\.SIC25-/);
    expect((await runCli(['assign', '--call', 'NOPE', '--agency', 'JST'], database.env)).code).toBe(3);
  });

  it('replaces a published assignment only when told to', async () => {
    expect((await runCli(['assign', '--call', CALL, '--agency', 'ANR', '--per-proposal', '2'], database.env)).code).toBe(0);
    // Published through the service, as an officer does from the page.
    const handle = await createDatabase(loadConfig(database.env));
    try {
      await publishAssignment({ db: handle.db, clock: systemClock }, systemActor('test'), { callCode: CALL, agency: 'ANR', publicUrl: 'https://kakehashi.example' });
    } finally {
      await handle.close();
    }
    const refused = await runCli(['assign', '--call', CALL, '--agency', 'ANR', '--format', 'json'], database.env);
    expect(refused.code).toBe(1);
    expect((JSON.parse(refused.stdout) as { error: { code: string } }).error.code).toBe('ASSIGNMENT_PUBLISHED');
    expect(refused.stderr).toContain('--replace-published');
    expect((await runCli(['assign', '--call', CALL, '--agency', 'ANR', '--replace-published'], database.env)).code).toBe(0);
  });
});
