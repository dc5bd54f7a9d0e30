import { sql, type Kysely } from 'kysely';

/**
 * The call lifecycle (draft → open → closed → under_review → decided → archived), each side
 * agency's approval of a draft, and the record of every deadline extension of a published call.
 * Existing calls were all published announcements, so the status defaults to `open`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('calls')
    .addColumn('status', 'text', (col) =>
      col.notNull().defaultTo('open').check(sql`status in ('draft', 'open', 'closed', 'under_review', 'decided', 'archived')`),
    )
    .execute();
  await db.schema.alterTable('calls').addColumn('published_at', 'timestamptz').execute();

  await db.schema
    .createTable('call_approvals')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('call_id', 'bigint', (col) => col.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('agency_id', 'bigint', (col) => col.notNull().references('agencies.id'))
    // Null when the platform itself approved (an administrator's script); `approved_by` still names it.
    .addColumn('user_id', 'bigint', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('approved_by', 'text', (col) => col.notNull())
    .addColumn('approved_at', 'timestamptz', (col) => col.notNull())
    .addUniqueConstraint('call_approvals_call_agency_key', ['call_id', 'agency_id'])
    .execute();

  await db.schema
    .createTable('call_deadline_changes')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('call_id', 'bigint', (col) => col.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('side_position', 'integer', (col) => col.notNull())
    .addColumn('agency_id', 'bigint', (col) => col.references('agencies.id'))
    .addColumn('old_deadline_at', 'timestamptz')
    .addColumn('new_deadline_at', 'timestamptz', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('user_id', 'bigint', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('changed_by', 'text', (col) => col.notNull())
    .addColumn('changed_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('call_deadline_changes_call_idx').on('call_deadline_changes').column('call_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('call_deadline_changes').execute();
  await db.schema.dropTable('call_approvals').execute();
  await db.schema.alterTable('calls').dropColumn('published_at').execute();
  await db.schema.alterTable('calls').dropColumn('status').execute();
}
