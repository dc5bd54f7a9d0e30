import { sql } from 'kysely';
import { Migrator, NO_MIGRATIONS, type Migration, type MigrationProvider, type MigrationResult } from 'kysely/migration';
import type { Database } from './database.js';
import * as createCoreTables from './migrations/20261123T000000-create-core-tables.js';

/**
 * Every migration, in order. Listed rather than read from the folder at run time: the test
 * runner cannot import .ts files by path, and a listed migration cannot go missing from a build.
 * A new migration is a new file plus one line here.
 */
const MIGRATIONS: Record<string, Migration> = {
  '20261123T000000-create-core-tables': createCoreTables,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export type MigrateOutcome = { applied: string[] };

/** Brings the schema up to date; throws the migration's own error after rolling it back. */
export async function migrateToLatest(db: Database): Promise<MigrateOutcome> {
  const migrator = await migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return { applied: appliedNames(results) };
}

/** Reverts every migration (tests check that `down` undoes `up`). */
export async function migrateToNothing(db: Database): Promise<MigrateOutcome> {
  const migrator = await migratorFor(db);
  const { error, results } = await migrator.migrateTo(NO_MIGRATIONS);
  if (error) throw error;
  return { applied: appliedNames(results) };
}

/**
 * Kysely looks for its bookkeeping tables in every schema; with one schema per test (or per
 * tenant) it would find another schema's table and then miss it in its own. Pin it to ours.
 */
async function migratorFor(db: Database): Promise<Migrator> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? 'public';
  return new Migrator({ db, provider, migrationTableSchema: schema });
}

function appliedNames(results: MigrationResult[] | undefined): string[] {
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
