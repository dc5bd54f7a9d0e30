import { createDatabase } from '../../db/create-db.js';
import { migrateToLatest } from '../../db/migrate.js';
import { printJson, type CommandEnvironment } from '../cli-io.js';

/** `kakehashi migrate`: brings the schema up to date and says what was applied. */
export async function migrateCommand(env: CommandEnvironment, options: { format: string }): Promise<void> {
  const handle = await createDatabase(env.config);
  try {
    const outcome = await migrateToLatest(handle.db);
    if (options.format === 'json') printJson(env.io, { engine: handle.engine, applied: outcome.applied });
    else env.io.stdout(outcome.applied.length ? `Applied ${outcome.applied.join(', ')} (${handle.engine}).\n` : `The schema is up to date (${handle.engine}).\n`);
  } finally {
    await handle.close();
  }
}
