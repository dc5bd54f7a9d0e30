import { z } from 'zod';
import { ProposalDetailSchema } from './api.schemas.js';
import { BilingualTextSchema } from './common.schemas.js';
import { DocumentSchema } from './document.schemas.js';

/**
 * Shapes of reviewing (a reviewer's assignments, the review form) and of the scores of one
 * agency's side of a call: `GET /api/calls/:code/review/:agency/scores` and
 * `kakehashi scores --call C --agency A --format json` (INTERCHANGE.md keeps these names stable).
 */

const RefSchema = z.string().min(1).max(64);

export const ReviewCriterionSchema = z
  .object({
    code: z.string().describe('Criterion code; the key of its score'),
    name: BilingualTextSchema.describe('Criterion name'),
    weight: z.number().describe('Weight in the review total'),
    scale: z.tuple([z.number(), z.number()]).describe('Lowest and highest score'),
  })
  .describe('A criterion of the call, as reviewers score it');

export const REVIEW_STATES = ['not_started', 'draft', 'submitted'] as const;

export const ReviewStateSchema = z
  .object({
    status: z.enum(REVIEW_STATES).describe('not_started until the first save; submitted is final unless an officer reopens it'),
    version: z.number().int().describe('Send it back with the next save; 0 before the first save'),
    scores: z.record(z.string(), z.number()).describe('Score per criterion code (drafts may lack some)'),
    confidence: z.number().int().nullable().describe('The reviewer\'s confidence, 1 (low) to 5 (high)'),
    comment: z.object({ en: z.string().nullable(), ja: z.string().nullable() }).describe('Comment in English and/or Japanese'),
    updatedAt: z.string().nullable().describe('Last save (ISO 8601, UTC)'),
    submittedAt: z.string().nullable().describe('When it was submitted (ISO 8601, UTC)'),
    reopenedAt: z.string().nullable().describe('When an officer last reopened it (ISO 8601, UTC)'),
  })
  .describe('A reviewer\'s review of one proposal');

export const MyReviewSchema = z
  .object({
    proposal: z.string().describe('Proposal ref'),
    title: BilingualTextSchema.describe('Proposal title'),
    call: z.object({ code: z.string(), title: BilingualTextSchema }).describe('The proposal\'s call'),
    agency: z.string().describe('The agency whose pool the reviewer reviews for'),
    status: z.enum(REVIEW_STATES),
    updatedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
  })
  .describe('A proposal assigned to the signed-in reviewer');

export const MyReviewListSchema = z
  .object({ items: z.array(MyReviewSchema).describe('Published assignments without an unwaived conflict, by call and proposal') })
  .describe('The signed-in reviewer\'s assigned proposals');

export const ReviewAssignmentViewSchema = z
  .object({
    proposal: ProposalDetailSchema.describe('The proposal in both languages (its decision is not shown to reviewers)'),
    agency: z.string().describe('The agency whose pool the reviewer reviews for'),
    reviewer: z.string().describe('The reviewer\'s person ref'),
    criteria: z.array(ReviewCriterionSchema).describe('The call\'s criteria in order'),
    documents: z.array(DocumentSchema).describe('The proposal\'s documents; download each at /api/proposals/:ref/documents/:id'),
    review: ReviewStateSchema,
    isOpen: z.boolean().describe('Whether the call is under review, so that the review may be saved and submitted'),
  })
  .describe('One assigned proposal and its review form');

export const ProposalRefParamsSchema = z.object({ proposalRef: RefSchema.describe('Proposal ref') });

export const SaveReviewBodySchema = z
  .strictObject({
    version: z.number().int().min(0).describe('The version the form was loaded with (0 for a review not yet saved)'),
    scores: z
      .record(z.string().min(1).max(64), z.number().nullable())
      .optional()
      .describe('Scores to set, by criterion code; null clears one. Each an integer on the criterion\'s scale'),
    confidence: z.number().nullable().optional().describe('1 (low) to 5 (high); null clears it'),
    comment: z
      .strictObject({ en: z.string().max(20000).nullable().optional(), ja: z.string().max(20000).nullable().optional() })
      .optional()
      .describe('Comment in English and/or Japanese; a language left out keeps its text, null clears it'),
  })
  .describe('A change to a review: drafts save any part; submitting needs every criterion and a confidence');

