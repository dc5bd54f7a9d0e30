import { AppError } from '../app-error.js';
import type { Proposal } from '../model.js';
import { isLeadPi, leadTeamIndex } from './edit-permissions.js';

/**
 * Invitations to a proposal's team: the lead PI invites the partner PI (or a member of any team)
 * by email, a team's PI invites their own team's members. The invitee accepts through a link
 * carrying a single-use token; only the token's SHA-256 is stored, so a database leak does not
 * hand out working links.
 */

/** How long a link works: two weeks leaves a partner abroad time to answer without leaving old links live. */
export const INVITATION_TTL_DAYS = 14;

/** What the invitee becomes: the team's PI, or one of its members. */
export type InvitationRole = 'pi' | 'member';
export const INVITATION_ROLES: readonly InvitationRole[] = ['pi', 'member'];

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/** The dates that decide an invitation's status. */
export type InvitationState = { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null };

/** When an invitation made at `createdAt` stops working. */
export function invitationExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_TTL_DAYS * 86_400_000);
}

/**
 * The status of an invitation at `now`. A link works up to and including its expiry instant, as
 * a deadline does: one millisecond later it has expired. Accepted and revoked win over expired,
 * so the list tells what happened rather than only that the link is dead. Throws nothing.
 */
export function invitationStatus(invitation: InvitationState, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return now.getTime() > invitation.expiresAt.getTime() ? 'expired' : 'pending';
}

/**
 * Throws unless the invitation can be accepted at `now`: INVITATION_USED (already accepted),
 * INVITATION_REVOKED, or INVITATION_EXPIRED (with the expiry instant as a parameter).
 */
export function assertInvitationUsable(invitation: InvitationState, now: Date): void {
  const status = invitationStatus(invitation, now);
  switch (status) {
    case 'pending':
      return;
    case 'accepted':
      throw new AppError('INVITATION_USED');
    case 'revoked':
      throw new AppError('INVITATION_REVOKED');
    case 'expired':
      throw new AppError('INVITATION_EXPIRED', { params: { expiresAt: invitation.expiresAt.toISOString() } });
  }
}

/** Who asks to invite whom to which team. */
export type InvitationRequest = { inviterPersonRef: string | null; teamPosition: number; role: InvitationRole };

/**
 * Whether the inviter may send this invitation: the lead PI may invite a PI for any team except
 * the lead team (which is theirs) and members for any team; a team's PI may invite members of
 * their own team. Nobody else may invite. Throws nothing; see `assertCanInvite`.
 */
export function canInvite(request: InvitationRequest, proposal: Pick<Proposal, 'teams'>): boolean {
  const team = proposal.teams[request.teamPosition];
  if (!team || request.inviterPersonRef === null) return false;
  if (isLeadPi(request.inviterPersonRef, proposal)) {
    return request.role === 'member' || request.teamPosition !== leadTeamIndex(proposal);
  }
  return request.role === 'member' && team.pi === request.inviterPersonRef;
}

/**
 * Throws VALIDATION_FAILED (path `teamPosition`) for a team the proposal does not have, and
 * FORBIDDEN when `canInvite` says no.
 */
export function assertCanInvite(request: InvitationRequest, proposal: Pick<Proposal, 'teams'>): void {
  if (!proposal.teams[request.teamPosition]) {
    throw new AppError('VALIDATION_FAILED', {
      params: { count: 1 },
      path: 'teamPosition',
      issues: [{ path: 'teamPosition', message: { en: `The proposal has no team ${request.teamPosition + 1}.`, ja: `この提案にはチーム${request.teamPosition + 1}がありません。` } }],
    });
  }
  if (!canInvite(request, proposal)) throw new AppError('FORBIDDEN', { params: { action: 'invitation.create' } });
}

/**
 * Whether the inviter may revoke an invitation to `teamPosition`: the lead PI any, a team's PI
 * those of their own team. Throws nothing.
 */
export function canRevokeInvitation(inviterPersonRef: string | null, teamPosition: number, proposal: Pick<Proposal, 'teams'>): boolean {
  if (inviterPersonRef === null) return false;
  if (isLeadPi(inviterPersonRef, proposal)) return true;
  return proposal.teams[teamPosition]?.pi === inviterPersonRef;
}

/**
 * The proposal after `personRef` accepted an invitation: as PI they replace the team's PI (often
 * the lead PI, who holds the partner team's place until its PI joins) and leave its member list;
 * as member they join the list once. The proposal is not changed in place.
 * Throws VALIDATION_FAILED when the team no longer exists (teams were removed since the invitation).
 */
export function applyAcceptance(proposal: Proposal, acceptance: { teamPosition: number; role: InvitationRole; personRef: string }): Proposal {
  const team = proposal.teams[acceptance.teamPosition];
  if (!team) {
    throw new AppError('VALIDATION_FAILED', {
      params: { count: 1 },
      path: 'teamPosition',
      issues: [{ path: 'teamPosition', message: { en: 'The team of this invitation no longer exists.', ja: 'この招待のチームはもう存在しません。' } }],
    });
  }
  const person = acceptance.personRef;
  const updated =
    acceptance.role === 'pi'
      ? { ...team, pi: person, members: team.members.filter((member) => member !== person) }
      : { ...team, members: team.pi === person || team.members.includes(person) ? team.members : [...team.members, person] };
  return { ...proposal, teams: proposal.teams.map((current, index) => (index === acceptance.teamPosition ? updated : current)) };
}

/** A normalised email address for comparing invitations (addresses are case-insensitive in practice). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
