/**
 * Review scores of one agency's side of a call, exactly as issue 5 defines them:
 *
 * - a review's `total` is `sum(weight_c * score_c) / sum(weight_c)` over the call's criteria;
 * - a proposal's `raw` is the mean of its reviews' totals (raw scores are never overwritten);
 * - its `normalized` is the mean over its reviews of `(total - mean_r) / sd_r`, where `mean_r`
 *   and `sd_r` (population standard deviation) are over all of that reviewer's totals in the
 *   call; the term is 0, and still counted, when the reviewer has fewer than two reviews in the
 *   call or `sd_r` is 0 (a reviewer who gives everything the same total says nothing about order);
 * - its `percentile` is `100 * (below + equal / 2) / n` by `raw` among the n proposals with at
 *   least one counted review, where `equal` counts the proposal itself.
 *
 * A review that lacks a score for one of the call's criteria has no total: it is left out of
 * every number here and returned in `incomplete`, so that the caller can say so. The platform
 * refuses to submit such a review (submit-review.ts) and to import one as submitted
 * (check-bundle-references.ts), so this only happens with data written around both.
 */

export type ScoreCriterion = { code: string; weight: number };

export type ReviewScoresInput = {
  proposal: string;
  /** The reviewer's identity within the call (a person ref; one agency's pool per computation). */
  reviewer: string;
  scores: Readonly<Record<string, number>>;
  confidence: number | null;
};

export type ScoredReview = ReviewScoresInput & {
  total: number;
  /** `(total - mean_r) / sd_r`, or 0 when the reviewer has fewer than two reviews or sd_r is 0. */
  standardized: number;
};

export type ProposalScores = {
  proposal: string;
  reviewCount: number;
  raw: number;
  normalized: number;
  percentile: number;
  /** The spread of the proposal's totals: lowest, highest and population standard deviation. */
  spread: { min: number; max: number; sd: number };
  reviews: ScoredReview[];
};

export type IncompleteReview = { proposal: string; reviewer: string; missing: string[] };

export type ScoresResult = { proposals: ProposalScores[]; incomplete: IncompleteReview[] };

// Totals are weighted means of small integers; two that are equal on paper can differ in the last
// bit after different summation orders. Comparisons and "sd is 0" use this relative tolerance.
const TOLERANCE = 1e-9;

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

// Refs order by code point, as the database's "C" collation and every engine agree on.
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Population standard deviation (divides by n, not n - 1). */
export function populationSd(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const average = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - average) ** 2, 0) / values.length);
}

/** The call's criteria a set of scores does not cover, in the call's order. */
export function missingCriteria(criteria: readonly ScoreCriterion[], scores: Readonly<Record<string, number>>): string[] {
  return criteria.filter((criterion) => typeof scores[criterion.code] !== 'number' || !Number.isFinite(scores[criterion.code])).map((criterion) => criterion.code);
}

/**
 * A review's total: the weighted mean of its scores over the call's criteria. Null when a
 * criterion has no score, or when the criteria carry no weight at all (nothing to average).
 */
export function reviewTotal(criteria: readonly ScoreCriterion[], scores: Readonly<Record<string, number>>): number | null {
  if (missingCriteria(criteria, scores).length > 0) return null;
  const weights = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (criteria.length === 0 || weights <= 0) return null;
  return criteria.reduce((sum, criterion) => sum + criterion.weight * (scores[criterion.code] as number), 0) / weights;
}

/**
 * Raw, normalised and percentile scores of every reviewed proposal, with each review's total
 * and standardised total, ordered by raw descending then proposal ref. `reviews` must be the
 * counted reviews only (submitted, by one agency's reviewers, in one call).
 */
export function computeScores(input: { criteria: readonly ScoreCriterion[]; reviews: readonly ReviewScoresInput[] }): ScoresResult {
  const incomplete: IncompleteReview[] = [];
  const totals: Array<ReviewScoresInput & { total: number }> = [];
  for (const review of input.reviews) {
    const total = reviewTotal(input.criteria, review.scores);
    if (total === null) incomplete.push({ proposal: review.proposal, reviewer: review.reviewer, missing: missingCriteria(input.criteria, review.scores) });
    else totals.push({ ...review, total });
  }

  const byReviewer = new Map<string, number[]>();
  for (const review of totals) byReviewer.set(review.reviewer, [...(byReviewer.get(review.reviewer) ?? []), review.total]);
  const reviewerStats = new Map<string, { mean: number; sd: number } | null>();
  for (const [reviewer, values] of byReviewer) {
    const average = mean(values);
    const sd = populationSd(values);
    reviewerStats.set(reviewer, values.length < 2 || sd <= TOLERANCE * Math.max(1, Math.abs(average)) ? null : { mean: average, sd });
  }

  const byProposal = new Map<string, ScoredReview[]>();
  for (const review of totals) {
    const stats = reviewerStats.get(review.reviewer) ?? null;
    const standardized = stats === null ? 0 : (review.total - stats.mean) / stats.sd;
    byProposal.set(review.proposal, [...(byProposal.get(review.proposal) ?? []), { ...review, standardized }]);
  }

  const proposals = [...byProposal].map(([proposal, reviews]) => {
    const values = reviews.map((review) => review.total);
    return {
      proposal,
      reviewCount: reviews.length,
      raw: mean(values),
      normalized: mean(reviews.map((review) => review.standardized)),
      percentile: 0,
      spread: { min: Math.min(...values), max: Math.max(...values), sd: populationSd(values) },
      reviews: [...reviews].sort((a, b) => b.total - a.total || byCodePoint(a.reviewer, b.reviewer)),
    };
  });
  const n = proposals.length;
  for (const entry of proposals) {
    let below = 0;
    let equal = 0;
    for (const other of proposals) {
      if (nearlyEqual(other.raw, entry.raw)) equal += 1;
      else if (other.raw < entry.raw) below += 1;
    }
    entry.percentile = (100 * (below + equal / 2)) / n;
  }
  proposals.sort((a, b) => (nearlyEqual(a.raw, b.raw) ? 0 : b.raw - a.raw) || byCodePoint(a.proposal, b.proposal));
  return { proposals, incomplete };
}
