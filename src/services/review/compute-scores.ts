import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { AppError } from '../../domain/app-error.js';
import { computeScores as computeProposalScores } from '../../domain/review/scores.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import { countDraftReviews, findAgencyId, listCriteria, listProposalTitles, listSubmittedReviews } from '../../db/repositories/review.repository.js';
import type { ScoresReport, ScoresView } from '../../contracts/review.schemas.js';
import type { ServiceContext } from '../service-context.js';

/**
 * The scores of one agency's side of a call, over the submitted reviews by that agency's
 * reviewers (drafts never count): per proposal the raw mean of the review totals, the mean of
 * the reviewer-standardised totals, the percentile by raw, the spread of the totals and every
 * review. Raw scores are computed from the stored scores each time, never stored or replaced.
 * Throws UNAUTHENTICATED, FORBIDDEN (`scores.view`: the call's agencies' staff) and NOT_FOUND
 * (the call, or an agency that is not one of its sides).
 */
export async function computeScores(ctx: ServiceContext, actor: Actor | null, input: { callCode: string; agency: string }): Promise<ScoresView> {
  const call = await findCallAccess(ctx.db, input.callCode);
  if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: input.callCode } });
  assertCan(actor, { type: 'scores.view', call });
  const agencyId = call.sideAgencies.includes(input.agency) ? await findAgencyId(ctx.db, input.agency) : null;
  if (agencyId === null) throw new AppError('NOT_FOUND', { params: { kind: 'agency', key: input.agency } });
  const criteria = await listCriteria(ctx.db, call.id);
  const submitted = await listSubmittedReviews(ctx.db, { callId: call.id, agencyId });
  const titles = await listProposalTitles(ctx.db, call.id);
  const details = new Map(submitted.map((review) => [`${review.proposalRef} ${review.reviewerRef}`, review]));
  const result = computeProposalScores({
    criteria,
    reviews: submitted.map((review) => ({ proposal: review.proposalRef, reviewer: review.reviewerRef, scores: review.scores, confidence: review.confidence })),
  });
  return {
    call: call.code,
    agency: input.agency,
    criteria,
    proposals: result.proposals.map((entry) => ({
      proposal: entry.proposal,
      title: titles.get(entry.proposal) ?? {},
      reviewCount: entry.reviewCount,
      raw: entry.raw,
      normalized: entry.normalized,
      percentile: entry.percentile,
      spread: entry.spread,
      reviews: entry.reviews.map((review) => {
        const stored = details.get(`${entry.proposal} ${review.reviewer}`);
        return {
          reviewer: review.reviewer,
          reviewerName: stored?.reviewerName ?? {},
          total: review.total,
          scores: review.scores,
          confidence: review.confidence,
          standardized: review.standardized,
          comment: stored?.comment ? { en: stored.comment.en ?? null, ja: stored.comment.ja ?? null } : null,
          submittedAt: stored?.submittedAt?.toISOString() ?? null,
        };
      }),
    })),
    incomplete: result.incomplete,
    drafts: await countDraftReviews(ctx.db, { callId: call.id, agencyId }),
  };
}

/** The report `kakehashi scores --format json` prints: exactly the shape, no comments. */
export function toScoresReport(view: ScoresView): ScoresReport {
  return {
    call: view.call,
    agency: view.agency,
    proposals: view.proposals.map((entry) => ({
      proposal: entry.proposal,
      reviewCount: entry.reviewCount,
      raw: entry.raw,
      normalized: entry.normalized,
      percentile: entry.percentile,
      reviews: entry.reviews.map((review) => ({ reviewer: review.reviewer, total: review.total, scores: review.scores, confidence: review.confidence })),
    })),
  };
}
