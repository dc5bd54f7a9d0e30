import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serves the built web UI. Paths that are not API calls and not files get index.html, so the
 * browser's router handles deep links like /calls/ASPIRE-2022-TRIAL/statistics.
 * Returns the fallback for the not-found handler, or null when the UI has not been built.
 */
export async function registerWeb(app: FastifyInstance, webDir: string): Promise<((request: FastifyRequest, reply: FastifyReply) => boolean) | null> {
  const index = path.join(webDir, 'index.html');
  if (!fs.existsSync(index)) {
    app.log.warn(`The web UI is not built (no ${index}); run "npm run build". The API still works.`);
    return null;
  }
  await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false, cacheControl: true, maxAge: '1h' });
  const html = fs.readFileSync(index, 'utf8');
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html));
  return (request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
    if (!isPage) return false;
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    return true;
  };
}
