import type { Actor } from '../../domain/access/actor.js';
import type { ReviewState, SaveReviewBody } from '../../contracts/review.schemas.js';
import type { ServiceContext } from '../service-context.js';
import { writeReviewChange } from './review-support.js';

/**
 * Submits the reviewer's review, applying any last changes in the body first. Every criterion
 * of the call must be scored and a confidence given; a review that lacks one is refused here,
 * so a submitted review always has a total. Submission is final: later saves get
 * REVIEW_SUBMITTED until an officer reopens it. Audited. Throws UNAUTHENTICATED, NOT_FOUND,
 * REVIEW_SUBMITTED, CONFLICT (stale version) and VALIDATION_FAILED (each missing or wrong field).
 */
export async function submitReview(ctx: ServiceContext, actor: Actor | null, input: { proposalRef: string; body: SaveReviewBody }): Promise<ReviewState> {
  return writeReviewChange(ctx, actor, { ...input, isSubmitting: true });
}
