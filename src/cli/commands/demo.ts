import { systemActor } from '../../domain/access/actor.js';
import { loadDemo } from '../../services/demo/load-demo.js';
import { printJson, withDatabase, type CommandEnvironment } from '../cli-io.js';

/** `kakehashi demo`: loads the demo data and sign-ins (idempotent). */
export async function demoCommand(env: CommandEnvironment, options: { format: string }): Promise<void> {
  const outcome = await withDatabase(env, (ctx) => loadDemo(ctx, systemActor('cli')));
  if (options.format === 'json') {
    printJson(env.io, {
      imported: outcome.counts,
      usersCreated: outcome.usersCreated,
      signIns: outcome.users.map((user) => ({ email: user.email, password: outcome.password, roles: user.roles })),
    });
    return;
  }
  env.io.stdout(`Loaded the demo: ${outcome.counts.calls} calls, ${outcome.counts.proposals} proposals, ${outcome.usersCreated} new sign-ins.\n`);
}
