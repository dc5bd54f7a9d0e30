import type { Config } from '../config.js';
import { createDatabase, type DatabaseHandle } from '../db/create-db.js';
import { migrateToLatest } from '../db/migrate.js';
import { systemClock } from '../domain/time.js';
import type { ServiceContext } from '../services/service-context.js';

/** Where a command writes; tests pass buffers, the process passes its streams. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
};

export type CommandEnvironment = { io: CliIo; config: Config };

/**
 * Opens the configured database, brings its schema up to date, runs `work`, and closes it even
 * when `work` throws. Every command that touches data goes through here.
 */
export async function withDatabase<T>(env: CommandEnvironment, work: (ctx: ServiceContext, handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await createDatabase(env.config);
  try {
    await migrateToLatest(handle.db);
    return await work({ db: handle.db, clock: systemClock }, handle);
  } finally {
    await handle.close();
  }
}

/** Prints exactly one JSON document (for `--format json`). */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export const FORMAT_OPTION = ['--format <format>', 'output format: text or json', 'text'] as const;
