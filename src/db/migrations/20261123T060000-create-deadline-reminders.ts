import { sql, type Kysely } from 'kysely';

/**
 * Which deadline reminders were sent: one row per proposal, side deadline and window (7 days,
 * 1 day before), so a reminder goes out once however often the job runs; the deadline is part of
 * the key, so an extended deadline gets reminders of its own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('deadline_reminders')
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('side_position', 'integer', (col) => col.notNull())
    .addColumn('deadline_at', 'timestamptz', (col) => col.notNull())
    .addColumn('days_before', 'integer', (col) => col.notNull())
    .addColumn('sent_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('deadline_reminders_pk', ['proposal_id', 'side_position', 'deadline_at', 'days_before'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('deadline_reminders').execute();
}
