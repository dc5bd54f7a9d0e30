import { systemActor } from '../../domain/access/actor.js';
import { computeScores, toScoresReport } from '../../services/review/compute-scores.js';
import { printJson, withDatabase, type CommandEnvironment } from '../cli-io.js';

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

/**
 * `kakehashi scores --call C --agency A`: the scores of agency A's submitted reviews of call C.
 * With `--format json` prints exactly the document; a submitted review that lacks a
 * criterion score (written around the platform's checks) is left out and named on stderr.
 */
export async function scoresCommand(env: CommandEnvironment, options: { call: string; agency: string; format: string }): Promise<void> {
  const view = await withDatabase(env, (ctx) => computeScores(ctx, systemActor('cli'), { callCode: options.call, agency: options.agency }));
  for (const review of view.incomplete) {
    env.io.stderr(`warning: the submitted review of ${review.proposal} by ${review.reviewer} lacks a score for ${review.missing.join(', ')} and is not counted\n`);
  }
  if (options.format === 'json') {
    printJson(env.io, toScoresReport(view));
    return;
  }
  if (view.proposals.length === 0) {
    env.io.stdout(`No submitted ${view.agency} reviews in ${view.call}.\n`);
    return;
  }
  env.io.stdout(`${view.call}  ${view.agency}\nproposal\treviews\traw\tnormalized\tpercentile\tmin–max\n`);
  for (const entry of view.proposals) {
    env.io.stdout(
      `${entry.proposal}\t${entry.reviewCount}\t${fixed(entry.raw, 3)}\t${fixed(entry.normalized, 3)}\t${fixed(entry.percentile, 1)}\t${fixed(entry.spread.min, 2)}–${fixed(entry.spread.max, 2)}\n`,
    );
  }
  if (view.drafts > 0) env.io.stdout(`${view.drafts} draft review(s) not counted.\n`);
}
