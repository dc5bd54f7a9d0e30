import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { actorLabel } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { pickText } from '../../domain/bilingual-text.js';
import { assertCanInvite, invitationExpiresAt, normaliseEmail, type InvitationRole } from '../../domain/proposals/invitation.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findProposalForChange, insertInvitation, revokePendingInvitationsFor } from '../../db/repositories/invitation.repository.js';
import { findUserById } from '../../db/repositories/user.repository.js';
import { translate } from '../../i18n/catalogue.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import type { ServiceContext } from '../service-context.js';
import { hashInvitationToken, invitationUrl, mailInstant, newInvitationToken } from './invitation-token.js';
import { toInvitationView, type InvitationView } from './invitation-view.js';

export type InviteToTeamInput = {
  proposalRef: string;
  email: string;
  teamPosition: number;
  role: InvitationRole;
  /** The language of the mail (the invitee's, as the inviter knows it). */
  language: 'en' | 'ja';
  /** Where users reach the platform (config PUBLIC_URL); the link in the mail starts with it. */
  publicUrl: string;
};

export type InviteToTeamResult = {
  invitation: InvitationView;
  /** The link sent by mail. Only the invitee should see it: adapters must not return it to the inviter. */
  acceptUrl: string;
};

/**
 * Invites someone by email to a team of a draft proposal, as its PI or a member. In one
 * transaction: a pending invitation of the same address to the same place is revoked (the newest
 * link is the only one that works), the invitation is stored with its token's hash, the mail is
 * written to the outbox and the audit entry appended.
 * Throws UNAUTHENTICATED, NOT_FOUND (no such proposal, or not visible to the actor), FORBIDDEN
 * (not the lead PI or the team's PI), VALIDATION_FAILED (no such team) and PROPOSAL_NOT_DRAFT.
 */
export async function inviteToTeam(ctx: ServiceContext, actor: Actor | null, input: InviteToTeamInput): Promise<InviteToTeamResult> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const found = await findProposalForChange(tx, input.proposalRef);
    const notFound = new AppError('NOT_FOUND', { params: { kind: 'proposal', key: input.proposalRef } });
    if (!found) throw notFound;
    try {
      assertCan(actor, { type: 'proposal.view', proposal: found.access });
    } catch {
      throw notFound;
    }
    const personRef = actor.kind === 'user' ? actor.personRef : null;
    assertCanInvite({ inviterPersonRef: personRef, teamPosition: input.teamPosition, role: input.role }, found.proposal);
    if (found.proposal.status !== 'draft') {
      throw new AppError('PROPOSAL_NOT_DRAFT', { params: { proposal: found.proposal.ref, status: found.proposal.status } });
    }
    const email = normaliseEmail(input.email);
    const by = actorLabel(actor);
    const replaced = await revokePendingInvitationsFor(tx, { proposalId: found.id, email, teamPosition: input.teamPosition, role: input.role, at: now, by });
    const token = newInvitationToken();
    const expiresAt = invitationExpiresAt(now);
    const id = await insertInvitation(tx, {
      tokenHash: hashInvitationToken(token),
      proposalId: found.id,
      teamPosition: input.teamPosition,
      role: input.role,
      email,
      language: input.language,
      invitedByUserId: actor.kind === 'user' ? actor.userId : null,
      invitedBy: by,
      createdAt: now,
      expiresAt,
    });
    const inviter = actor.kind === 'user' ? await findUserById(tx, actor.userId) : null;
    const team = found.proposal.teams[input.teamPosition];
    const acceptUrl = invitationUrl(input.publicUrl, token);
    const language = input.language;
    await enqueueMail(tx, {
      to: email,
      template: 'invitation',
      language,
      params: {
        inviterName: (inviter && pickText(inviter.displayName, language)) || (actor.kind === 'user' ? actor.email : by),
        proposalTitle: pickText(found.proposal.title, language) || found.proposal.ref,
        callTitle: pickText(found.callTitle, language) || found.proposal.call,
        teamRole: translate(language, `invitations:teamRole.${input.role}`, {
          side: translate(language, `invitations:side.${team?.role ?? 'partner'}`),
          country: team?.country ?? '',
        }),
        acceptUrl,
        expiresAt: mailInstant(expiresAt),
      },
      at: now,
    });
    await appendAudit(tx, {
      at: now,
      actor: by,
      action: 'invitation.created',
      subjectType: 'proposal',
      subject: found.proposal.ref,
      changes: { invitation: id, email, teamPosition: input.teamPosition, role: input.role, expiresAt: expiresAt.toISOString(), replaced },
    });
    return {
      acceptUrl,
      invitation: toInvitationView(
        { id, proposalId: found.id, proposalRef: found.proposal.ref, teamPosition: input.teamPosition, role: input.role, email, language, invitedByUserId: null, invitedBy: by, createdAt: now, expiresAt, acceptedAt: null, acceptedByUserId: null, revokedAt: null },
        now,
      ),
    };
  });
}
