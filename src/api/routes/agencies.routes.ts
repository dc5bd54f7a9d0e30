import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AgencySummarySchema, ErrorResponseSchema } from '../../contracts/api.schemas.js';
import { listAllAgencies } from '../../services/agencies/list-agencies.js';
import type { ServiceContext } from '../../services/service-context.js';

export function agencyRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/agencies',
    { schema: { tags: ['reference'], summary: 'All agencies', response: { 200: z.object({ items: z.array(AgencySummarySchema) }), 401: ErrorResponseSchema } } },
    async (request) => ({ items: await listAllAgencies(ctx, request.actor) }),
  );
}