export const ReviewCallParamsSchema = z.object({
  code: z.string().min(1).max(64).describe('Call code'),
  agency: z.string().min(1).max(64).describe('Agency code: whose reviewers\' reviews'),
});

export const ReopenReviewParamsSchema = ReviewCallParamsSchema.extend({
  proposalRef: RefSchema.describe('Proposal ref'),
  reviewerRef: RefSchema.describe('The reviewer\'s person ref'),
});

export const ReopenReviewBodySchema = z
  .strictObject({ reason: z.string().trim().min(1).max(2000).describe('Why the review is reopened (recorded in the audit log)') })
  .describe('Reopening a submitted review');

export const ReopenReviewResponseSchema = z.object({
  proposal: z.string(),
  reviewer: z.string(),
  agency: z.string(),
  status: z.literal('draft'),
  version: z.number().int(),
  reopenedAt: z.string(),
  mailed: z.boolean().describe('Whether the reviewer was mailed (false when they have no address)'),
});

export const ScoredReviewSchema = z
  .object({
    reviewer: z.string().describe('The reviewer\'s person ref'),
    total: z.number().describe('sum(weight_c * score_c) / sum(weight_c) over the call\'s criteria'),
    scores: z.record(z.string(), z.number()).describe('Score per criterion code, as submitted'),
    confidence: z.number().nullable().describe('The reviewer\'s confidence, 1–5'),
  })
  .describe('One submitted review');

export const ProposalScoresSchema = z
  .object({
    proposal: z.string().describe('Proposal ref'),
    reviewCount: z.number().int().describe('Submitted reviews counted'),
    raw: z.number().describe('Mean of the review totals'),
    normalized: z.number().describe('Mean of the reviewer-standardised totals (see issue 5)'),
    percentile: z.number().describe('100 * (below + equal / 2) / n by raw among the reviewed proposals'),
    reviews: z.array(ScoredReviewSchema),
  })
  .describe('The scores of one proposal');

export const ScoresReportSchema = z
  .object({
    call: z.string().describe('Call code'),
    agency: z.string().describe('Agency code'),
    proposals: z.array(ProposalScoresSchema).describe('By raw descending, then ref'),
  })
  .describe('Scores of one agency\'s side of a call: what `kakehashi scores --format json` prints');

export const ScoresViewSchema = z
  .object({
    call: z.string(),
    agency: z.string(),
    criteria: z.array(ReviewCriterionSchema),
    proposals: z.array(
      ProposalScoresSchema.extend({
        title: BilingualTextSchema.describe('Proposal title'),
        spread: z.object({ min: z.number(), max: z.number(), sd: z.number() }).describe('Lowest and highest total, and their population standard deviation'),
        reviews: z.array(
          ScoredReviewSchema.extend({
            reviewerName: BilingualTextSchema.describe('The reviewer\'s name as their pool records it'),
            standardized: z.number().describe('(total - mean_r) / sd_r, or 0 (see issue 5)'),
            comment: z.object({ en: z.string().nullable(), ja: z.string().nullable() }).nullable(),
            submittedAt: z.string().nullable(),
          }),
        ),
      }),
    ),
    incomplete: z
      .array(z.object({ proposal: z.string(), reviewer: z.string(), missing: z.array(z.string()) }))
      .describe('Submitted reviews left out because a criterion has no score'),
    drafts: z.number().int().describe('Reviews still in draft by this agency\'s reviewers (not counted)'),
  })
  .describe('Scores of one agency\'s side of a call, as officers see them');

export type ReviewCriterion = z.infer<typeof ReviewCriterionSchema>;
export type ReviewState = z.infer<typeof ReviewStateSchema>;
export type MyReview = z.infer<typeof MyReviewSchema>;
export type MyReviewList = z.infer<typeof MyReviewListSchema>;
export type ReviewAssignmentView = z.infer<typeof ReviewAssignmentViewSchema>;
export type SaveReviewBody = z.infer<typeof SaveReviewBodySchema>;
export type ReopenReviewBody = z.infer<typeof ReopenReviewBodySchema>;
export type ReopenReviewResponse = z.infer<typeof ReopenReviewResponseSchema>;
export type ScoresReport = z.infer<typeof ScoresReportSchema>;
export type ScoresView = z.infer<typeof ScoresViewSchema>;
