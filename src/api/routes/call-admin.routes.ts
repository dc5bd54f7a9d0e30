import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import {
  ApproveCallBodySchema,
  CallAdminViewSchema,
  CallConfigSchema,
  CopyCallBodySchema,
  ExtendDeadlineBodySchema,
  TransitionCallBodySchema,
  UpdateCallBodySchema,
} from '../../contracts/call-admin.schemas.js';
import { approveCall } from '../../services/calls/approve-call.js';
import { copyCall } from '../../services/calls/copy-call.js';
import { createCall } from '../../services/calls/create-call.js';
import { extendDeadline } from '../../services/calls/extend-deadline.js';
import { publishCall } from '../../services/calls/publish-call.js';
import { transitionCall } from '../../services/calls/transition-call.js';
import { updateCall } from '../../services/calls/update-call.js';
import { viewCallAdmin } from '../../services/calls/view-call-admin.js';
import type { ServiceContext } from '../../services/service-context.js';

const CallParamsSchema = z.object({ code: z.string().min(1).max(64).describe('Call code') });
const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['call configuration'];

/** Configuring calls: create, edit, copy, approve, publish, lifecycle and deadline extensions. */
export function callAdminRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/calls/:code/admin',
    { schema: { tags, summary: 'A call as its officers manage it: status, approvals, extensions, allowed actions', params: CallParamsSchema, response: { 200: CallAdminViewSchema, ...errors } } },
    async (request) => viewCallAdmin(ctx, request.actor, request.params.code),
  );

  api.post(
    '/api/calls',
    { schema: { tags, summary: 'Create a draft call led by the officer\'s agency', body: CallConfigSchema, response: { 201: CallAdminViewSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await createCall(ctx, request.actor, request.body)),
  );

  api.patch(
    '/api/calls/:code',
    { schema: { tags, summary: 'Replace parts of a draft or open call', params: CallParamsSchema, body: UpdateCallBodySchema, response: { 200: CallAdminViewSchema, ...errors } } },
    async (request) => updateCall(ctx, request.actor, request.params.code, request.body),
  );

  api.post(
    '/api/calls/:code/copy',
    { schema: { tags, summary: 'A new draft copied from this call', params: CallParamsSchema, body: CopyCallBodySchema, response: { 201: CallAdminViewSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await copyCall(ctx, request.actor, request.params.code, request.body)),
  );

  api.post(
    '/api/calls/:code/approvals',
    { schema: { tags, summary: 'Approve the draft for the officer\'s agency', params: CallParamsSchema, body: ApproveCallBodySchema.optional(), response: { 200: CallAdminViewSchema, ...errors } } },
    async (request) => approveCall(ctx, request.actor, request.params.code, request.body ?? {}),
  );

  api.post(
    '/api/calls/:code/publish',
    { schema: { tags, summary: 'Publish the draft once every agency has approved', params: CallParamsSchema, response: { 200: CallAdminViewSchema, ...errors } } },
    async (request) => publishCall(ctx, request.actor, request.params.code),
  );

  api.post(
    '/api/calls/:code/transitions',
    { schema: { tags, summary: 'Move the call to its next lifecycle status', params: CallParamsSchema, body: TransitionCallBodySchema, response: { 200: CallAdminViewSchema, ...errors } } },
    async (request) => transitionCall(ctx, request.actor, request.params.code, request.body),
  );

  api.post(
    '/api/calls/:code/deadline-extensions',
    { schema: { tags, summary: 'Extend one side\'s deadline of an open call; applicants are mailed', params: CallParamsSchema, body: ExtendDeadlineBodySchema, response: { 200: CallAdminViewSchema, ...errors } } },
    async (request) => extendDeadline(ctx, request.actor, request.params.code, request.body),
  );
}
