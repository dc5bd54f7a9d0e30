import { sql } from 'kysely';
import type { BilingualText } from '../../domain/bilingual-text.js';
import type { InvitationRole } from '../../domain/proposals/invitation.js';
import type { Proposal } from '../../domain/model.js';
import type { Executor } from '../database.js';
import { upsertProposals } from './bundle-writer.repository.js';
import { findProposal, type ProposalWithAccess } from './proposal.repository.js';

export type InvitationRecord = {
  id: number;
  proposalId: number;
  proposalRef: string;
  teamPosition: number;
  role: InvitationRole;
  email: string;
  language: 'en' | 'ja';
  invitedByUserId: number | null;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedByUserId: number | null;
  revokedAt: Date | null;
};

export type NewInvitation = {
  tokenHash: string;
  proposalId: number;
  teamPosition: number;
  role: InvitationRole;
  email: string;
  language: 'en' | 'ja';
  invitedByUserId: number | null;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
};

const INVITATION_COLUMNS = [
  'invitations.id',
  'invitations.proposal_id',
  'proposals.ref as proposal_ref',
  'invitations.team_position',
  'invitations.role',
  'invitations.email',
  'invitations.language',
  'invitations.invited_by_user_id',
  'invitations.invited_by',
  'invitations.created_at',
  'invitations.expires_at',
  'invitations.accepted_at',
  'invitations.accepted_by_user_id',
  'invitations.revoked_at',
] as const;

type InvitationRow = {
  id: number;
  proposal_id: number;
  proposal_ref: string;
  team_position: number;
  role: InvitationRole;
  email: string;
  language: 'en' | 'ja';
  invited_by_user_id: number | null;
  invited_by: string;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by_user_id: number | null;
  revoked_at: Date | null;
};

function toRecord(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    proposalRef: row.proposal_ref,
    teamPosition: row.team_position,
    role: row.role,
    email: row.email,
    language: row.language,
    invitedByUserId: row.invited_by_user_id,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    acceptedByUserId: row.accepted_by_user_id,
    revokedAt: row.revoked_at,
  };
}

