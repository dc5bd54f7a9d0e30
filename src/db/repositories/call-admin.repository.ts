import { languageForCountry } from '../../domain/bilingual-text.js';
import type { CallStatus } from '../../domain/calls/lifecycle.js';
import type { Call } from '../../domain/model.js';
import type { Executor } from '../database.js';
import { callFromRows } from './bundle-reader.repository.js';

/** A stored call as its officers configure it. */
export type StoredCall = { id: number; call: Call & { status: CallStatus }; publishedAt: Date | null };

/** One call with its sides and criteria in the bundle's shape, or null when no call has the code. */
export async function findCallForAdmin(db: Executor, code: string): Promise<StoredCall | null> {
  const row = await db.selectFrom('calls').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) return null;
  const [sides, criteria, programme, agencies] = await Promise.all([
    db.selectFrom('call_sides').selectAll().where('call_id', '=', row.id).orderBy('position').execute(),
    db.selectFrom('call_criteria').selectAll().where('call_id', '=', row.id).orderBy('position').execute(),
    db.selectFrom('programmes').select('code').where('id', '=', row.programme_id).executeTakeFirstOrThrow(),
    db.selectFrom('agencies').select(['id', 'code']).execute(),
  ]);
  const agencyCode = new Map(agencies.map((agency) => [agency.id, agency.code]));
  const call = callFromRows({ row, sides, criteria, programmeCode: programme.code, codeOfAgency: (id) => agencyCode.get(id) ?? `#${id}` });
  return { id: row.id, call: { ...call, status: row.status }, publishedAt: row.published_at };
}

export type AgencyRow = { id: number; code: string; currency: string; timezone: string };

/** The stored agencies among `codes`, by code. */
export async function findAgencies(db: Executor, codes: Iterable<string>): Promise<Map<string, AgencyRow>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('agencies').select(['id', 'code', 'currency', 'timezone']).where('code', 'in', unique).execute();
  return new Map(rows.map((row) => [row.code, row]));
}

