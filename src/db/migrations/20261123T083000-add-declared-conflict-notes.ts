import type { Kysely } from 'kysely';

/**
 * Why a reviewer or an officer declared a conflict, in their own words. `declared_conflicts.reason`
 * stays the rule code the bundle carries (`declared`), so an export still imports; the free text
 * lives beside it. Null for conflicts imported from a bundle, which has no such field.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('declared_conflicts').addColumn('note', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('declared_conflicts').dropColumn('note').execute();
}
