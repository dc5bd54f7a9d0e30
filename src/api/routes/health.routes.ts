import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponseSchema, HealthResponseSchema } from '../../contracts/api.schemas.js';
import { isDatabaseHealthy } from '../../services/health/check-health.js';
import { errorMessages } from '../../i18n/catalogue.js';
import type { ServiceContext } from '../../services/service-context.js';

export function healthRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/healthz',
    { schema: { tags: ['health'], summary: 'Whether the platform and its database answer', response: { 200: HealthResponseSchema, 503: ErrorResponseSchema } } },
    async (_request, reply) => {
      if (await isDatabaseHealthy(ctx)) return { status: 'ok' as const };
      return reply.status(503).send({ error: { code: 'INTERNAL', message: errorMessages('INTERNAL') } });
    },
  );
}
