import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { main } from '../../src/cli/main.js';
import { testConfig } from './test-db.js';

/**
 * An isolated database for command-line tests, on the engine of the run: a fresh PGlite
 * directory, or a fresh schema on DATABASE_URL (selected through the connection's search_path).
 */
export type CliDatabase = { env: Record<string, string>; dispose(): Promise<void> };

export async function createCliDatabase(): Promise<CliDatabase> {
  const settings = testConfig.database;
  if (settings.engine === 'postgres') {
    const schema = `cli_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: settings.url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = new URL(settings.url);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      env: { DATABASE_URL: url.toString() },
      dispose: async () => {
        const cleaner = new pg.Client({ connectionString: settings.url });
        await cleaner.connect();
        await cleaner.query(`drop schema ${schema} cascade`);
        await cleaner.end();
      },
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-cli-'));
  return { env: { KAKEHASHI_DATA_DIR: dataDir }, dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

export type CliRun = { code: number; stdout: string; stderr: string };

/** Runs the CLI in this process with captured output. */
export async function runCli(args: string[], env: Record<string, string>, stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), readStdin: async () => stdin }, env);
  return { code, stdout, stderr };
}
