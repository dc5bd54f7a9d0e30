import { sql, type Kysely } from 'kysely';

/**
 * The mail outbox accepts the `review_assignment` template: when an officer publishes an
 * agency's assignment, each assigned reviewer is told which proposals to review. The outbox's
 * check constraint lists the templates, so a new template needs a new constraint.
 */
const BEFORE = ['invitation', 'receipt', 'deadline_reminder', 'deadline_extension', 'withdrawal'];
const AFTER = [...BEFORE, 'review_assignment'];

async function setTemplates(db: Kysely<any>, templates: string[]): Promise<void> {
  await sql`alter table mail_outbox drop constraint mail_outbox_template_check`.execute(db);
  const list = sql.join(templates.map((template) => sql.lit(template)));
  await sql`alter table mail_outbox add constraint mail_outbox_template_check check (template in (${list}))`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await setTemplates(db, AFTER);
}

export async function down(db: Kysely<any>): Promise<void> {
  // Mails of the new template cannot satisfy the old constraint; they go with the template.
  await db.deleteFrom('mail_outbox').where('template', '=', 'review_assignment').execute();
  await setTemplates(db, BEFORE);
}
