import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import { SearchQuerySchema, SearchResponseSchema } from '../../contracts/search.schemas.js';
import { searchEverything } from '../../services/search/search-everything.js';
import type { ServiceContext } from '../../services/service-context.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };

/** `GET /api/search`: proposals and calls by words in either language. */
export function searchRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Proposals and calls matching words in Japanese or English, most relevant first',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema, ...errors },
      },
    },
    async (request) => searchEverything(ctx, request.actor, request.query),
  );
}
