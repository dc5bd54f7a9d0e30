import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import {
  MyReviewListSchema,
  ProposalRefParamsSchema,
  ReopenReviewBodySchema,
  ReopenReviewParamsSchema,
  ReopenReviewResponseSchema,
  ReviewAssignmentViewSchema,
  ReviewCallParamsSchema,
  ReviewStateSchema,
  SaveReviewBodySchema,
  ScoresViewSchema,
} from '../../contracts/review.schemas.js';
import { computeScores } from '../../services/review/compute-scores.js';
import { listMyReviews } from '../../services/review/list-my-reviews.js';
import { reopenReview } from '../../services/review/reopen-review.js';
import { saveReviewDraft } from '../../services/review/save-review-draft.js';
import { submitReview } from '../../services/review/submit-review.js';
import { viewReviewAssignment } from '../../services/review/view-review-assignment.js';
import type { ServiceContext } from '../../services/service-context.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };

/**
 * Reviewing: a reviewer's assigned proposals and review form (`/api/me/reviews`), an agency's
 * scores of a call for the call's staff, and reopening a submitted review for that agency's officers.
 */
export function reviewRoutes(app: FastifyInstance, ctx: ServiceContext, config: Pick<Config, 'publicUrl'>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/me/reviews',
    { schema: { tags: ['reviews'], summary: 'The signed-in reviewer\'s assigned proposals (published assignments, no conflicted ones)', response: { 200: MyReviewListSchema, ...errors } } },
    async (request) => listMyReviews(ctx, request.actor),
  );

  api.get(
    '/api/me/reviews/:proposalRef',
    {
      schema: {
        tags: ['reviews'],
        summary: 'One assigned proposal with its documents, the call\'s criteria and the review so far; 404 unless assigned and unconflicted',
        params: ProposalRefParamsSchema,
        response: { 200: ReviewAssignmentViewSchema, ...errors },
      },
    },
    async (request) => viewReviewAssignment(ctx, request.actor, { proposalRef: request.params.proposalRef }),
  );

  api.put(
    '/api/me/reviews/:proposalRef',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Save the review as a draft (against the version it was loaded with)',
        params: ProposalRefParamsSchema,
        body: SaveReviewBodySchema,
        response: { 200: ReviewStateSchema, ...errors },
      },
    },
    async (request) => saveReviewDraft(ctx, request.actor, { proposalRef: request.params.proposalRef, body: request.body }),
  );

  api.post(
    '/api/me/reviews/:proposalRef/submit',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Submit the review (with any last changes); final unless an officer reopens it',
        params: ProposalRefParamsSchema,
        body: SaveReviewBodySchema,
        response: { 200: ReviewStateSchema, ...errors },
      },
    },
    async (request) => submitReview(ctx, request.actor, { proposalRef: request.params.proposalRef, body: request.body }),
  );

  api.get(
    '/api/calls/:code/review/:agency/scores',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Raw, normalised and percentile scores of one agency\'s reviews of a call, with every submitted review',
        params: ReviewCallParamsSchema,
        response: { 200: ScoresViewSchema, ...errors },
      },
    },
    async (request) => computeScores(ctx, request.actor, { callCode: request.params.code, agency: request.params.agency }),
  );

  api.post(
    '/api/calls/:code/review/:agency/reviews/:proposalRef/:reviewerRef/reopen',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Reopen a submitted review so its reviewer may change it (the agency\'s officers; the reason is recorded)',
        params: ReopenReviewParamsSchema,
        body: ReopenReviewBodySchema,
        response: { 200: ReopenReviewResponseSchema, ...errors },
      },
    },
    async (request) =>
      reopenReview(ctx, request.actor, {
        callCode: request.params.code,
        agency: request.params.agency,
        proposalRef: request.params.proposalRef,
        reviewerRef: request.params.reviewerRef,
        reason: request.body.reason,
        publicUrl: config.publicUrl,
      }),
  );
}
