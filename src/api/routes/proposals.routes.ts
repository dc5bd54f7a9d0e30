import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema, ProposalDetailSchema, ProposalListQuerySchema, ProposalListResponseSchema } from '../../contracts/api.schemas.js';
import { listVisibleProposals, viewProposal } from '../../services/proposals/view-proposals.js';
import type { ServiceContext } from '../../services/service-context.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };

export function proposalRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/proposals',
    {
      schema: {
        tags: ['proposals'],
        summary: 'Proposals the user may see: filter, sort, paginate',
        querystring: ProposalListQuerySchema,
        response: { 200: ProposalListResponseSchema, ...errors },
      },
    },
    async (request) => {
      const page = await listVisibleProposals(ctx, request.actor, request.query);
      return { ...page, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  api.get(
    '/api/proposals/:ref',
    {
      schema: {
        tags: ['proposals'],
        summary: 'One proposal with its teams, budgets and exchanges',
        params: z.object({ ref: z.string().min(1).max(64) }),
        response: { 200: ProposalDetailSchema, ...errors },
      },
    },
    async (request) => viewProposal(ctx, request.actor, request.params.ref),
  );
}
