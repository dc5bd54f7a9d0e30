import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import {
  AffinityQuerySchema,
  AffinitySchema,
  AssignmentParamsSchema,
  AssignmentViewSchema,
  ConstraintBodySchema,
  PairEditBodySchema,
  SolveAssignmentBodySchema,
} from '../../contracts/assignment.schemas.js';
import { explainAffinity } from '../../services/review/compute-affinity.js';
import { editAssignment } from '../../services/review/edit-assignment.js';
import { publishAssignment } from '../../services/review/publish-assignment.js';
import { setAssignmentConstraint } from '../../services/review/set-assignment-constraint.js';
import { solveAssignment } from '../../services/review/solve-assignment.js';
import { viewAssignment } from '../../services/review/view-assignment.js';
import type { ServiceContext } from '../../services/service-context.js';

const tags = ['assignment'];
const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 422: ErrorResponseSchema };

/** An agency's reviewer assignment in a call, for that agency's officers. */
export function assignmentRoutes(app: FastifyInstance, ctx: ServiceContext, config: Pick<Config, 'publicUrl'>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/calls/:code/review/:agency';
  const side = (params: { code: string; agency: string }) => ({ callCode: params.code, agency: params.agency });

  api.get(
    `${base}/assignment`,
    { schema: { tags, summary: 'The assignment: proposals with their reviewers, affinity and shared terms, loads, pins and forbids, conflicts, violations', params: AssignmentParamsSchema, response: { 200: AssignmentViewSchema, ...errors } } },
    async (request) => viewAssignment(ctx, request.actor, side(request.params)),
  );

  api.post(
    `${base}/assignment`,
    {
      schema: {
        tags,
        summary: 'Solve exactly (maximum total affinity) and store as the draft; 422 ASSIGNMENT_INFEASIBLE lists every reason',
        params: AssignmentParamsSchema,
        body: SolveAssignmentBodySchema.optional(),
        response: { 200: AssignmentViewSchema, ...errors },
      },
    },
    async (request) => {
      await solveAssignment(ctx, request.actor, { ...side(request.params), ...(request.body ?? {}) });
      return viewAssignment(ctx, request.actor, side(request.params));
    },
  );

  api.post(
    `${base}/assignment/publish`,
    { schema: { tags, summary: 'Publish the draft and mail each assigned reviewer; refused while any constraint is broken', params: AssignmentParamsSchema, response: { 200: AssignmentViewSchema, ...errors } } },
    async (request) => publishAssignment(ctx, request.actor, { ...side(request.params), publicUrl: config.publicUrl }),
  );

  api.post(
    `${base}/assignment/pairs`,
    { schema: { tags, summary: 'Add or remove a pair by hand; the answer lists every violation', params: AssignmentParamsSchema, body: PairEditBodySchema, response: { 200: AssignmentViewSchema, ...errors } } },
    async (request) => editAssignment(ctx, request.actor, { ...side(request.params), ...request.body }),
  );

  api.post(
    `${base}/constraints`,
    { schema: { tags, summary: 'Pin a pair into the next solve, forbid it, or clear either', params: AssignmentParamsSchema, body: ConstraintBodySchema, response: { 200: AssignmentViewSchema, ...errors } } },
    async (request) => setAssignmentConstraint(ctx, request.actor, { ...side(request.params), ...request.body }),
  );

  api.get(
    `${base}/affinity`,
    { schema: { tags, summary: 'Why a reviewer fits a proposal: score, text and field parts, shared terms', params: AssignmentParamsSchema, querystring: AffinityQuerySchema, response: { 200: AffinitySchema, ...errors } } },
    async (request) => explainAffinity(ctx, request.actor, { ...side(request.params), ...request.query }),
  );
}
