import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan, proposalVisibility } from '../../domain/access/policies.js';
import { findProposal, listProposals, type ProposalDetail, type ProposalFilter, type ProposalPage, type ProposalSort } from '../../db/repositories/proposal.repository.js';
import { textQueryFor } from '../search/text-query.js';
import type { ServiceContext } from '../service-context.js';

export type ProposalListOptions = Omit<ProposalFilter, 'textQuery'> & {
  /** Words in either language, matched through the search index. */
  q?: string | undefined;
  /** Without a sort, matches of `q` come by relevance, other lists by reference. */
  sort?: ProposalSort | undefined;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

/**
 * A page of the proposals the actor may see (their agency's calls, their own proposals, or all).
 * Throws UNAUTHENTICATED without an actor.
 */
export async function listVisibleProposals(ctx: ServiceContext, actor: Actor | null, options: ProposalListOptions): Promise<ProposalPage> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const { q, sort, order, page, pageSize, ...filter } = options;
  const textQuery = await textQueryFor(q);
  // Text made only of particles or punctuation has no word to find.
  if (textQuery === null) return { items: [], total: 0 };
  return listProposals(ctx.db, { visibility: proposalVisibility(actor), filter: { ...filter, textQuery }, sort: sort ?? (textQuery ? 'relevance' : 'ref'), order, page, pageSize });
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
