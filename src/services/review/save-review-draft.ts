import type { Actor } from '../../domain/access/actor.js';
import type { ReviewState, SaveReviewBody } from '../../contracts/review.schemas.js';
import type { ServiceContext } from '../service-context.js';
import { writeReviewChange } from './review-support.js';

/**
 * Saves the reviewer's draft of a review: any criteria scores (each an integer on its scale;
 * null clears one), a confidence of 1–5, a comment in English and/or Japanese. Only against
 * the version the form was loaded with. Audited. Throws UNAUTHENTICATED, NOT_FOUND (not
 * assigned, or conflicted), REVIEW_SUBMITTED, CONFLICT (stale version; `params.currentVersion`)
 * and VALIDATION_FAILED (every problem with its field: `scores.<code>`, `confidence`).
 */
export async function saveReviewDraft(ctx: ServiceContext, actor: Actor | null, input: { proposalRef: string; body: SaveReviewBody }): Promise<ReviewState> {
  return writeReviewChange(ctx, actor, { ...input, isSubmitting: false });
}
