import { sql } from 'kysely';
import type { Executor } from '../database.js';

export type DraftNearDeadline = {
  proposalId: number;
  ref: string;
  callTitle: { en: string | null; ja: string | null };
  teamPiRefs: string[];
  sides: Array<{ sidePosition: number; deadline: Date; agency: string; timezone: string }>;
};

/**
 * Drafts of open calls with a side deadline between `now` and `until`, with their teams' PIs
 * and those sides' deadlines and zones.
 */
export async function findDraftsNearDeadline(db: Executor, now: Date, until: Date): Promise<DraftNearDeadline[]> {
  const rows = await sql<{
    proposal_id: number;
    ref: string;
    title_en: string | null;
    title_ja: string | null;
    side_position: number;
    deadline_at: Date;
    agency: string;
    timezone: string;
    pi_refs: string[];
  }>`
    select p.id as proposal_id, p.ref, c.title_en, c.title_ja, cs.position as side_position, cs.deadline_at,
           a.code as agency, a.timezone,
           array(select pe.ref from proposal_teams t join people pe on pe.id = t.pi_person_id
                  where t.proposal_id = p.id order by t.position) as pi_refs
      from proposals p
      join calls c on c.id = p.call_id
      join call_sides cs on cs.call_id = c.id
      join agencies a on a.id = cs.agency_id
     where c.status = 'open' and p.status = 'draft'
       and cs.deadline_at > ${now} and cs.deadline_at <= ${until}
     order by p.id, cs.position`.execute(db);
  const drafts = new Map<number, DraftNearDeadline>();
  for (const row of rows.rows) {
    let draft = drafts.get(row.proposal_id);
    if (!draft) {
      draft = { proposalId: row.proposal_id, ref: row.ref, callTitle: { en: row.title_en, ja: row.title_ja }, teamPiRefs: row.pi_refs, sides: [] };
      drafts.set(row.proposal_id, draft);
    }
    draft.sides.push({ sidePosition: row.side_position, deadline: row.deadline_at, agency: row.agency, timezone: row.timezone });
  }
  return [...drafts.values()];
}

/** Keys `proposalId:sidePosition:deadlineMs:daysBefore` of the reminders already sent for these proposals. */
export async function sentReminderKeys(db: Executor, proposalIds: readonly number[]): Promise<Set<string>> {
  if (proposalIds.length === 0) return new Set();
  const rows = await db.selectFrom('deadline_reminders').selectAll().where('proposal_id', 'in', [...proposalIds]).execute();
  return new Set(rows.map((row) => `${row.proposal_id}:${row.side_position}:${row.deadline_at.getTime()}:${row.days_before}`));
}

/** Records sent reminders (a second record of the same one is ignored). */
export async function recordReminders(db: Executor, rows: Array<{ proposalId: number; sidePosition: number; deadline: Date; daysBefore: number; at: Date }>): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('deadline_reminders')
    .values(rows.map((row) => ({ proposal_id: row.proposalId, side_position: row.sidePosition, deadline_at: row.deadline, days_before: row.daysBefore, sent_at: row.at })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}
