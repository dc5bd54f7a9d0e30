import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { AppError } from '../domain/app-error.js';
import type { Database } from './database.js';

const INT8_OID = 20;
const DATE_OID = 1082;
const INT8_ARRAY_OID = 1016;

/** Both engines hand repositories the same shapes: int8 as a number (never past 2^53), dates as text. */
function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`int8 value ${value} exceeds the safe integer range`);
  return parsed;
}

function parseInt8Array(value: string): number[] {
  const body = value.slice(1, -1);
  return body === '' ? [] : body.split(',').map(parseInt8);
}

export type DatabaseHandle = {
  db: Database;
  engine: 'pglite' | 'postgres';
  /** Closes the connections and releases the embedded database's lock. */
  close(): Promise<void>;
};

export type CreateDatabaseOptions = {
  /** Postgres only: the schema every connection uses (tests use one schema per file). */
  searchPath?: string;
  /** PGlite only: an in-memory database instead of the data directory (tests). */
  inMemory?: boolean;
};

/** Opens the configured engine: PGlite in the data directory, or a pool on DATABASE_URL. */
export async function createDatabase(config: Config, options: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (config.database.engine === 'postgres') {
    return createPostgres(config.database.url, options.searchPath);
  }
  return createPglite(options.inMemory ? undefined : config.database.dataDir);
}

async function createPostgres(url: string, searchPath: string | undefined): Promise<DatabaseHandle> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8_OID) return parseInt8;
      if (oid === INT8_ARRAY_OID) return parseInt8Array;
      if (oid === DATE_OID) return (value: string) => value;
      return pg.types.getTypeParser(oid, format);
    },
  } as pg.CustomTypesConfig;
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  const db: Database = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

async function createPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const releaseLock = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const pglite = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      parsers: {
        [DATE_OID]: (value: string) => value,
      },
    });
    const db: Database = new Kysely({ dialect: new PGliteDialect({ pglite }) });
    return {
      db,
      engine: 'pglite',
      close: async () => {
        await db.destroy();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * PGlite is a single-process database: two processes writing one data directory corrupt it.
 * A lock file with our pid keeps a second `kakehashi` process out with a clear message; a lock
 * left by a process that no longer runs is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(path.dirname(path.resolve(dataDir)), `.${path.basename(dataDir)}.kakehashi.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new AppError('DATABASE_IN_USE', { params: { dataDir, pid: holder } });
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('DATABASE_IN_USE', { params: { dataDir, pid: 0 } });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
