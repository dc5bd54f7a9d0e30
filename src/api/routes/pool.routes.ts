import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import { CodeSchema } from '../../contracts/common.schemas.js';
import {
  AddReviewerBodySchema,
  DeclareOwnConflictBodySchema,
  OwnConflictsSchema,
  OwnProfileSchema,
  PoolQuerySchema,
  ReviewerPoolSchema,
  ReviewerSchema,
  UpdateOwnProfileBodySchema,
  UpdateReviewerBodySchema,
  WithdrawOwnConflictParamsSchema,
  WithdrawOwnConflictQuerySchema,
} from '../../contracts/pool.schemas.js';
import { addReviewer } from '../../services/review/add-reviewer.js';
import { declareOwnConflict, listOwnConflicts, withdrawOwnConflict } from '../../services/review/declare-conflict.js';
import { editOwnProfile, viewOwnProfile } from '../../services/review/edit-own-profile.js';
import { listPool, viewReviewer } from '../../services/review/list-pool.js';
import { removeReviewer } from '../../services/review/remove-reviewer.js';
import { updateReviewer } from '../../services/review/update-reviewer.js';
import type { ServiceContext } from '../../services/service-context.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const AgencyParamsSchema = z.object({ agency: CodeSchema.describe('Agency code') });
const ReviewerParamsSchema = z.object({ agency: CodeSchema.describe('Agency code'), personRef: CodeSchema.describe('The reviewer\'s person ref') });

/** Agencies' reviewer pools (their officers) and a reviewer's own profile and declared conflicts. */
export function poolRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/agencies/:agency/reviewers',
    { schema: { tags: ['review'], summary: 'An agency\'s reviewer pool, optionally searched', params: AgencyParamsSchema, querystring: PoolQuerySchema, response: { 200: ReviewerPoolSchema, ...errors } } },
    async (request) => listPool(ctx, request.actor, { agency: request.params.agency, search: request.query.q }),
  );

  api.post(
    '/api/agencies/:agency/reviewers',
    { schema: { tags: ['review'], summary: 'Add a reviewer to the pool (a person by ref or ORCID iD, or a new person)', params: AgencyParamsSchema, body: AddReviewerBodySchema, response: { 201: ReviewerSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await addReviewer(ctx, request.actor, { agency: request.params.agency, body: request.body })),
  );

  api.get(
    '/api/agencies/:agency/reviewers/:personRef',
    { schema: { tags: ['review'], summary: 'One reviewer of the pool', params: ReviewerParamsSchema, response: { 200: ReviewerSchema, ...errors } } },
    async (request) => viewReviewer(ctx, request.actor, request.params),
  );

  api.patch(
    '/api/agencies/:agency/reviewers/:personRef',
    { schema: { tags: ['review'], summary: 'Change a reviewer: fields, keywords, loads, publications, affiliations', params: ReviewerParamsSchema, body: UpdateReviewerBodySchema, response: { 200: ReviewerSchema, ...errors } } },
    async (request) => updateReviewer(ctx, request.actor, { ...request.params, body: request.body }),
  );

  api.delete(
    '/api/agencies/:agency/reviewers/:personRef',
    { schema: { tags: ['review'], summary: 'Remove a reviewer from the pool (refused while they hold reviews)', params: ReviewerParamsSchema, response: { 204: z.null().describe('Removed'), ...errors } } },
    async (request, reply) => {
      await removeReviewer(ctx, request.actor, request.params);
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/me/reviewer-profile',
    { schema: { tags: ['review'], summary: 'The signed-in reviewer\'s profile in each pool', response: { 200: OwnProfileSchema, ...errors } } },
    async (request) => viewOwnProfile(ctx, request.actor),
  );

  api.patch(
    '/api/me/reviewer-profile',
    { schema: { tags: ['review'], summary: 'Change one\'s own fields, keywords, publications and affiliations (not loads)', body: UpdateOwnProfileBodySchema, response: { 200: OwnProfileSchema, ...errors } } },
    async (request) => editOwnProfile(ctx, request.actor, request.body),
  );

  api.get(
    '/api/me/conflicts',
    { schema: { tags: ['review'], summary: 'Proposals a reviewer may declare a conflict with, and their declarations', response: { 200: OwnConflictsSchema, ...errors } } },
    async (request) => listOwnConflicts(ctx, request.actor),
  );

  api.post(
    '/api/me/conflicts',
    { schema: { tags: ['review'], summary: 'Declare a conflict with a proposal, with the reason', body: DeclareOwnConflictBodySchema, response: { 200: OwnConflictsSchema, ...errors } } },
    async (request) => declareOwnConflict(ctx, request.actor, request.body),
  );

  api.delete(
    '/api/me/conflicts/:proposal',
    {
      schema: {
        tags: ['review'],
        summary: 'Withdraw a conflict one declared oneself (an officer\'s or an imported one stays)',
        params: WithdrawOwnConflictParamsSchema,
        querystring: WithdrawOwnConflictQuerySchema,
        response: { 200: OwnConflictsSchema, ...errors },
      },
    },
    async (request) => withdrawOwnConflict(ctx, request.actor, { proposal: request.params.proposal, agency: request.query.agency }),
  );
}
