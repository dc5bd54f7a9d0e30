import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../database.js';
import { chunkRows } from './insert-chunked.js';

/** The texts of a proposal that search reads, by field weight. */
export type ProposalSearchText = {
  id: number;
  ref: string;
  title: { en: string | null; ja: string | null };
  keywords: string[];
  abstract: { en: string | null; ja: string | null };
};

/** The texts of a call that search reads. */
export type CallSearchText = {
  id: number;
  code: string;
  title: { en: string | null; ja: string | null };
  programme: { code: string; en: string | null; ja: string | null };
  fields: string[];
  description: { en: string | null; ja: string | null };
};

/** A row of the index: the subject and its words as a tsvector in text form. */
export type SearchDocumentRow = { subjectType: 'proposal' | 'call'; subjectId: number; tokens: string };

/** Titles, keywords and abstracts of the proposals with the given refs (unknown refs are skipped). */
export async function readProposalSearchTexts(db: Executor, refs: readonly string[]): Promise<ProposalSearchText[]> {
  const texts: ProposalSearchText[] = [];
  for (const chunk of chunkRows([...new Set(refs)], 1)) {
    const rows = await db
      .selectFrom('proposals')
      .select(['id', 'ref', 'title_en', 'title_ja', 'keywords', 'abstract_en', 'abstract_ja'])
      .where('ref', 'in', chunk)
      .execute();
    for (const row of rows) {
      texts.push({ id: row.id, ref: row.ref, title: { en: row.title_en, ja: row.title_ja }, keywords: row.keywords, abstract: { en: row.abstract_en, ja: row.abstract_ja } });
    }
  }
  return texts;
}

/** Titles, programme names, fields and descriptions of the calls with the given codes. */
export async function readCallSearchTexts(db: Executor, codes: readonly string[]): Promise<CallSearchText[]> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return [];
  const rows = await db
    .selectFrom('calls')
    .innerJoin('programmes', 'programmes.id', 'calls.programme_id')
    .select(['calls.id', 'calls.code', 'calls.title_en', 'calls.title_ja', 'calls.fields', 'calls.description_en', 'calls.description_ja'])
    .select(['programmes.code as programme_code', 'programmes.name_en as programme_en', 'programmes.name_ja as programme_ja'])
    .where('calls.code', 'in', unique)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    title: { en: row.title_en, ja: row.title_ja },
    programme: { code: row.programme_code, en: row.programme_en, ja: row.programme_ja },
    fields: row.fields,
    description: { en: row.description_en, ja: row.description_ja },
  }));
}

/** Writes (or rewrites) index rows, in as few statements as the parameter limit allows. */
export async function upsertSearchDocuments(db: Executor, documents: readonly SearchDocumentRow[]): Promise<void> {
  for (const chunk of chunkRows(documents, 3)) {
    await db
      .insertInto('search_documents')
      .values(chunk.map((document) => ({ subject_type: document.subjectType, subject_id: document.subjectId, tokens: sql<string>`${document.tokens}::tsvector` })))
      .onConflict((conflict) => conflict.columns(['subject_type', 'subject_id']).doUpdateSet({ tokens: (eb) => eb.ref('excluded.tokens') }))
      .execute();
  }
}

/**
 * The join and conditions that restrict a query over `proposals p` or `calls c` to the subjects
 * matching a tsquery (in text form), and the relevance to order them by. Used by the list
 * queries so that search combines with their filters and visibility in one statement.
 */
export type TextMatch = { join: RawBuilder<unknown>; condition: Expression<SqlBool>; rank: RawBuilder<number> };

/** `alias.id` is the proposal's or call's id; the document alias is `sd`. */
export function textMatch(options: { subjectType: 'proposal' | 'call'; subjectAlias: string; tsquery: string }): TextMatch {
  const query = sql`${options.tsquery}::tsquery`;
  return {
    join: sql`join search_documents sd on sd.subject_type = ${options.subjectType} and sd.subject_id = ${sql.ref(`${options.subjectAlias}.id`)}`,
    condition: sql<SqlBool>`sd.tokens @@ ${query}`,
    // ts_rank_cd weighs title (A) over keywords (B) over abstract (C) and rewards words found close together.
    rank: sql<number>`ts_rank_cd(sd.tokens, ${query})`,
  };
}

/** Codes of the calls matching a tsquery, most relevant first. */
export async function searchCallCodes(db: Executor, tsquery: string): Promise<string[]> {
  const match = textMatch({ subjectType: 'call', subjectAlias: 'c', tsquery });
  const rows = await sql<{ code: string }>`
    select c.code from calls c ${match.join} where ${match.condition}
     order by ${match.rank} desc, c.code asc`.execute(db);
  return rows.rows.map((row) => row.code);
}

/**
 * Refreshes the planner's statistics of the index after a bulk write (PGlite has no autovacuum;
 * without them the planner guesses an empty table and skips the GIN index).
 */
export async function analyzeSearchDocuments(db: Executor): Promise<void> {
  await sql`analyze search_documents`.execute(db);
}
