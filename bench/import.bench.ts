/**
 * The import: a generated bundle of 20,000 proposals through the whole validate-and-write path,
 * next to the same rows written by plain multi-row INSERTs, on PGlite and (with DATABASE_URL)
 * on a PostgreSQL server; then `report proposals` on that call.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { loadConfig, type Config } from '../src/config.js';
import { BundleSchema } from '../src/contracts/bundle.schemas.js';
import { createDatabase, type DatabaseHandle } from '../src/db/create-db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { systemActor } from '../src/domain/access/actor.js';
import { systemClock } from '../src/domain/time.js';
import { reportProposals } from '../src/services/reports/report-proposals.js';
import { generateBundle } from '../test/support/generate-bundle.js';
import { quantile, timed, type BenchRow } from './bench-row.js';
import { mapBundleToRows } from './plain-insert.js';

const PROPOSALS = 20_000;

type Engine = {
  name: string;
  /** Environment and arguments for a child process that writes into a fresh, empty database. */
  prepare(): Promise<{ env: Record<string, string>; args: string[]; dispose(): Promise<void> }>;
  /** The same database opened here, for the report measurements. */
  open(prepared: { env: Record<string, string>; args: string[] }): Promise<DatabaseHandle>;
};

function engines(config: Config): Engine[] {
  const list: Engine[] = [
    {
      name: 'PGlite (files)',
      prepare: async () => {
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-'));
        // Create and migrate the cluster here so the child measures writing, not initdb.
        const handle = await createDatabase(loadConfig({ KAKEHASHI_DATA_DIR: dataDir }));
        await migrateToLatest(handle.db);
        await handle.close();
        return { env: { KAKEHASHI_DATA_DIR: dataDir }, args: [], dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
      },
      open: async (prepared) => createDatabase(loadConfig(prepared.env)),
    },
  ];
  const settings = config.database;
  if (settings.engine === 'postgres') {
    list.push({
      name: 'PostgreSQL server',
      prepare: async () => {
        const schema = `bench_${randomBytes(5).toString('hex')}`;
        const admin = new pg.Client({ connectionString: settings.url });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        await admin.end();
        return {
          env: { DATABASE_URL: settings.url },
          args: [schema],
          dispose: async () => {
            const cleaner = new pg.Client({ connectionString: settings.url });
            await cleaner.connect();
            await cleaner.query(`drop schema ${schema} cascade`);
            await cleaner.end();
          },
        };
      },
      open: async (prepared) => createDatabase(config, { searchPath: prepared.args[0] ?? 'public' }),
    });
  }
  return list;
}

function runChild(mode: 'plain' | 'import', file: string, prepared: { env: Record<string, string>; args: string[] }): { ms: number; maxRssMiB: number } {
  const { DATABASE_URL: _ignored, KAKEHASHI_DATA_DIR: _alsoIgnored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=4096', path.join(import.meta.dirname, 'import-child.ts'), mode, file, ...prepared.args], {
    env: { ...inherited, ...prepared.env },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`bench child (${mode}) failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; maxRssMiB: number };
}

export async function runImportBench(): Promise<BenchRow[]> {
  const config = loadConfig();
  const bundle = generateBundle({ proposalCount: PROPOSALS, prefix: 'B' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-bundle-')), 'bundle.json');
  fs.writeFileSync(file, JSON.stringify(bundle));
  const rowCount = mapBundleToRows(BundleSchema.parse(bundle)).reduce((sum, table) => sum + table.rows.length, 0);
  const megabytes = (fs.statSync(file).size / 1e6).toFixed(0);
  const caseName = `import ${PROPOSALS.toLocaleString('en')} proposals (${rowCount.toLocaleString('en')} rows, ${megabytes} MB JSON)`;
  const rows: BenchRow[] = [];
  for (const engine of engines(config)) {
    const forBaseline = await engine.prepare();
    const baseline = runChild('plain', file, forBaseline);
    await forBaseline.dispose();
    rows.push({ case: caseName, variant: `${engine.name}: plain multi-row INSERT (baseline)`, ms: baseline.ms, rssMiB: baseline.maxRssMiB });

    const forImport = await engine.prepare();
    const full = runChild('import', file, forImport);
    rows.push({
      case: caseName,
      variant: `${engine.name}: parse + validate + write (import)`,
      ms: full.ms,
      ratio: `${(full.ms / baseline.ms).toFixed(2)}x baseline (target <= 2x)`,
      rssMiB: full.maxRssMiB,
      value: `peak memory ${full.maxRssMiB <= 1024 ? '<=' : '>'} 1 GiB`,
    });

    const handle = await engine.open(forImport);
    const ctx = { db: handle.db, clock: systemClock };
    const samples: number[] = [];
    for (let run = 0; run < 30; run++) {
      samples.push((await timed(() => reportProposals(ctx, systemActor('bench'), { callCode: 'B-CALL', by: ['partner-country', 'partner-agency'] }))).ms);
    }
    await handle.close();
    await forImport.dispose();
    rows.push({
      case: `report proposals --by partner-country,partner-agency on ${PROPOSALS.toLocaleString('en')}`,
      variant: `${engine.name}: p50 of 30`,
      ms: quantile(samples, 0.5),
      value: `p95 ${quantile(samples, 0.95).toFixed(1)} ms (target < 200 ms)`,
    });
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return rows;
}
