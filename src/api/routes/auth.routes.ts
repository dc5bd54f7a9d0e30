import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { AppError } from '../../domain/app-error.js';
import { ErrorResponseSchema, LoginBodySchema, SessionResponseSchema, UpdateLocaleBodySchema } from '../../contracts/api.schemas.js';
import { setUserLocale, signIn, signOut, type Session, type SignedInUser } from '../../services/auth/sessions.js';
import type { ServiceContext } from '../../services/service-context.js';
import { SESSION_COOKIE } from '../plugins/auth.js';

function sessionBody(user: SignedInUser, csrfToken: string) {
  return {
    user: {
      id: String(user.id),
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      person: user.personRef,
      roles: user.roles,
    },
    csrfToken,
  };
}

function requireSession(request: FastifyRequest): Session {
  if (!request.session) throw new AppError('UNAUTHENTICATED');
  return request.session;
}

export function authRoutes(app: FastifyInstance, ctx: ServiceContext, config: Config): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const isSecure = (request: FastifyRequest) => (config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure === 'true');
  const clearCookie = (request: FastifyRequest, reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecure(request) });

  api.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: LoginBodySchema,
        response: { 200: SessionResponseSchema, 400: ErrorResponseSchema, 401: ErrorResponseSchema, 429: ErrorResponseSchema },
      },
      config: {
        rateLimit: {
          max: config.loginRateLimit,
          timeWindow: '15 minutes',
          // Per address and account: one attacker cannot lock everyone out, nor try one account from many tabs.
          keyGenerator: (request: FastifyRequest) => `${request.ip}:${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const session = await signIn(ctx, { email: request.body.email, password: request.body.password, ttlHours: config.sessionTtlHours });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecure(request),
        // A relative lifetime: an absolute date would be judged by the browser's clock, and a
        // server clock behind it would make the browser drop the cookie at once.
        maxAge: config.sessionTtlHours * 3600,
      });
      return sessionBody(session.user, session.csrfToken);
    },
  );

  api.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user and the CSRF token', response: { 200: SessionResponseSchema, 401: ErrorResponseSchema } } },
    async (request) => {
      const session = requireSession(request);
      return sessionBody(session.user, session.csrfToken);
    },
  );

  api.patch(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'Remember the interface language', body: UpdateLocaleBodySchema, response: { 200: SessionResponseSchema, 401: ErrorResponseSchema } } },
    async (request) => {
      const session = requireSession(request);
      const user = await setUserLocale(ctx, request.actor, request.body.locale);
      return sessionBody(user, session.csrfToken);
    },
  );

  api.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null().describe('Signed out') } } },
    async (request, reply) => {
      if (request.session) await signOut(ctx, request.session.token);
      clearCookie(request, reply);
      return reply.status(204).send(null);
    },
  );
}
