import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { can } from '../../domain/access/policies.js';
import { findProposalEligibilityAccess } from '../../db/repositories/eligibility.repository.js';
import type { ServiceContext } from '../service-context.js';
import { checkProposalEligibility, type ProposalEligibility } from './check-eligibility.js';

/**
 * The eligibility of one proposal as it stands, for its own applicants (any member of its teams)
 * and for the staff of the call's agencies. Throws UNAUTHENTICATED without an actor, and
 * NOT_FOUND both for an unknown proposal and for one the actor may not see, so that a reference
 * cannot be probed for existence.
 */
export async function viewProposalEligibility(ctx: ServiceContext, actor: Actor | null, proposalRef: string): Promise<ProposalEligibility> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const notFound = new AppError('NOT_FOUND', { params: { kind: 'proposal', key: proposalRef } });
  const access = await findProposalEligibilityAccess(ctx.db, proposalRef);
  if (!access) throw notFound;
  const call = { modality: access.modality, sideAgencies: access.sideAgencies };
  if (!can(actor, { type: 'proposal.view', proposal: { call, teamPersonRefs: access.teamPersonRefs } })) throw notFound;
  // One snapshot for the proposal and the others its PIs lead.
  const result = await ctx.db.transaction().execute((tx) => checkProposalEligibility(tx, proposalRef));
  return { ref: proposalRef, eligible: result.eligible, failures: result.failures };
}
