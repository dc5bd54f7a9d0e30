import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliDatabase, runCli, type CliDatabase } from '../../../test/support/cli.js';

let database: CliDatabase;

beforeAll(async () => {
  database = await createCliDatabase();
  const demo = await runCli(['demo'], database.env);
  if (demo.code !== 0) throw new Error(demo.stderr);
}, 180_000);

afterAll(async () => {
  await database.dispose();
});

describe('kakehashi check', () => {
  it('prints exactly the documented JSON document and exits 0 although proposals are ineligible', async () => {
    const run = await runCli(['check', '--call', 'SICORP-2025-JST-ANR', '--format', 'json'], database.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { call: string; proposals: Array<{ ref: string; eligible: boolean; failures: Array<{ rule: string; message: { en: string; ja: string } }> }> };
    expect(Object.keys(report)).toEqual(['call', 'proposals']);
    expect(report.call).toBe('SICORP-2025-JST-ANR');
    for (const proposal of report.proposals) {
      expect(Object.keys(proposal)).toEqual(['ref', 'eligible', 'failures']);
      for (const failure of proposal.failures) expect(Object.keys(failure)).toEqual(['rule', 'message']);
    }
    const failing = report.proposals.filter((proposal) => !proposal.eligible);
    expect(failing.map((proposal) => [proposal.ref, proposal.failures.map((failure) => failure.rule)])).toEqual([
      ['SIC25-009', ['budget_within_cap']],
      ['SIC25-010', ['deadline']],
    ]);
    expect(failing[0]?.failures[0]?.message.en).toMatch(/ANR FY2026/);
    expect(failing[1]?.failures[0]?.message.en).toMatch(/deadline of JST/);
  });

  it('prints a readable table by default, in the configured language', async () => {
    const run = await runCli(['check', '--call', 'SICORP-2025-JST-ANR'], { ...database.env, KAKEHASHI_LANG: 'ja' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^SIC25-009\s+いいえ$/m);
    expect(run.stdout).toMatch(/^ {4}budget_within_cap: 予算が公募の/m);
    expect(run.stdout).toContain('SICORP-2025-JST-ANR：12件中10件が要件を満たしています');
  });

  it('exits 3 for an unknown call, saying which', async () => {
    const run = await runCli(['check', '--call', 'NO-SUCH-CALL', '--format', 'json'], database.env);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('NO-SUCH-CALL');
  });

  it('exits 2 without --call', async () => {
    const run = await runCli(['check'], database.env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--call');
  });
});
