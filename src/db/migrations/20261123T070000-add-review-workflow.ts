import { sql, type Kysely } from 'kysely';

/**
 * The review workflow of a call, per agency:
 * - who declared a conflict (a reviewer or an officer) and when, and officers' waivers of
 *   detected conflicts with their reasons (a waived conflict stays listed, marked waived);
 * - pairs an officer pins or forbids before solving;
 * - one assignment per (call, agency): a draft the solver or an officer writes, then published;
 * - the review's drafting timestamps, and who reopened a submitted review.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('declared_conflicts')
    .addColumn('declared_by', 'text')
    .addColumn('declared_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('conflict_waivers')
    .addColumn('reviewer_id', 'bigint', (col) => col.notNull().references('reviewers.id').onDelete('cascade'))
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('reason', 'text', (col) => col.notNull().check(sql`length(btrim(reason)) > 0`))
    .addColumn('waived_by', 'text', (col) => col.notNull())
    .addColumn('waived_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('conflict_waivers_pk', ['reviewer_id', 'proposal_id'])
    .execute();

  await db.schema
    .createTable('assignment_constraints')
    .addColumn('reviewer_id', 'bigint', (col) => col.notNull().references('reviewers.id').onDelete('cascade'))
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('pin', 'forbid')`))
    .addColumn('set_by', 'text', (col) => col.notNull())
    .addColumn('set_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('assignment_constraints_pk', ['reviewer_id', 'proposal_id'])
    .execute();

  await db.schema
    .createTable('assignments')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('call_id', 'bigint', (col) => col.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('agency_id', 'bigint', (col) => col.notNull().references('agencies.id'))
    .addColumn('per_proposal', 'integer', (col) => col.notNull().check(sql`per_proposal > 0`))
    .addColumn('objective', 'double precision', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('draft').check(sql`status in ('draft', 'published')`))
    .addColumn('solved_by', 'text', (col) => col.notNull())
    .addColumn('solved_at', 'timestamptz', (col) => col.notNull())
    .addColumn('edited_at', 'timestamptz')
    .addColumn('published_by', 'text')
    .addColumn('published_at', 'timestamptz')
    .addUniqueConstraint('assignments_call_agency_uq', ['call_id', 'agency_id'])
    .execute();

  await db.schema
    .createTable('assignment_pairs')
    .addColumn('assignment_id', 'bigint', (col) => col.notNull().references('assignments.id').onDelete('cascade'))
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('reviewer_id', 'bigint', (col) => col.notNull().references('reviewers.id').onDelete('cascade'))
    .addColumn('affinity', 'double precision', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull().check(sql`source in ('solver', 'pinned', 'manual')`))
    .addPrimaryKeyConstraint('assignment_pairs_pk', ['assignment_id', 'proposal_id', 'reviewer_id'])
    .execute();
  await db.schema.createIndex('assignment_pairs_reviewer_idx').on('assignment_pairs').column('reviewer_id').execute();

  await db.schema
    .alterTable('reviews')
    .addColumn('updated_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('reopened_by', 'text')
    .addColumn('reopened_at', 'timestamptz')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('reviews')
    .dropColumn('updated_at')
    .dropColumn('submitted_at')
    .dropColumn('reopened_by')
    .dropColumn('reopened_at')
    .dropColumn('version')
    .execute();
  await db.schema.dropTable('assignment_pairs').execute();
  await db.schema.dropTable('assignments').execute();
  await db.schema.dropTable('assignment_constraints').execute();
  await db.schema.dropTable('conflict_waivers').execute();
  await db.schema.alterTable('declared_conflicts').dropColumn('declared_by').dropColumn('declared_at').execute();
}
