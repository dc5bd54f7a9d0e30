import { sql, type Kysely } from 'kysely';

/**
 * Invitations to a proposal's team (only the SHA-256 of each single-use token is kept) and the
 * proposal's PDF documents: `document_blobs` holds each distinct file once, keyed by its SHA-256,
 * and `documents` says which proposal (and team) a file belongs to. Deleting a document only
 * marks it, so a submitted proposal's receipt hash can always be traced to its files.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('team_position', 'integer', (col) => col.notNull().check(sql`team_position >= 0`))
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('pi', 'member')`))
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull().check(sql`language in ('en', 'ja')`))
    .addColumn('invited_by_user_id', 'bigint', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('invited_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('accepted_by_user_id', 'bigint', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('accepted_person_id', 'bigint', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'text')
    .execute();
  await db.schema.createIndex('invitations_proposal_idx').on('invitations').column('proposal_id').execute();

  await db.schema
    .createTable('document_blobs')
    .addColumn('sha256', 'text', (col) => col.primaryKey().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('size_bytes', 'bigint', (col) => col.notNull())
    .addColumn('content', 'bytea', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('team_position', 'integer', (col) => col.check(sql`team_position >= 0`))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('filename', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull().references('document_blobs.sha256'))
    .addColumn('size_bytes', 'bigint', (col) => col.notNull())
    .addColumn('pages', 'integer', (col) => col.notNull())
    .addColumn('uploaded_by_user_id', 'bigint', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('uploaded_by', 'text', (col) => col.notNull())
    .addColumn('uploaded_at', 'timestamptz', (col) => col.notNull())
    .addColumn('deleted_at', 'timestamptz')
    .addColumn('deleted_by', 'text')
    .execute();
  await db.schema.createIndex('documents_proposal_idx').on('documents').column('proposal_id').execute();
  await db.schema.createIndex('documents_sha256_idx').on('documents').column('sha256').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('documents').execute();
  await db.schema.dropTable('document_blobs').execute();
  await db.schema.dropTable('invitations').execute();
}
