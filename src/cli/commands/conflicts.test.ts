import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCliDatabase, runCli, type CliDatabase } from '../../../test/support/cli.js';
import { formatConflicts } from './conflicts.js';

let database: CliDatabase;

beforeAll(async () => {
  database = await createCliDatabase();
  expect((await runCli(['demo'], database.env)).code).toBe(0);
}, 120_000);

afterAll(async () => {
  await database.dispose();
});

type Report = { call: string; conflicts: Array<{ proposal: string; reviewer: string; agency: string; reasons: string[] }> };

it('finds the demo\'s declared, co-authorship and institution conflicts, each pair once with its reasons', async () => {
  const run = await runCli(['conflicts', '--call', 'SICORP-2025-JST-ANR', '--format', 'json'], database.env);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as Report;
  expect(report.call).toBe('SICORP-2025-JST-ANR');
  expect(Object.keys(report.conflicts[0] ?? {})).toEqual(['proposal', 'reviewer', 'agency', 'reasons']);
  expect(report.conflicts).toContainEqual({ proposal: 'SIC25-002', reviewer: 'jp.uchida.shota', agency: 'JST', reasons: ['declared'] });
  expect(report.conflicts).toContainEqual({ proposal: 'SIC25-003', reviewer: 'fr.faure.margaux', agency: 'ANR', reasons: ['coauthor'] });
  expect(report.conflicts.some((conflict) => conflict.proposal === 'SIC25-005' && conflict.agency === 'JST' && conflict.reasons.includes('institution'))).toBe(true);
  const pairs = report.conflicts.map((conflict) => `${conflict.proposal}/${conflict.agency}/${conflict.reviewer}`);
  expect(new Set(pairs).size).toBe(pairs.length);
});

it('narrows to one agency\'s pool and names an unknown call', async () => {
  const anr = JSON.parse((await runCli(['conflicts', '--call', 'SICORP-2025-JST-ANR', '--agency', 'ANR', '--format', 'json'], database.env)).stdout) as Report;
  expect(new Set(anr.conflicts.map((conflict) => conflict.agency))).toEqual(new Set(['ANR']));
  const unknown = await runCli(['conflicts', '--call', 'NOPE'], database.env);
  expect(unknown.code).toBe(3);
});

it('prints a table in the CLI\'s language with the reasons named, waivers noted and a count', async () => {
  const text = await runCli(['conflicts', '--call', 'SICORP-2025-JST-ANR', '--agency', 'ANR'], database.env);
  expect(text.code).toBe(0);
  expect(text.stdout.split('\n')[0]).toMatch(/^proposal\s+agency\s+reviewer\s+reasons$/);
  expect(text.stdout).toMatch(/SIC25-003\s+ANR\s+fr\.faure\.margaux\s+Co-author\n/);
  expect(text.stdout).toContain('SICORP-2025-JST-ANR: 2 conflicted pair(s), 0 waived.');
  const report = { call: 'C', conflicts: [{ proposal: 'P1', reviewer: 'r', agency: 'JST', reasons: ['institution' as const, 'coauthor' as const], waived: { reason: '別部局', by: 'po', at: '2026-01-01T00:00:00.000Z' } }] };
  expect(formatConflicts(report, 'ja')).toBe('提案  機関  評価者  理由\nP1    JST   r       同じ所属機関, 共著者 (免除済み：別部局)\n\nC：利益相反 1 組、うち免除 1 組。\n');
});
