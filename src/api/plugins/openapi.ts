import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI 3 generated from the routes' zod schemas, served at /api/openapi.json. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kakehashi API',
        description: 'International joint research programmes: calls, proposals, statistics. Errors are {"error": {"code", "message": {"en","ja"}, "details"}}. Requests that change state need the x-csrf-token header from the sign-in response.',
        version,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kakehashi_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
