import { systemActor } from '../../domain/access/actor.js';
import { AppError } from '../../domain/app-error.js';
import type { AssignmentView } from '../../contracts/assignment.schemas.js';
import type { ConflictEntryOut } from '../../contracts/conflict.schemas.js';
import { addConflict } from '../../services/review/declare-conflict.js';
import { publishAssignment } from '../../services/review/publish-assignment.js';
import { reopenReview } from '../../services/review/reopen-review.js';
import { setAssignmentConstraint } from '../../services/review/set-assignment-constraint.js';
import { viewAssignment } from '../../services/review/view-assignment.js';
import { unwaiveConflict, waiveConflict } from '../../services/review/waive-conflict.js';
import { printJson, withDatabase, type CommandEnvironment } from '../cli-io.js';

/**
 * The officers' review actions from the command line, each the same use case the web page and
 * the API call: recording and waiving conflicts, pinning and forbidding pairs, publishing an
 * assignment, reopening a submitted review. The CLI acts as the platform (`system:cli`).
 */

type ConflictAction = 'add' | 'waive' | 'unwaive';
type AssignmentAction = 'show' | 'pin' | 'forbid' | 'clear' | 'publish';

type PairOptions = { call: string; agency: string; proposal?: string; reviewer?: string; reason?: string; format: string };

const ACTOR = systemActor('cli');

/** The option an action needs, or a VALIDATION_FAILED naming it (exit 1, nothing changed). */
function required(value: string | undefined, option: string, action: string): string {
  if (value !== undefined && value.trim() !== '') return value;
  throw new AppError('VALIDATION_FAILED', {
    params: { count: 1 },
    issues: [{ path: option, message: { en: `${action} needs ${option}`, ja: `${action} には ${option} が必要です` } }],
  });
}

/** `kakehashi conflict add|waive|unwaive --call C --agency A --proposal P --reviewer R [--reason TEXT]`. */
export async function conflictCommand(env: CommandEnvironment, action: ConflictAction, options: PairOptions): Promise<void> {
  const proposal = required(options.proposal, '--proposal', `conflict ${action}`);
  const reviewer = required(options.reviewer, '--reviewer', `conflict ${action}`);
  const pair = { callCode: options.call, agency: options.agency, proposal, reviewer };
  const entry = await withDatabase(env, async (ctx): Promise<ConflictEntryOut | null> => {
    switch (action) {
      case 'add':
        return addConflict(ctx, ACTOR, { callCode: options.call, body: { proposal, reviewer, agency: options.agency, reason: required(options.reason, '--reason', 'conflict add') } });
      case 'waive':
        return waiveConflict(ctx, ACTOR, { ...pair, body: { reason: required(options.reason, '--reason', 'conflict waive') } });
      case 'unwaive':
        return unwaiveConflict(ctx, ACTOR, pair);
    }
  });
  if (options.format === 'json') {
    printJson(env.io, { call: options.call, action, conflict: entry });
    return;
  }
  if (!entry) {
    env.io.stdout(`${proposal}  ${options.agency}  ${reviewer}: no conflict any more\n`);
    return;
  }
  const waived = entry.waived ? `  waived: ${entry.waived.reason}` : '';
  env.io.stdout(`${entry.proposal}  ${entry.agency}  ${entry.reviewer}  ${entry.reasons.join(', ')}${waived}\n`);
}

/** What `kakehashi assignment … --format json` prints: the assignment's state, its pairs and what it breaks. */
function assignmentSummary(view: AssignmentView) {
  return {
    call: view.call,
    agency: view.agency,
    status: view.status,
    perProposal: view.perProposal,
    objective: view.objective,
    publishedAt: view.publishedAt,
    ...(view.mailed !== undefined ? { mailed: view.mailed } : {}),
    constraints: view.constraints,
    violations: view.violations,
    assignments: view.proposals.flatMap((proposal) => proposal.reviewers.map((reviewer) => ({ proposal: proposal.proposal, reviewer: reviewer.reviewer, affinity: reviewer.affinity, source: reviewer.source }))),
  };
}

/** `kakehashi assignment show|pin|forbid|clear|publish --call C --agency A [--proposal P --reviewer R]`. */
export async function assignmentCommand(env: CommandEnvironment, action: AssignmentAction, options: PairOptions): Promise<void> {
  const side = { callCode: options.call, agency: options.agency };
  const view = await withDatabase(env, async (ctx) => {
    switch (action) {
      case 'show':
        return viewAssignment(ctx, ACTOR, side);
      case 'publish':
        return publishAssignment(ctx, ACTOR, { ...side, publicUrl: env.config.publicUrl });
      case 'pin':
      case 'forbid':
      case 'clear':
        return setAssignmentConstraint(ctx, ACTOR, {
          ...side,
          proposal: required(options.proposal, '--proposal', `assignment ${action}`),
          reviewer: required(options.reviewer, '--reviewer', `assignment ${action}`),
          kind: action,
        });
    }
  });
  const summary = assignmentSummary(view);
  if (options.format === 'json') {
    printJson(env.io, summary);
    return;
  }
  const mailed = summary.mailed !== undefined ? `, ${summary.mailed} reviewer(s) mailed` : '';
  env.io.stdout(`${summary.call} ${summary.agency}: ${summary.status}, ${summary.assignments.length} pairs, total affinity ${summary.objective.toFixed(6)}${mailed}\n`);
  for (const constraint of summary.constraints) env.io.stdout(`${constraint.kind}  ${constraint.proposal}  ${constraint.reviewer}\n`);
  for (const violation of summary.violations) env.io.stdout(`violation: ${violation.kind} ${violation.proposal ?? ''} ${violation.reviewer ?? ''}\n`);
}

/** `kakehashi reopen-review --call C --agency A --proposal P --reviewer R --reason TEXT`. */
export async function reopenReviewCommand(env: CommandEnvironment, options: PairOptions): Promise<void> {
  const input = {
    callCode: options.call,
    agency: options.agency,
    proposalRef: required(options.proposal, '--proposal', 'reopen-review'),
    reviewerRef: required(options.reviewer, '--reviewer', 'reopen-review'),
    reason: required(options.reason, '--reason', 'reopen-review'),
    publicUrl: env.config.publicUrl,
  };
  const result = await withDatabase(env, (ctx) => reopenReview(ctx, ACTOR, input));
  if (options.format === 'json') {
    printJson(env.io, result);
    return;
  }
  env.io.stdout(`Reopened the review of ${input.proposalRef} by ${input.reviewerRef}${result.mailed ? '; the reviewer was mailed' : '; the reviewer has no mail address'}.\n`);
}
