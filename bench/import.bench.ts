/**
 * The import: a generated bundle of 20,000 proposals through the whole validate-and-write path,
 * next to the same rows written by plain multi-row INSERTs, on PGlite and (with DATABASE_URL)
 * on a PostgreSQL server; then `report proposals` on that call.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type Config } from '../src/config.js';
import { BundleSchema } from '../src/contracts/bundle.schemas.js';
import { createDatabase, type DatabaseHandle } from '../src/db/create-db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { systemActor } from '../src/domain/access/actor.js';
import { systemClock } from '../src/domain/time.js';
import { importBundle } from '../src/services/bundle/import-bundle.js';
import { reportProposals } from '../src/services/reports/report-proposals.js';
import { generateBundle } from '../test/support/generate-bundle.js';
import { quantile, timed, withPeakRss, type BenchRow } from './bench-row.js';
import { insertPlainRows, mapBundleToRows } from './plain-insert.js';

const PROPOSALS = 20_000;

type Engine = { name: string; open(): Promise<{ handle: DatabaseHandle; dispose(): Promise<void> }> };

function engines(config: Config): Engine[] {
  const list: Engine[] = [
    {
      name: 'PGlite (files)',
      open: async () => {
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-'));
        const handle = await createDatabase(loadConfig({ KAKEHASHI_DATA_DIR: dataDir }));
        await migrateToLatest(handle.db);
        return { handle, dispose: async () => { await handle.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
      },
    },
  ];
  const settings = config.database;
  if (settings.engine === 'postgres') {
    list.push({
      name: 'PostgreSQL server',
      open: async () => {
        const schema = `bench_${randomBytes(5).toString('hex')}`;
        const admin = new pg.Client({ connectionString: settings.url });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        const handle = await createDatabase(config, { searchPath: schema });
        await migrateToLatest(handle.db);
        return {
          handle,
          dispose: async () => {
            await handle.close();
            await admin.query(`drop schema ${schema} cascade`);
            await admin.end();
          },
        };
      },
    });
  }
  return list;
}

export async function runImportBench(): Promise<BenchRow[]> {
  const config = loadConfig();
  const text = JSON.stringify(generateBundle({ proposalCount: PROPOSALS, prefix: 'B' }));
  const parsed = BundleSchema.parse(JSON.parse(text));
  const tables = mapBundleToRows(parsed);
  const rowCount = tables.reduce((sum, table) => sum + table.rows.length, 0);
  const rows: BenchRow[] = [];
  const caseName = `import ${PROPOSALS.toLocaleString('en')} proposals (${rowCount.toLocaleString('en')} rows, ${(text.length / 1e6).toFixed(0)} MB JSON)`;
  for (const engine of engines(config)) {
    const baselineDb = await engine.open();
    const baseline = await timed(() => insertPlainRows(baselineDb.handle.db, tables));
    await baselineDb.dispose();
    rows.push({ case: caseName, variant: `${engine.name}: plain multi-row INSERT (baseline)`, ms: baseline.ms });

    const importDb = await engine.open();
    const ctx = { db: importDb.handle.db, clock: systemClock };
    const full = await withPeakRss(() => timed(() => importBundle(ctx, systemActor('bench'), JSON.parse(text))));
    rows.push({
      case: caseName,
      variant: `${engine.name}: parse + validate + write (import)`,
      ms: full.result.ms,
      ratio: `${(full.result.ms / baseline.ms).toFixed(2)}x baseline (target <= 2x)`,
      rssMiB: full.peakMiB,
    });

    const samples: number[] = [];
    for (let run = 0; run < 30; run++) {
      samples.push((await timed(() => reportProposals(ctx, systemActor('bench'), { callCode: 'B-CALL', by: ['partner-country', 'partner-agency'] }))).ms);
    }
    rows.push({
      case: `report proposals --by partner-country,partner-agency on ${PROPOSALS.toLocaleString('en')}`,
      variant: `${engine.name}: p50 / p95 of 30`,
      ms: quantile(samples, 0.5),
      value: `p95 ${quantile(samples, 0.95).toFixed(1)} ms (target < 200 ms)`,
    });
    await importDb.dispose();
  }
  return rows;
}
