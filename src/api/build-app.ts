import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { ServiceContext } from '../services/service-context.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandler, registerNotFoundHandler } from './plugins/error-handler.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerWeb } from './plugins/web.js';
import { agencyRoutes } from './routes/agencies.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { callAdminRoutes } from './routes/call-admin.routes.js';
import { callRoutes } from './routes/calls.routes.js';
import { eligibilityRoutes } from './routes/eligibility.routes.js';
import { documentRoutes } from './routes/document.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { invitationRoutes } from './routes/invitation.routes.js';
import { mailRoutes } from './routes/mail.routes.js';
import { proposalEditorRoutes } from './routes/proposal-editor.routes.js';
import { proposalRoutes } from './routes/proposals.routes.js';
import { reviewRoutes } from './routes/review.routes.js';
import { searchRoutes } from './routes/search.routes.js';
import { poolRoutes } from './routes/pool.routes.js';
import { conflictRoutes } from './routes/conflict.routes.js';
import { assignmentRoutes } from './routes/assignment.routes.js';

export type AppDependencies = {
  ctx: ServiceContext;
  config: Config;
  logger?: FastifyServerOptions['logger'];
};

function packageRoot(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(directory, 'package.json'))) directory = path.dirname(directory);
  return directory;
}

/** The whole HTTP application, built without listening (tests call `app.inject`). */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const root = packageRoot();
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: 64 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // First, before any route or plugin: routes finalised by a later `await register` would
  // otherwise keep Fastify's default handler and answer every AppError with a bare 500.
  registerErrorHandler(app);
  await app.register(cookie);
  // preHandler, not onRequest: the sign-in limit is keyed by the email in the parsed body.
  await app.register(rateLimit, { global: false, hook: 'preHandler' });
  registerAuth(app, deps.ctx);
  await registerOpenApi(app, version);
  healthRoutes(app, deps.ctx);
  mailRoutes(app, deps.ctx);
  authRoutes(app, deps.ctx, deps.config);
  agencyRoutes(app, deps.ctx);
  callRoutes(app, deps.ctx);
  callAdminRoutes(app, deps.ctx);
  proposalRoutes(app, deps.ctx);
  invitationRoutes(app, deps.ctx, deps.config);
  await documentRoutes(app, deps.ctx, deps.config);
  eligibilityRoutes(app, deps.ctx);
  proposalEditorRoutes(app, deps.ctx);
  searchRoutes(app, deps.ctx);
  poolRoutes(app, deps.ctx);
  conflictRoutes(app, deps.ctx);
  assignmentRoutes(app, deps.ctx, deps.config);
  reviewRoutes(app, deps.ctx, deps.config);
  const pageFallback = await registerWeb(app, deps.config.webDir ?? path.join(root, 'dist', 'web'));
  registerNotFoundHandler(app, pageFallback);
  return app;
}
