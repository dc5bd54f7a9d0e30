import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan, proposalVisibility } from '../../domain/access/policies.js';
import { findProposal, listProposals, type ProposalDetail, type ProposalFilter, type ProposalPage, type ProposalSort } from '../../db/repositories/proposal.repository.js';
import type { ServiceContext } from '../service-context.js';

export type ProposalListOptions = ProposalFilter & { sort: ProposalSort; order: 'asc' | 'desc'; page: number; pageSize: number };

/** A page of the proposals the actor may see (their agency's calls, their own proposals, or all). */
export async function listVisibleProposals(ctx: ServiceContext, actor: Actor | null, options: ProposalListOptions): Promise<ProposalPage> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const { sort, order, page, pageSize, ...filter } = options;
  return listProposals(ctx.db, { visibility: proposalVisibility(actor), filter, sort, order, page, pageSize });
}

/**
 * One proposal. Throws NOT_FOUND both when it does not exist and when the actor may not see it,
 * so that a reference cannot be probed for existence.
 */
export async function viewProposal(ctx: ServiceContext, actor: Actor | null, ref: string): Promise<ProposalDetail> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const found = await findProposal(ctx.db, ref);
  const notFound = new AppError('NOT_FOUND', { params: { kind: 'proposal', key: ref } });
  if (!found) throw notFound;
  try {
    assertCan(actor, { type: 'proposal.view', proposal: found.access });
  } catch {
    throw notFound;
  }
  return found.detail;
}
