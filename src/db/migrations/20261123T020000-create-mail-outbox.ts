import { sql, type Kysely } from 'kysely';

/**
 * The transactional mail outbox and the record of each delivery attempt. A service writes an
 * outbox row in its own transaction; the mail worker claims due rows (`FOR UPDATE SKIP LOCKED`),
 * sends them and records every attempt. The row is the job: no separate queue table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('recipient', 'text', (col) => col.notNull())
    .addColumn('template', 'text', (col) =>
      col.notNull().check(sql`template in ('invitation', 'receipt', 'deadline_reminder', 'deadline_extension', 'withdrawal')`),
    )
    .addColumn('language', 'text', (col) => col.notNull().check(sql`language in ('en', 'ja')`))
    .addColumn('params', 'jsonb', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().defaultTo('pending').check(sql`status in ('pending', 'sending', 'sent', 'failed', 'logged')`),
    )
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    // When the row is next due: the first send, a retry after backoff, or the end of a claim's lease.
    .addColumn('due_at', 'timestamptz', (col) => col.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .execute();
  // The worker's claim reads only unfinished rows, oldest due first.
  await db.schema
    .createIndex('mail_outbox_due_idx')
    .on('mail_outbox')
    .columns(['due_at', 'id'])
    .where(sql<boolean>`status in ('pending', 'sending')`)
    .execute();
  await db.schema.createIndex('mail_outbox_status_idx').on('mail_outbox').columns(['status', 'id']).execute();

  await db.schema
    .createTable('mail_attempts')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('mail_id', 'bigint', (col) => col.notNull().references('mail_outbox.id').onDelete('cascade'))
    .addColumn('attempt', 'integer', (col) => col.notNull())
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull().check(sql`outcome in ('sent', 'error', 'logged')`))
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('mail_attempts_mail_idx').on('mail_attempts').columns(['mail_id', 'attempt']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_attempts').execute();
  await db.schema.dropTable('mail_outbox').execute();
}
