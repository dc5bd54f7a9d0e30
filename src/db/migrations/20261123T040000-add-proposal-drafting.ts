import { sql, type Kysely } from 'kysely';

/**
 * Drafting proposals in the platform: when and by whom a proposal was started, a version number
 * for optimistic concurrency between the two PIs, the submission receipt's content hash, the
 * withdrawal instant, and every saved version of the proposal's content (in bundle shape).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('proposals')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    // 0 for proposals that arrived by import and were never saved in the editor.
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('receipt_hash', 'text')
    .addColumn('withdrawn_at', 'timestamptz')
    .addColumn('created_by_user_id', 'bigint', (col) => col.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('proposal_versions')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('saved_at', 'timestamptz', (col) => col.notNull())
    .addColumn('saved_by_user_id', 'bigint', (col) => col.references('users.id').onDelete('set null'))
    // What the save did (started, saved, submitted, withdrawn), so the history reads as events.
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('started', 'saved', 'submitted', 'withdrawn')`))
    .addColumn('content', 'jsonb', (col) => col.notNull())
    .addUniqueConstraint('proposal_versions_number_uq', ['proposal_id', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('proposal_versions').execute();
  await db.schema
    .alterTable('proposals')
    .dropColumn('created_at')
    .dropColumn('updated_at')
    .dropColumn('version')
    .dropColumn('receipt_hash')
    .dropColumn('withdrawn_at')
    .dropColumn('created_by_user_id')
    .execute();
}
