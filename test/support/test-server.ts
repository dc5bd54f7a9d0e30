import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import net, { type AddressInfo } from 'node:net';
import { buildApp } from '../../src/api/build-app.js';
import { loadConfig } from '../../src/config.js';
import { systemActor } from '../../src/domain/access/actor.js';
import { systemClock } from '../../src/domain/time.js';
import type { ServiceContext } from '../../src/services/service-context.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { openTestDatabase } from './test-db.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built web UI that the server hands to the browser (`npm run build` writes it). */
export const webDir = path.join(repositoryRoot, 'dist', 'web');

export type TestServer = {
  /** Base address without a trailing slash, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /**
   * The services' context of the server (its database and clock), for a test that checks what the
   * browser cannot see, e.g. the mail outbox table.
   */
  readonly ctx: ServiceContext;
  /**
   * Closes the server and disposes of its database. With `passed` false, a PostgreSQL schema is
   * kept for inspection, as test-db.ts does for a failed file.
   */
  close(passed?: boolean): Promise<void>;
};

/**
 * A real HTTP server for browser tests: a fresh test database (PGlite in memory, or a fresh schema
 * on DATABASE_URL) holding the demo and its sign-ins, and the built web UI, listening on
 * 127.0.0.1 at a free port. PUBLIC_URL is the server's own address, so the links in its mails
 * (invitations) lead back to it. Throws when the web UI has not been built.
 */
export async function startTestServer(): Promise<TestServer> {
  const index = path.join(webDir, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`The web UI is not built (${index} is missing): run "npm run build" before the browser tests.`);
  }
  const { database, dispose } = await openTestDatabase();
  try {
    // The browser's clock is real, so the server's must be too: with test-db's pinned clock
    // (2026-04-01) a session cookie could already have expired for the browser when it is set.
    const ctx: ServiceContext = { ...database.ctx, clock: systemClock };
    await loadDemo(ctx, systemActor('e2e'));
    const { app, url } = await listenWithOwnPublicUrl(ctx);
    let isClosed = false;
    return {
      url,
      ctx,
      close: async (passed = true) => {
        if (isClosed) return;
        isClosed = true;
        try {
          await app.close();
        } finally {
          await dispose(passed);
        }
      },
    };
  } catch (error) {
    await dispose(false);
    throw error;
  }
}

/**
 * Builds the app with PUBLIC_URL set to the address it then listens on. The port must be known
 * before the app is built (the config is read when routes are registered), so a free port is
 * found first; should another process take it in between, another port is tried.
 */
async function listenWithOwnPublicUrl(ctx: ServiceContext): Promise<{ app: Awaited<ReturnType<typeof buildApp>>; url: string }> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // Every test signs in, often as the same demo user from the same address: the default limit
    // of 10 sign-ins per 15 minutes would turn later tests into TOO_MANY_ATTEMPTS.
    const config = loadConfig({ KAKEHASHI_WEB_DIR: webDir, LOGIN_RATE_LIMIT: '1000', PUBLIC_URL: url });
    const app = await buildApp({ ctx, config });
    try {
      await app.listen({ host: '127.0.0.1', port });
      return { app, url };
    } catch (error) {
      await app.close();
      const isTaken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!isTaken || attempt >= 5) throw error;
    }
  }
}

/** A port on 127.0.0.1 that was free a moment ago (the system picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ host: '127.0.0.1', port: 0 }, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