/** Stores an invitation (with its token's hash only); returns its id. */
export async function insertInvitation(db: Executor, invitation: NewInvitation): Promise<number> {
  const { id } = await db
    .insertInto('invitations')
    .values({
      token_hash: invitation.tokenHash,
      proposal_id: invitation.proposalId,
      team_position: invitation.teamPosition,
      role: invitation.role,
      email: invitation.email,
      language: invitation.language,
      invited_by_user_id: invitation.invitedByUserId,
      invited_by: invitation.invitedBy,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * The invitation whose token has this hash, or null. With `forUpdate` the row stays locked until
 * the transaction ends, so two clicks on one link cannot both accept it.
 */
export async function findInvitationByTokenHash(db: Executor, tokenHash: string, options: { forUpdate: boolean }): Promise<InvitationRecord | null> {
  let query = db
    .selectFrom('invitations')
    .innerJoin('proposals', 'proposals.id', 'invitations.proposal_id')
    .select(INVITATION_COLUMNS)
    .where('invitations.token_hash', '=', tokenHash);
  if (options.forUpdate) query = query.forUpdate('invitations');
  const row = await query.executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** One invitation of a proposal by id, locked for update, or null. */
export async function findInvitationForUpdate(db: Executor, proposalId: number, id: number): Promise<InvitationRecord | null> {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('proposals', 'proposals.id', 'invitations.proposal_id')
    .select(INVITATION_COLUMNS)
    .where('invitations.proposal_id', '=', proposalId)
    .where('invitations.id', '=', id)
    .forUpdate('invitations')
    .executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Every invitation of a proposal, newest first. */
export async function listInvitationsOfProposal(db: Executor, proposalId: number): Promise<InvitationRecord[]> {
  const rows = await db
    .selectFrom('invitations')
    .innerJoin('proposals', 'proposals.id', 'invitations.proposal_id')
    .select(INVITATION_COLUMNS)
    .where('invitations.proposal_id', '=', proposalId)
    .orderBy('invitations.created_at', 'desc')
    .orderBy('invitations.id', 'desc')
    .execute();
  return rows.map(toRecord);
}

/**
 * Revokes the pending invitations of one address to one team and role (a new invitation replaces
 * them, so only the newest link works). Returns the ids revoked.
 */
export async function revokePendingInvitationsFor(
  db: Executor,
  options: { proposalId: number; email: string; teamPosition: number; role: InvitationRole; at: Date; by: string },
): Promise<number[]> {
  const rows = await db
    .updateTable('invitations')
    .set({ revoked_at: options.at, revoked_by: options.by })
    .where('proposal_id', '=', options.proposalId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', options.email.toLowerCase()))
    .where('team_position', '=', options.teamPosition)
    .where('role', '=', options.role)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>=', options.at)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Marks one invitation revoked. */
export async function markInvitationRevoked(db: Executor, id: number, options: { at: Date; by: string }): Promise<void> {
  await db.updateTable('invitations').set({ revoked_at: options.at, revoked_by: options.by }).where('id', '=', id).execute();
}

/** Marks one invitation accepted by a user, who joined as a person. */
export async function markInvitationAccepted(db: Executor, id: number, options: { at: Date; userId: number; personId: number }): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ accepted_at: options.at, accepted_by_user_id: options.userId, accepted_person_id: options.personId })
    .where('id', '=', id)
    .execute();
}

/** A proposal in bundle shape with its row id, its call's title and what access rules need. */
export type ProposalForChange = {
  id: number;
  version: number;
  proposal: Proposal;
  callTitle: BilingualText;
  access: ProposalWithAccess['access'];
};

/**
 * One proposal in bundle shape, its row locked until the transaction ends (so an acceptance and
 * an editor's save cannot interleave), or null when there is none.
 */
export async function findProposalForChange(db: Executor, ref: string): Promise<ProposalForChange | null> {
  const locked = await db.selectFrom('proposals').select(['id', 'version', 'withdrawn_at']).where('ref', '=', ref).forUpdate().executeTakeFirst();
  if (!locked) return null;
  const found = await findProposal(db, ref);
  if (!found) return null;
  const { detail } = found;
  return {
    id: locked.id,
    version: locked.version,
    callTitle: detail.call.title,
    access: found.access,
    proposal: {
      ref: detail.ref,
      call: detail.call.code,
      field: detail.field,
      title: detail.title,
      abstract: detail.abstract,
      keywords: detail.keywords,
      durationMonths: detail.durationMonths,
      teams: detail.teams.map((team) => ({
        role: team.role,
        agency: team.agency,
        country: team.country,
        pi: team.pi.ref,
        members: team.members.map((member) => member.ref),
        budget: team.budget,
        funding: team.funding,
      })),
      exchanges: detail.exchanges.map((exchange) => ({
        person: exchange.person.ref,
        from: exchange.from,
        to: exchange.to,
        months: exchange.months,
        purpose: exchange.purpose,
      })),
      status: detail.status,
      submittedAt: detail.submittedAt,
      decision: detail.decision,
    },
  };
}

async function idMap(db: Executor, table: 'agencies' | 'calls' | 'people', keys: Iterable<string>): Promise<Map<string, number>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return new Map();
  const column = table === 'people' ? 'ref' : 'code';
  const rows = await sql<{ id: number; key: string }>`select id, ${sql.ref(column)} as key from ${sql.table(table)} where ${sql.ref(column)} = any(${unique})`.execute(db);
  return new Map(rows.rows.map((row) => [row.key, row.id]));
}

/**
 * Writes a changed proposal through the one write path for proposals (`upsertProposals`), then
 * records it as a new saved version (number, who, when, content) as the editor's saves do, so
 * the editor's optimistic concurrency sees the change. Returns the new version number.
 */
export async function saveChangedProposal(
  db: Executor,
  change: { proposalId: number; proposal: Proposal; at: Date; userId: number | null },
): Promise<number> {
  const { proposal } = change;
  const agencyIds = await idMap(db, 'agencies', proposal.teams.flatMap((team) => [...(team.agency ? [team.agency] : []), ...team.funding.map((item) => item.agency)]));
  const personIds = await idMap(db, 'people', [...proposal.teams.flatMap((team) => [team.pi, ...team.members]), ...proposal.exchanges.map((exchange) => exchange.person)]);
  const callIds = await idMap(db, 'calls', [proposal.call]);
  await upsertProposals(db, [proposal], { agencyIds, personIds, callIds });
  const { version } = await db
    .updateTable('proposals')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: change.at }))
    .where('id', '=', change.proposalId)
    .returning('version')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('proposal_versions')
    .values({ proposal_id: change.proposalId, version, saved_at: change.at, saved_by_user_id: change.userId, kind: 'saved', content: JSON.stringify(proposal) })
    .execute();
  return version;
}

/** Creates a person for a user who has none, and links the user to it; returns the person's ref. */
export async function createPersonForUser(
  db: Executor,
  person: { ref: string; name: BilingualText; email: string; userId: number },
): Promise<{ id: number; ref: string }> {
  const { id } = await db
    .insertInto('people')
    .values({ ref: person.ref, name_en: person.name.en ?? null, name_ja: person.name.ja ?? null, email: person.email, orcid: null, phd_year: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('users').set({ person_id: id }).where('id', '=', person.userId).execute();
  return { id, ref: person.ref };
}

/** The id of the person with this ref, or null. */
export async function findPersonId(db: Executor, ref: string): Promise<number | null> {
  const row = await db.selectFrom('people').select('id').where('ref', '=', ref).executeTakeFirst();
  return row?.id ?? null;
}
