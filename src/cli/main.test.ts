import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliDatabase, runCli, type CliDatabase } from '../../test/support/cli.js';
import { makeJointCallBundle } from '../../test/support/factories.js';

let database: CliDatabase;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-cli-files-'));

beforeAll(async () => {
  database = await createCliDatabase();
  const demo = await runCli(['demo', '--format', 'json'], database.env);
  expect(demo.stderr).toBe('');
  expect(demo.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await database.dispose();
  fs.rmSync(workDir, { recursive: true, force: true });
});

type Report = { call: string; by: string[]; rows: Array<Record<string, string | number | null>>; total: { proposals: number; selected: number } };

async function report(by: string): Promise<Report> {
  const run = await runCli(['report', 'proposals', '--call', 'ASPIRE-2022-TRIAL', '--by', by, '--format', 'json'], database.env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

describe('kakehashi report proposals on the demo', () => {
  // Seed 003, 相手国別提案案件数.
  it('reproduces the proposals by partner country', async () => {
    const result = await report('partner-country');
    const counts = Object.fromEntries(result.rows.map((row) => [row['partner-country'], row.proposals]));
    expect(counts).toEqual({ US: 18, GB: 8, IT: 3, AU: 1, CA: 2, SE: 1, DK: 1, DE: 3, FR: 6 });
    expect(result.total).toEqual({ proposals: 43, selected: 7 });
    expect(result.call).toBe('ASPIRE-2022-TRIAL');
    expect(result.by).toEqual(['partner-country']);
  });

  // Seed 003, 分野別 提案件数 and the field split of the 7 selections.
  it('reproduces the proposals and selections by field', async () => {
    const result = await report('field');
    const rows = Object.fromEntries(result.rows.map((row) => [row.field, [row.proposals, row.selected]]));
    expect(rows).toEqual({ bio: [6, 1], ai_info: [9, 1], materials: [9, 2], semiconductors: [3, 1], energy: [6, 0], quantum: [6, 1], telecom: [4, 1] });
  });

  // Seed 003, 相手国・資金配分機関別 提案件数.
  it('reproduces the proposals by partner country and partner agency', async () => {
    const result = await report('partner-country,partner-agency');
    const rows = result.rows.map((row) => `${row['partner-country']}/${row['partner-agency']}=${row.proposals}`);
    expect(rows.sort()).toEqual(
      [
        'US/DOE=5', 'US/NIH=2', 'US/NSF=10', 'US/US-PRIVATE=1', 'GB/UKRI=6', 'GB/GB-PRIVATE=2', 'IT/MUR=3', 'AU/ARC=1', 'CA/CIHR=1',
        'CA/NSERC=1', 'SE/SRC=1', 'DK/DK-PRIVATE=1', 'DE/BMBF=1', 'DE/DFG=1', 'DE/DE-PUBLIC-RO=1', 'FR/ANR=4', 'FR/CNRS=2',
      ].sort(),
    );
    expect(Object.keys(result.rows[0] ?? {})).toEqual(['partner-country', 'partner-agency', 'proposals', 'selected']);
  });

  it('prints CSV with a header and a total row', async () => {
    const run = await runCli(['report', 'proposals', '--call', 'ASPIRE-2022-TRIAL', '--by', 'status,decision', '--format', 'csv'], database.env);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(['status,decision,proposals,selected', 'submitted,rejected,36,0', 'submitted,selected,7,7', 'total,,43,7']);
  });

  it('names the problem with a bad dimension or an unknown call', async () => {
    const bad = await runCli(['report', 'proposals', '--call', 'ASPIRE-2022-TRIAL', '--by', 'country', '--format', 'json'], database.env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--by: .*partner-country/);
    const unknown = await runCli(['report', 'proposals', '--call', 'NOPE', '--by', 'field'], database.env);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('There is no call "NOPE"');
  });
});

describe('kakehashi import and export', () => {
  it('rejects a bad bundle with every problem and its path, and writes nothing', async () => {
    const bundle = makeJointCallBundle('BAD');
    bundle.proposals![0]!.teams[1]!.country = 'UK';
    bundle.proposals![1]!.teams[0]!.pi = 'BAD-nobody';
    const file = path.join(workDir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(bundle));
    const run = await runCli(['import', file, '--format', 'json'], database.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('proposals[0].teams[1].country: "UK" is not an ISO 3166-1 alpha-2 code; did you mean "GB"?');
    expect(run.stderr).toContain('proposals[1].teams[0].pi: "BAD-nobody" names no person');
    const exported = await runCli(['export', '--call', 'BAD-CALL'], database.env);
    expect(exported.code).toBe(3);
  });

  it('says where a file is not JSON', async () => {
    const file = path.join(workDir, 'broken.json');
    fs.writeFileSync(file, '{"format": "kakehashi-bundle/1", ');
    const run = await runCli(['import', file], database.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not valid JSON/);
  });

  it('exports the demo call, re-imports it and exports the same bundle', async () => {
    const first = path.join(workDir, 'first.json');
    const exported = await runCli(['export', '--call', 'SICORP-2025-JST-ANR', '--output', first], database.env);
    expect(exported.code).toBe(0);
    const imported = await runCli(['import', first, '--format', 'json'], database.env);
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout)).toEqual({ imported: expect.objectContaining({ calls: 1, proposals: 12 }) });
    const again = await runCli(['export', '--call', 'SICORP-2025-JST-ANR'], database.env);
    expect(again.stdout).toBe(fs.readFileSync(first, 'utf8'));
  });

  it('exports everything, and the whole export imports into a fresh database losslessly', async () => {
    const all = await runCli(['export'], database.env);
    expect(all.code).toBe(0);
    const fresh = await createCliDatabase();
    try {
      const imported = await runCli(['import', '-', '--format', 'json'], fresh.env, all.stdout);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      const again = await runCli(['export'], fresh.env);
      expect(again.stdout).toBe(all.stdout);
    } finally {
      await fresh.dispose();
    }
  });
});
