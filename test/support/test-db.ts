import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, it } from 'vitest';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { createDatabase, type DatabaseHandle } from '../../src/db/create-db.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import type { ServiceContext } from '../../src/services/service-context.js';
import type { Clock } from '../../src/domain/time.js';

/**
 * One database per test file: a fresh in-memory PGlite, or, when DATABASE_URL is set, a fresh
 * schema on that server. The schema is dropped only when every test of the file passed, so a
 * failure can be inspected.
 */
export type TestDatabase = {
  readonly handle: DatabaseHandle;
  readonly ctx: ServiceContext;
  readonly engine: 'pglite' | 'postgres';
  /** Pins the clock that services see. */
  setNow(instant: Date | string): void;
};

export const testConfig = loadConfig();

export async function openTestDatabase(): Promise<{ database: TestDatabase; dispose: (passed: boolean) => Promise<void> }> {
  let now = new Date('2026-04-01T00:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  const settings = testConfig.database;
  if (settings.engine === 'postgres') {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: settings.url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const handle = await createDatabase(testConfig, { searchPath: schema });
    await migrateToLatest(handle.db);
    return {
      database: { handle, ctx: { db: handle.db, clock }, engine: 'postgres', setNow: (instant) => { now = new Date(instant); } },
      dispose: async (passed) => {
        await handle.close();
        if (!passed) return;
        const cleaner = new pg.Client({ connectionString: settings.url });
        await cleaner.connect();
        await cleaner.query(`drop schema ${schema} cascade`);
        await cleaner.end();
      },
    };
  }
  const handle = await createDatabase(testConfig, { inMemory: true });
  await migrateToLatest(handle.db);
  return {
    database: { handle, ctx: { db: handle.db, clock }, engine: 'pglite', setNow: (instant) => { now = new Date(instant); } },
    dispose: async () => handle.close(),
  };
}

/** Opens a test database for the current file in beforeAll and disposes of it in afterAll. */
export function useTestDatabase(): TestDatabase {
  let opened: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
  const proxy: TestDatabase = {
    get handle() {
      return required().database.handle;
    },
    get ctx() {
      return required().database.ctx;
    },
    get engine() {
      return required().database.engine;
    },
    setNow(instant) {
      required().database.setNow(instant);
    },
  };
  function required() {
    if (!opened) throw new Error('The test database is opened in beforeAll; use it inside tests');
    return opened;
  }
  beforeAll(async () => {
    opened = await openTestDatabase();
  }, 60_000);
  afterAll(async ({}, suite) => {
    const passed = !JSON.stringify(suite.tasks.map((task) => task.result?.state ?? 'pass')).includes('fail');
    await opened?.dispose(passed);
  });
  return proxy;
}

/** A test that runs only against a PostgreSQL server; the reason must be given. */
export function itPostgresOnly(reason: string, name: string, fn: () => Promise<void>): void {
  void reason;
  if (testConfig.database.engine === 'postgres') it(name, fn);
  else it.skip(`${name} (PostgreSQL only: ${reason})`, fn);
}
