import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { actorLabel } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { assertInvitationUsable, canRevokeInvitation } from '../../domain/proposals/invitation.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findInvitationForUpdate, findProposalForChange, markInvitationRevoked } from '../../db/repositories/invitation.repository.js';
import type { ServiceContext } from '../service-context.js';
import { toInvitationView, type InvitationView } from './invitation-view.js';

/**
 * Revokes a pending invitation so its link stops working: the lead PI any, a team's PI those of
 * their own team. Audited. Throws UNAUTHENTICATED, NOT_FOUND (no such proposal or invitation, or
 * the proposal is not visible), FORBIDDEN, and INVITATION_USED / INVITATION_REVOKED /
 * INVITATION_EXPIRED when it is no longer pending.
 */
export async function revokeInvitation(ctx: ServiceContext, actor: Actor | null, input: { proposalRef: string; invitationId: number }): Promise<InvitationView> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const notFound = new AppError('NOT_FOUND', { params: { kind: 'proposal', key: input.proposalRef } });
    const found = await findProposalForChange(tx, input.proposalRef);
    if (!found) throw notFound;
    try {
      assertCan(actor, { type: 'proposal.view', proposal: found.access });
    } catch {
      throw notFound;
    }
    const invitation = await findInvitationForUpdate(tx, found.id, input.invitationId);
    if (!invitation) throw new AppError('NOT_FOUND', { params: { kind: 'invitation', key: String(input.invitationId) } });
    if (!canRevokeInvitation(actor.kind === 'user' ? actor.personRef : null, invitation.teamPosition, found.proposal)) {
      throw new AppError('FORBIDDEN', { params: { action: 'invitation.revoke' } });
    }
    // Only a pending link can be revoked; the same errors as at acceptance say why not.
    assertInvitationUsable(invitation, now);
    const by = actorLabel(actor);
    await markInvitationRevoked(tx, invitation.id, { at: now, by });
    await appendAudit(tx, { at: now, actor: by, action: 'invitation.revoked', subjectType: 'proposal', subject: found.proposal.ref, changes: { invitation: invitation.id, email: invitation.email } });
    return toInvitationView({ ...invitation, revokedAt: now }, now);
  });
}
