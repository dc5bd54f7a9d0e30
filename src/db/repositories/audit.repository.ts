import type { Executor } from '../database.js';

export type AuditEntry = {
  at: Date;
  actor: string;
  action: string;
  subjectType: string;
  subject: string;
  changes: Record<string, unknown>;
};

/** Appends an audit entry; entries are never updated or deleted. */
export async function appendAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      subject_type: entry.subjectType,
      subject: entry.subject,
      changes: JSON.stringify(entry.changes),
    })
    .execute();
}

/** The newest entries first (administrators' view, tests). */
export async function listAudit(db: Executor, limit: number): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subject: row.subject,
    changes: row.changes as Record<string, unknown>,
  }));
}
