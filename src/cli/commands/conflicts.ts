import { systemActor } from '../../domain/access/actor.js';
import { listConflicts } from '../../services/review/detect-conflicts.js';
import { printJson, withDatabase, type CommandEnvironment } from '../cli-io.js';

/** `kakehashi conflicts --call C [--agency A]`: every conflicted pair with every reason. */
export async function conflictsCommand(env: CommandEnvironment, options: { call: string; agency?: string; format: string }): Promise<void> {
  const report = await withDatabase(env, (ctx) => listConflicts(ctx, systemActor('cli'), { callCode: options.call, agency: options.agency ?? null }));
  if (options.format === 'json') {
    printJson(env.io, report);
    return;
  }
  if (report.conflicts.length === 0) {
    env.io.stdout(`No conflicts in ${report.call}.\n`);
    return;
  }
  for (const conflict of report.conflicts) env.io.stdout(`${conflict.proposal}  ${conflict.agency}  ${conflict.reviewer}  ${conflict.reasons.join(', ')}\n`);
}
