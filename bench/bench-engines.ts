import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createDatabase, type DatabaseHandle } from '../src/db/create-db.js';

/** A database a benchmark opens fresh and throws away. */
export type BenchEngine = { name: string; open(): Promise<{ handle: DatabaseHandle; dispose(): Promise<void> }> };

/**
 * The engines a benchmark runs on: an in-memory PGlite always, and, when DATABASE_URL is set,
 * a fresh schema on that PostgreSQL server (dropped afterwards). Not yet migrated.
 */
export function benchEngines(pgliteName = 'PGlite (memory)'): BenchEngine[] {
  const config = loadConfig();
  const engines: BenchEngine[] = [
    {
      name: pgliteName,
      open: async () => {
        const handle = await createDatabase(config, { inMemory: true });
        return { handle, dispose: () => handle.close() };
      },
    },
  ];
  const settings = config.database;
  if (settings.engine === 'postgres') {
    engines.push({
      name: 'PostgreSQL server',
      open: async () => {
        const schema = `bench_${randomBytes(5).toString('hex')}`;
        const admin = new pg.Client({ connectionString: settings.url });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        await admin.end();
        const handle = await createDatabase(config, { searchPath: schema });
        return {
          handle,
          dispose: async () => {
            await handle.close();
            const cleaner = new pg.Client({ connectionString: settings.url });
            await cleaner.connect();
            await cleaner.query(`drop schema ${schema} cascade`);
            await cleaner.end();
          },
        };
      },
    });
  }
  return engines;
}
