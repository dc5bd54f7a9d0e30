import { sql, type Kysely } from 'kysely';

/**
 * The mail outbox accepts the `review_reopened` template: when an officer reopens a submitted
 * review, its reviewer is told why and where to change it. The outbox's check constraint lists
 * the templates, so a new template needs a new constraint.
 */
const BEFORE = ['invitation', 'receipt', 'deadline_reminder', 'deadline_extension', 'withdrawal', 'review_assignment'];
const AFTER = [...BEFORE, 'review_reopened'];

async function allowTemplates(db: Kysely<any>, templates: string[]): Promise<void> {
  await sql`alter table mail_outbox drop constraint mail_outbox_template_check`.execute(db);
  await sql`alter table mail_outbox add constraint mail_outbox_template_check check (template in (${sql.join(templates.map((name) => sql.lit(name)))}))`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await allowTemplates(db, AFTER);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('mail_outbox').where('template', '=', 'review_reopened').execute();
  await allowTemplates(db, BEFORE);
}
