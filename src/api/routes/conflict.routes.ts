import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import {
  AddConflictBodySchema,
  CallConflictsQuerySchema,
  CallConflictsSchema,
  ConflictEntrySchema,
  ConflictPairParamsSchema,
  WaiveConflictBodySchema,
} from '../../contracts/conflict.schemas.js';
import { addConflict } from '../../services/review/declare-conflict.js';
import { listCallConflicts } from '../../services/review/list-call-conflicts.js';
import { unwaiveConflict, waiveConflict } from '../../services/review/waive-conflict.js';
import type { ServiceContext } from '../../services/service-context.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const CallParamsSchema = z.object({ code: z.string().min(1).max(64).describe('Call code') });

/** A call's conflicts of interest (its staff), officers' added conflicts and waivers. */
export function conflictRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/calls/:code/conflicts',
    { schema: { tags: ['review'], summary: 'Every conflicted (proposal, reviewer) pair of the call with reasons, declarations and waivers', params: CallParamsSchema, querystring: CallConflictsQuerySchema, response: { 200: CallConflictsSchema, ...errors } } },
    async (request) => listCallConflicts(ctx, request.actor, { callCode: request.params.code, agency: request.query.agency }),
  );

  api.post(
    '/api/calls/:code/conflicts',
    { schema: { tags: ['review'], summary: 'Record a conflict for a reviewer of the agency, with the reason', params: CallParamsSchema, body: AddConflictBodySchema, response: { 201: ConflictEntrySchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await addConflict(ctx, request.actor, { callCode: request.params.code, body: request.body })),
  );

  api.post(
    '/api/calls/:code/conflicts/:agency/:proposal/:reviewer/waiver',
    { schema: { tags: ['review'], summary: 'Waive a detected conflict, with the reason; it stays listed, marked waived', params: ConflictPairParamsSchema, body: WaiveConflictBodySchema, response: { 200: ConflictEntrySchema, ...errors } } },
    async (request) => waiveConflict(ctx, request.actor, { callCode: request.params.code, agency: request.params.agency, proposal: request.params.proposal, reviewer: request.params.reviewer, body: request.body }),
  );

  api.delete(
    '/api/calls/:code/conflicts/:agency/:proposal/:reviewer/waiver',
    { schema: { tags: ['review'], summary: 'Withdraw a waiver: the conflict counts again', params: ConflictPairParamsSchema, response: { 200: ConflictEntrySchema.nullable(), ...errors } } },
    async (request) => unwaiveConflict(ctx, request.actor, { callCode: request.params.code, agency: request.params.agency, proposal: request.params.proposal, reviewer: request.params.reviewer }),
  );
}
