import { sql } from 'kysely';
import { Migrator, NO_MIGRATIONS, type Migration, type MigrationProvider, type MigrationResult } from 'kysely/migration';
import type { Database } from './database.js';
import * as createCoreTables from './migrations/20261123T000000-create-core-tables.js';
import * as addSearchDocuments from './migrations/20261123T010000-add-search-documents.js';
import * as createMailOutbox from './migrations/20261123T020000-create-mail-outbox.js';
import * as addCallLifecycle from './migrations/20261123T030000-add-call-lifecycle.js';
import * as addProposalDrafting from './migrations/20261123T040000-add-proposal-drafting.js';
import * as addInvitationsAndDocuments from './migrations/20261123T050000-add-invitations-and-documents.js';
import * as createDeadlineReminders from './migrations/20261123T060000-create-deadline-reminders.js';
import * as addReviewWorkflow from './migrations/20261123T070000-add-review-workflow.js';
import * as addDeclaredConflictNotes from './migrations/20261123T083000-add-declared-conflict-notes.js';
import * as allowAssignmentMail from './migrations/20261123T084000-allow-assignment-mail.js';
import * as allowReviewReopenedMail from './migrations/20261123T090000-allow-review-reopened-mail.js';

/**
 * Every migration, in order. Listed rather than read from the folder at run time: the test
 * runner cannot import .ts files by path, and a listed migration cannot go missing from a build.
 * A new migration is a new file plus one line here.
 */
const MIGRATIONS: Record<string, Migration> = {
  '20261123T000000-create-core-tables': createCoreTables,
  '20261123T010000-add-search-documents': addSearchDocuments,
  '20261123T020000-create-mail-outbox': createMailOutbox,
  '20261123T030000-add-call-lifecycle': addCallLifecycle,
  '20261123T040000-add-proposal-drafting': addProposalDrafting,
  '20261123T050000-add-invitations-and-documents': addInvitationsAndDocuments,
  '20261123T060000-create-deadline-reminders': createDeadlineReminders,
  '20261123T070000-add-review-workflow': addReviewWorkflow,
  '20261123T083000-add-declared-conflict-notes': addDeclaredConflictNotes,
  '20261123T084000-allow-assignment-mail': allowAssignmentMail,
  '20261123T090000-allow-review-reopened-mail': allowReviewReopenedMail,
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
