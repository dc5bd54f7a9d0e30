import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { deleteAssignmentConstraint, upsertAssignmentConstraint } from '../../db/repositories/assignment.repository.js';
import type { AssignmentView } from '../../contracts/assignment.schemas.js';
import { loadTokenizer } from '../search/tokenizer.js';
import type { ServiceContext } from '../service-context.js';
import { loadAssignmentSide, proposalIndexOf, reviewerIndexOf } from './load-assignment-side.js';
import { buildAssignmentView } from './view-assignment.js';

/**
 * Pins a pair into the agency's next solve, forbids it, or clears either. The stored assignment
 * is not changed: a pin or forbid it breaks shows as a violation until the officer solves again
 * or edits the pair. Pinning a conflicted pair is allowed (the solve then names it); waiving the
 * conflict is a separate, reasoned act. Answers the whole view.
 *
 * Throws NOT_FOUND (call), UNAUTHENTICATED, FORBIDDEN (not the agency's officer) and
 * VALIDATION_FAILED (the agency does not review the call; the proposal is not on its side or
 * the reviewer not in its pool).
 */
export async function setAssignmentConstraint(
  ctx: ServiceContext,
  actor: Actor | null,
  input: { callCode: string; agency: string; proposal: string; reviewer: string; kind: 'pin' | 'forbid' | 'clear' },
): Promise<AssignmentView> {
  await loadTokenizer();
  return ctx.db.transaction().execute(async (tx) => {
    const loaded = await loadAssignmentSide(tx, actor, input);
    const proposal = loaded.proposals[proposalIndexOf(loaded, input.proposal, 'proposal')];
    const reviewer = loaded.reviewers[reviewerIndexOf(loaded, input.reviewer, 'reviewer')];
    if (!proposal || !reviewer) throw new Error('unreachable: indices come from the loaded side');
    const now = ctx.clock.now();
    const by = actorLabel(loaded.actor);
    const pair = { proposalId: proposal.id, reviewerId: reviewer.id };
    const previous = input.kind === 'clear' ? await deleteAssignmentConstraint(tx, pair) : await upsertAssignmentConstraint(tx, { ...pair, kind: input.kind, setBy: by, setAt: now });
    await appendAudit(tx, {
      at: now,
      actor: by,
      action: 'assignment.constraint',
      subjectType: 'assignment',
      subject: `${loaded.side.callCode}/${loaded.side.agencyCode}`,
      changes: { proposal: input.proposal, reviewer: input.reviewer, from: previous, to: input.kind === 'clear' ? null : input.kind },
    });
    return buildAssignmentView(tx, await loadAssignmentSide(tx, actor, input));
  });
}
