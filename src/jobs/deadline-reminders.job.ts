import type { FastifyBaseLogger } from 'fastify';
import { systemActor } from '../domain/access/actor.js';
import { sendDeadlineReminders } from '../services/calls/send-deadline-reminders.js';
import type { ServiceContext } from '../services/service-context.js';

// Reminders are counted in days; looking every ten minutes sends each within ten minutes of its
// window opening, and the service's own bookkeeping makes extra runs (or several servers) harmless.
const INTERVAL_MS = 10 * 60_000;

export type ReminderJob = { runOnce(): Promise<{ reminded: number }>; stop(): void };

/** Starts the periodic deadline-reminder job of a server process. */
export function startDeadlineReminders(options: { ctx: ServiceContext; logger: FastifyBaseLogger; intervalMs?: number }): ReminderJob {
  const actor = systemActor('deadline-reminders');
  const runOnce = () => sendDeadlineReminders(options.ctx, actor);
  const tick = () => {
    runOnce().then(
      ({ reminded }) => {
        if (reminded > 0) options.logger.info({ reminded }, 'deadline reminders queued');
      },
      (error: unknown) => options.logger.error({ err: error }, 'deadline reminder pass failed'),
    );
  };
  const timer = setInterval(tick, options.intervalMs ?? INTERVAL_MS);
  timer.unref();
  tick();
  return { runOnce, stop: () => clearInterval(timer) };
}
