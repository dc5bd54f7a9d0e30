import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { useTestDatabase } from '../../test/support/test-db.js';
import type { Database } from './database.js';
import { migrateToLatest, migrateToNothing } from './migrate.js';

const database = useTestDatabase();

/** Tables, columns, constraints and indexes of the current schema, in a stable order. */
async function describeSchema(db: Database) {
  const columns = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string; is_identity: string }>`
    select table_name, column_name, data_type, is_nullable, is_identity
      from information_schema.columns where table_schema = current_schema() and table_name not like 'kysely_%'
     order by table_name, ordinal_position`.execute(db);
  const constraints = await sql<{ table_name: string; name: string; kind: string }>`
    select rel.relname as table_name, con.conname as name, con.contype as kind
      from pg_constraint con join pg_class rel on rel.oid = con.conrelid join pg_namespace ns on ns.oid = rel.relnamespace
     where ns.nspname = current_schema() and rel.relname not like 'kysely_%' and con.contype <> 'n'
     order by 1, 2`.execute(db);
  const indexes = await sql<{ tablename: string; indexname: string }>`
    select tablename, indexname from pg_indexes where schemaname = current_schema() and tablename not like 'kysely_%' order by 1, 2`.execute(db);
  const tables: Record<string, { columns: string[]; constraints: string[]; indexes: string[] }> = {};
  const table = (name: string) => (tables[name] ??= { columns: [], constraints: [], indexes: [] });
  for (const column of columns.rows) {
    table(column.table_name).columns.push(`${column.column_name} ${column.data_type}${column.is_nullable === 'NO' ? ' not null' : ''}${column.is_identity === 'YES' ? ' identity' : ''}`);
  }
  for (const constraint of constraints.rows) table(constraint.table_name).constraints.push(`${constraint.kind}:${constraint.name}`);
  for (const index of indexes.rows) table(index.tablename).indexes.push(index.indexname);
  return tables;
}

it('migrates up to the committed schema, down to nothing, and up again the same', async () => {
  const db = database.ctx.db;
  const migrated = await describeSchema(db);
  await expect(`${JSON.stringify(migrated, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/schema.json');
  await migrateToNothing(db);
  expect(await describeSchema(db)).toEqual({});
  await migrateToLatest(db);
  expect(await describeSchema(db)).toEqual(migrated);
});

it('keeps the audit log append-only in the database itself', async () => {
  const db = database.ctx.db;
  await db.insertInto('audit_log').values({ at: new Date(), actor: 'system:test', action: 'test.done', subject_type: 'test', subject: '1', changes: '{}' }).execute();
  await expect(db.updateTable('audit_log').set({ action: 'test.rewritten' }).execute()).rejects.toThrow(/append-only/);
  await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
});
