import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCliDatabase, runCli, type CliDatabase } from './support/cli.js';
import { makeJointCallBundle } from './support/factories.js';
import { generateBundle } from './support/generate-bundle.js';

/**
 * A write happens completely or not at all: a `kakehashi import` killed with SIGKILL in the
 * middle of writing a valid bundle leaves the database exactly as it was, on either engine.
 */
let database: CliDatabase;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-crash-'));
const root = path.resolve(import.meta.dirname, '..');

beforeAll(async () => {
  database = await createCliDatabase();
}, 120_000);

afterAll(async () => {
  await database.dispose();
  fs.rmSync(workDir, { recursive: true, force: true });
});

function killDuringWrite(file: string): Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/run.ts'), 'import', file, '--progress'], {
      cwd: root,
      env: { ...process.env, ...database.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // The bundle is valid and the transaction has begun writing; let it get well into it.
      if (stderr.includes('writing')) setTimeout(() => child.kill('SIGKILL'), 300);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

it('leaves the database as it was when an import is killed half-way', async () => {
  const before = path.join(workDir, 'before.json');
  fs.writeFileSync(before, JSON.stringify(makeJointCallBundle('KEEP')));
  expect((await runCli(['import', before], database.env)).code).toBe(0);
  const snapshot = await runCli(['export'], database.env);

  const big = path.join(workDir, 'big.json');
  fs.writeFileSync(big, JSON.stringify(generateBundle({ proposalCount: 4000, prefix: 'CRASH' })));
  const outcome = await killDuringWrite(big);
  expect(outcome.signal, `the import finished before it could be interrupted:\n${outcome.stderr}`).toBe('SIGKILL');

  // The embedded database recovers from its write-ahead log; the half-written call is gone.
  const after = await runCli(['export'], database.env);
  expect(after.stderr).toBe('');
  expect(after.stdout).toBe(snapshot.stdout);
  const crashed = await runCli(['report', 'proposals', '--call', 'CRASH-CALL', '--by', 'field'], database.env);
  expect(crashed.code).toBe(3);

  // And the same import, left alone, completes.
  const complete = await runCli(['import', big, '--format', 'json'], database.env);
  expect(complete.stderr).toBe('');
  expect(JSON.parse(complete.stdout).imported.proposals).toBe(4000);
}, 300_000);
