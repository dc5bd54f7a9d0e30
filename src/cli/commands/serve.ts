import { systemActor } from '../../domain/access/actor.js';
import { createDatabase } from '../../db/create-db.js';
import { migrateToLatest } from '../../db/migrate.js';
import { systemClock } from '../../domain/time.js';
import { demoSignIns, isDatabaseEmpty, loadDemo } from '../../services/demo/load-demo.js';
import type { CommandEnvironment } from '../cli-io.js';

/**
 * `kakehashi serve [--port N] [--demo-if-empty]`: migrates, loads the demo into an empty
 * database when asked (that is what `npm start` does), listens, and shuts down cleanly on
 * SIGINT or SIGTERM so PGlite's files are closed properly.
 */
export async function serveCommand(env: CommandEnvironment, options: { port?: string; demoIfEmpty?: boolean }): Promise<void> {
  const startedAt = performance.now();
  const handle = await createDatabase(env.config);
  const ctx = { db: handle.db, clock: systemClock };
  try {
    await migrateToLatest(handle.db);
    if (options.demoIfEmpty && (await isDatabaseEmpty(ctx))) {
      env.io.stdout('Loading the demo (first start)…\n');
      await loadDemo(ctx, systemActor('serve'));
    }
    const { startServer } = await import('../../api/server.js');
    const server = await startServer({ ctx, config: env.config, ...(options.port ? { port: Number(options.port) } : {}) });
    // After listening, so a port already in use fails before any mail goes out.
    const { startMailWorker } = await import('../../jobs/mail-worker.js');
    const mailWorker = startMailWorker({ ctx, config: env.config, logger: server.app.log });
    const { startDeadlineReminders } = await import('../../jobs/deadline-reminders.job.js');
    const reminders = startDeadlineReminders({ ctx, logger: server.app.log });
    const engine = handle.engine === 'pglite' && env.config.database.engine === 'pglite' ? `embedded PostgreSQL (PGlite) in ${env.config.database.dataDir}` : 'PostgreSQL server (DATABASE_URL)';
    env.io.stdout(`\nKakehashi is running at ${server.url}  (ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s, ${engine})\n`);
    const signIns = await demoSignIns(ctx);
    if (signIns.length > 0) {
      env.io.stdout(`\nDemo sign-ins (password for all: ${signIns[0]?.password}):\n`);
      const width = Math.max(...signIns.map((signIn) => signIn.email.length));
      for (const signIn of signIns) env.io.stdout(`  ${signIn.email.padEnd(width)}  ${signIn.roles}\n`);
    }
    env.io.stdout('\nAPI: /api/openapi.json · health: /healthz · stop: Ctrl+C\n');
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        env.io.stdout('\nStopping…\n');
        // The worker first: its pass under way finishes while the database is still open.
        reminders.stop();
        void mailWorker.stop().then(() => server.close()).then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  } finally {
    await handle.close();
  }
}
