import { sql, type Kysely } from 'kysely';

/**
 * The search index: one row per proposal or call, its words (from the application's Japanese
 * and English tokenizer) as a tsvector of the 'simple' configuration, weighted title A,
 * keywords B, abstract or description C. The words are computed in the application, not by a
 * PostgreSQL text-search parser, so PGlite and a PostgreSQL server index alike.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_documents')
    .addColumn('subject_type', 'text', (col) => col.notNull().check(sql`subject_type in ('proposal', 'call')`))
    .addColumn('subject_id', 'bigint', (col) => col.notNull())
    .addColumn('tokens', sql`tsvector`, (col) => col.notNull())
    .addPrimaryKeyConstraint('search_documents_pk', ['subject_type', 'subject_id'])
    .execute();
  await sql`create index search_documents_tokens_idx on search_documents using gin (tokens)`.execute(db);
  // One table serves two subjects, so no foreign key can remove a document with its subject;
  // these triggers do, so a deleted proposal or call cannot be found afterwards.
  await sql`create function search_documents_forget() returns trigger language plpgsql as $$
    begin
      delete from search_documents where subject_type = TG_ARGV[0] and subject_id = old.id;
      return old;
    end $$`.execute(db);
  await sql`create trigger proposals_forget_search after delete on proposals
    for each row execute function search_documents_forget('proposal')`.execute(db);
  await sql`create trigger calls_forget_search after delete on calls
    for each row execute function search_documents_forget('call')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger calls_forget_search on calls`.execute(db);
  await sql`drop trigger proposals_forget_search on proposals`.execute(db);
  await sql`drop function search_documents_forget()`.execute(db);
  await db.schema.dropTable('search_documents').execute();
}
