import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { actorOf, resumeSession, type Session } from '../../services/auth/sessions.js';
import type { ServiceContext } from '../../services/service-context.js';

export const SESSION_COOKIE = 'kakehashi_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Reads the session cookie on every request and, for requests that change state, requires the
 * session's CSRF token in the `x-csrf-token` header (the cookie alone proves nothing: a browser
 * sends it with forged cross-site requests too).
 */
export function registerAuth(app: FastifyInstance, ctx: ServiceContext): void {
  app.decorateRequest('session', null);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resumeSession(ctx, token);
    if (!session) return;
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError('CSRF_TOKEN_INVALID');
    }
    request.session = session;
    request.actor = actorOf(session.user);
  });
}