/** Whether a programme with this code exists. */
export async function programmeExists(db: Executor, code: string): Promise<boolean> {
  return (await db.selectFrom('programmes').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}

/** Whether a call with this code exists. */
export async function callCodeExists(db: Executor, code: string): Promise<boolean> {
  return (await db.selectFrom('calls').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export type CallApproval = {
  agency: string;
  approvedBy: string;
  user: { email: string; displayName: { en: string | null; ja: string | null } } | null;
  approvedAt: Date;
};

/** The approvals of a call's current draft, in side-agency code order. */
export async function listApprovals(db: Executor, callId: number): Promise<CallApproval[]> {
  const rows = await db
    .selectFrom('call_approvals')
    .innerJoin('agencies', 'agencies.id', 'call_approvals.agency_id')
    .leftJoin('users', 'users.id', 'call_approvals.user_id')
    .select(['agencies.code', 'call_approvals.approved_by', 'call_approvals.approved_at', 'users.email', 'users.display_name_en', 'users.display_name_ja'])
    .where('call_approvals.call_id', '=', callId)
    .orderBy('agencies.code')
    .execute();
  return rows.map((row) => ({
    agency: row.code,
    approvedBy: row.approved_by,
    user: row.email !== null ? { email: row.email, displayName: { en: row.display_name_en, ja: row.display_name_ja } } : null,
    approvedAt: row.approved_at,
  }));
}

/** Records (or renews) one agency's approval of a call. */
export async function upsertApproval(
  db: Executor,
  approval: { callId: number; agencyId: number; userId: number | null; approvedBy: string; at: Date },
): Promise<void> {
  const row = { call_id: approval.callId, agency_id: approval.agencyId, user_id: approval.userId, approved_by: approval.approvedBy, approved_at: approval.at };
  await db
    .insertInto('call_approvals')
    .values(row)
    .onConflict((oc) => oc.columns(['call_id', 'agency_id']).doUpdateSet({ user_id: row.user_id, approved_by: row.approved_by, approved_at: row.approved_at }))
    .execute();
}

/** Removes every approval of a call (its content changed); returns the agencies that had approved. */
export async function deleteApprovals(db: Executor, callId: number): Promise<string[]> {
  const removed = await db.deleteFrom('call_approvals').where('call_id', '=', callId).returning('agency_id').execute();
  if (removed.length === 0) return [];
  const agencies = await db.selectFrom('agencies').select('code').where('id', 'in', removed.map((row) => row.agency_id)).orderBy('code').execute();
  return agencies.map((agency) => agency.code);
}

/** Sets a call's status; `publishedAt` is written when given. */
export async function setCallStatus(db: Executor, callId: number, change: { status: CallStatus; publishedAt?: Date }): Promise<void> {
  await db
    .updateTable('calls')
    .set({ status: change.status, ...(change.publishedAt ? { published_at: change.publishedAt } : {}) })
    .where('id', '=', callId)
    .execute();
}

export type ProposalCounts = { submitted: number; undecided: number; draft: number };

/** How many proposals of a call are submitted, submitted without a decision, and drafts. */
export async function countCallProposals(db: Executor, callId: number): Promise<ProposalCounts> {
  const rows = await db
    .selectFrom('proposals')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n'), eb.fn.count<number>('decision').as('decided')])
    .where('call_id', '=', callId)
    .groupBy('status')
    .execute();
  const counts: ProposalCounts = { submitted: 0, undecided: 0, draft: 0 };
  for (const row of rows) {
    if (row.status === 'submitted') {
      counts.submitted = Number(row.n);
      counts.undecided = Number(row.n) - Number(row.decided);
    }
    if (row.status === 'draft') counts.draft = Number(row.n);
  }
  return counts;
}

/** Moves one side's deadline (the extension itself is recorded with `insertDeadlineChange`). */
export async function setSideDeadline(db: Executor, callId: number, position: number, deadline: Date): Promise<void> {
  await db.updateTable('call_sides').set({ deadline_at: deadline }).where('call_id', '=', callId).where('position', '=', position).execute();
}

export type DeadlineChange = {
  side: number;
  agency: string | null;
  oldDeadline: Date | null;
  newDeadline: Date;
  reason: string;
  changedBy: string;
  changedAt: Date;
};

/** Appends the record of a deadline extension. */
export async function insertDeadlineChange(
  db: Executor,
  change: { callId: number; side: number; agencyId: number | null; oldDeadline: Date | null; newDeadline: Date; reason: string; userId: number | null; changedBy: string; at: Date },
): Promise<void> {
  await db
    .insertInto('call_deadline_changes')
    .values({
      call_id: change.callId,
      side_position: change.side,
      agency_id: change.agencyId,
      old_deadline_at: change.oldDeadline,
      new_deadline_at: change.newDeadline,
      reason: change.reason,
      user_id: change.userId,
      changed_by: change.changedBy,
      changed_at: change.at,
    })
    .execute();
}

/** Every deadline extension of a call, oldest first. */
export async function listDeadlineChanges(db: Executor, callId: number): Promise<DeadlineChange[]> {
  const rows = await db
    .selectFrom('call_deadline_changes')
    .leftJoin('agencies', 'agencies.id', 'call_deadline_changes.agency_id')
    .select([
      'call_deadline_changes.side_position',
      'agencies.code',
      'call_deadline_changes.old_deadline_at',
      'call_deadline_changes.new_deadline_at',
      'call_deadline_changes.reason',
      'call_deadline_changes.changed_by',
      'call_deadline_changes.changed_at',
    ])
    .where('call_deadline_changes.call_id', '=', callId)
    .orderBy('call_deadline_changes.id')
    .execute();
  return rows.map((row) => ({
    side: row.side_position,
    agency: row.code,
    oldDeadline: row.old_deadline_at,
    newDeadline: row.new_deadline_at,
    reason: row.reason,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
  }));
}

export type Recipient = { email: string; language: 'en' | 'ja' };

/**
 * Everyone to tell about a change of a call: PIs and members of its draft and submitted
 * proposals who have an email address, once each. The language is that of their account when
 * they have one, else Japanese for people on a Japanese team and English otherwise.
 */
export async function findCallApplicants(db: Executor, callId: number): Promise<Recipient[]> {
  const teams = await db
    .selectFrom('proposal_teams')
    .innerJoin('proposals', 'proposals.id', 'proposal_teams.proposal_id')
    .select(['proposal_teams.pi_person_id', 'proposal_teams.member_person_ids', 'proposal_teams.country'])
    .where('proposals.call_id', '=', callId)
    .where('proposals.status', 'in', ['draft', 'submitted'])
    .execute();
  const countryOf = new Map<number, string>();
  for (const team of teams) {
    for (const id of [team.pi_person_id, ...team.member_person_ids]) if (!countryOf.has(id)) countryOf.set(id, team.country);
  }
  if (countryOf.size === 0) return [];
  const people = await db
    .selectFrom('people')
    .leftJoin('users', 'users.person_id', 'people.id')
    .select(['people.id', 'people.email', 'users.email as user_email', 'users.locale'])
    .where('people.id', 'in', [...countryOf.keys()])
    .orderBy('people.id')
    .execute();
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const person of people) {
    const email = person.user_email ?? person.email;
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    recipients.push({ email, language: person.locale ?? languageForCountry(countryOf.get(person.id)) });
  }
  return recipients;
}
