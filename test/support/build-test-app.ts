import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/api/build-app.js';
import { loadConfig } from '../../src/config.js';
import { systemActor } from '../../src/domain/access/actor.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { DEMO_PASSWORD } from '../../src/demo/demo-users.js';
import { useTestDatabase, type TestDatabase } from './test-db.js';

/** The app on this file's test database with the demo loaded; requests go through `inject`, no port. */
export function useTestApp(options: { loginRateLimit?: number } = {}): { readonly app: FastifyInstance; readonly database: TestDatabase } {
  const database = useTestDatabase();
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    await loadDemo(database.ctx, systemActor('test'));
    // A real web directory, so the app registers the same plugins as in production.
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Kakehashi</title><div id="root"></div>');
    const config = loadConfig({ KAKEHASHI_WEB_DIR: webDir, LOGIN_RATE_LIMIT: String(options.loginRateLimit ?? 1000) });
    app = await buildApp({ ctx: database.ctx, config });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });
  return {
    get app() {
      if (!app) throw new Error('the app is built in beforeAll');
      return app;
    },
    database,
  };
}

export type SignedIn = { cookie: string; csrfToken: string };

/** Signs a demo user in and returns the cookie and CSRF token to send with later requests. */
export async function signInAs(app: FastifyInstance, email: string): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${response.body}`);
  return { cookie: sessionCookie(response), csrfToken: response.json<{ csrfToken: string }>().csrfToken };
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((item) => item.name === 'kakehashi_session');
  if (!cookie) throw new Error('no session cookie');
  return `kakehashi_session=${cookie.value}`;
}
