import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import { CallEligibilityReportSchema, ProposalEligibilitySchema } from '../../contracts/eligibility.schemas.js';
import { checkCallEligibility } from '../../services/calls/check-eligibility.js';
import { viewProposalEligibility } from '../../services/calls/view-proposal-eligibility.js';
import type { ServiceContext } from '../../services/service-context.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };

/** Eligibility of a whole call (its agencies' staff) and of one proposal (its applicants and the call's staff). */
export function eligibilityRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/calls/:code/eligibility',
    {
      schema: {
        tags: ['eligibility'],
        summary: 'Eligibility of every proposal of a call: each failed rule with its message in both languages',
        params: z.object({ code: z.string().min(1).max(64).describe('Call code') }),
        response: { 200: CallEligibilityReportSchema, ...errors },
      },
    },
    async (request) => checkCallEligibility(ctx, request.actor, request.params.code),
  );

  api.get(
    '/api/proposals/:ref/eligibility',
    {
      schema: {
        tags: ['eligibility'],
        summary: 'Eligibility of one proposal as it stands (drafts: as if submitted, except the deadline)',
        params: z.object({ ref: z.string().min(1).max(64).describe('Proposal reference') }),
        response: { 200: ProposalEligibilitySchema, ...errors },
      },
    },
    async (request) => viewProposalEligibility(ctx, request.actor, request.params.ref),
  );
}
