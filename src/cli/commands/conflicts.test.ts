import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCliDatabase, runCli, type CliDatabase } from '../../../test/support/cli.js';

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
