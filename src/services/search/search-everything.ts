import type { Actor } from '../../domain/access/actor.js';
import type { SearchQuery, SearchResponse } from '../../contracts/search.schemas.js';
import { listCalls } from '../calls/view-calls.js';
import { listVisibleProposals } from '../proposals/view-proposals.js';
import type { ServiceContext } from '../service-context.js';

/**
 * Proposals and calls matching the words of `q`, each most relevant first, with the number of
 * all matches. Visibility is that of the two lists (an applicant finds only their own
 * proposals), because the lists do the searching. Throws UNAUTHENTICATED without an actor.
 */
export async function searchEverything(ctx: ServiceContext, actor: Actor | null, query: SearchQuery): Promise<SearchResponse> {
  const wantsProposals = query.type !== 'call';
  const wantsCalls = query.type !== 'proposal';
  const proposals = wantsProposals ? await listVisibleProposals(ctx, actor, { q: query.q, order: 'asc', page: 1, pageSize: query.limit }) : { items: [], total: 0 };
  const calls = wantsCalls ? await listCalls(ctx, actor, { q: query.q }) : [];
  return {
    proposals: {
      total: proposals.total,
      items: proposals.items.map((item) => ({ type: 'proposal', key: item.ref, title: item.title, call: item.call })),
    },
    calls: {
      total: calls.length,
      items: calls.slice(0, query.limit).map((call) => ({ type: 'call', key: call.code, title: call.title, call: null })),
    },
  };
}
