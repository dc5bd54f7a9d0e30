import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { findProposalId } from '../../db/repositories/document.repository.js';
import { listInvitationsOfProposal } from '../../db/repositories/invitation.repository.js';
import { findProposal } from '../../db/repositories/proposal.repository.js';
import type { ServiceContext } from '../service-context.js';
import { toInvitationView, type InvitationView } from './invitation-view.js';

/**
 * The invitations of a proposal, newest first, with their status now; never their tokens.
 * Whoever may see the proposal may see its invitations. Throws UNAUTHENTICATED and NOT_FOUND
 * (also when the actor may not see the proposal, so a reference cannot be probed).
 */
export async function listInvitations(ctx: ServiceContext, actor: Actor | null, proposalRef: string): Promise<InvitationView[]> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const notFound = new AppError('NOT_FOUND', { params: { kind: 'proposal', key: proposalRef } });
  const found = await findProposal(ctx.db, proposalRef);
  if (!found) throw notFound;
  try {
    assertCan(actor, { type: 'proposal.view', proposal: found.access });
  } catch {
    throw notFound;
  }
  const proposalId = await findProposalId(ctx.db, proposalRef);
  if (proposalId === null) throw notFound;
  const now = ctx.clock.now();
  return (await listInvitationsOfProposal(ctx.db, proposalId)).map((record) => toInvitationView(record, now));
}
