import type { Actor } from '../../domain/access/actor.js';
import { AppError } from '../../domain/app-error.js';
import type { MyReviewList } from '../../contracts/review.schemas.js';
import type { ServiceContext } from '../service-context.js';
import { toReviewState } from './review-support.js';
import { listReviewablePairs } from './reviewer-access.js';

/**
 * The signed-in reviewer's assigned proposals: every pair of a published assignment for a pool
 * row of their person, except pairs with an unwaived conflict, with the state of each review.
 * Anyone else gets an empty list. Throws UNAUTHENTICATED.
 */
export async function listMyReviews(ctx: ServiceContext, actor: Actor | null): Promise<MyReviewList> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const pairs = await listReviewablePairs(ctx.db, actor);
  return {
    items: pairs.map((pair) => {
      const state = toReviewState(pair.review);
      return {
        proposal: pair.proposalRef,
        title: pair.proposalTitle,
        call: { code: pair.callCode, title: pair.callTitle },
        agency: pair.agency,
        status: state.status,
        updatedAt: state.updatedAt,
        submittedAt: state.submittedAt,
      };
    }),
  };
}
