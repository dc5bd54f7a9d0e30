import type { Insertable } from 'kysely';
import type { DatabaseSchema, Executor } from '../database.js';

// PostgreSQL's wire protocol allows 65,535 bind parameters per statement; stay below it.
const MAX_PARAMETERS = 60_000;

/** Chunks rows into multi-row INSERTs that fit the parameter limit. */
export function chunkRows<T>(rows: readonly T[], columnCount: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columnCount)));
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

/** Inserts rows of one table in as few statements as the parameter limit allows. */
export async function insertChunked<T extends keyof DatabaseSchema & string>(
  db: Executor,
  table: T,
  rows: readonly Insertable<DatabaseSchema[T]>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  for (const chunk of chunkRows(rows, Object.keys(first).length)) {
    await db.insertInto(table).values(chunk as never).execute();
  }
}
