import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { deleteAssignmentPair, insertAssignmentPair, listAssignmentPairs, markAssignmentEdited } from '../../db/repositories/assignment.repository.js';
import type { AssignmentView } from '../../contracts/assignment.schemas.js';
import { loadTokenizer } from '../search/tokenizer.js';
import type { ServiceContext } from '../service-context.js';
import { computeSideAffinities } from './compute-affinity.js';
import { loadAssignmentSide, lockDraftAssignment, proposalIndexOf, reviewerIndexOf } from './load-assignment-side.js';
import { buildAssignmentView } from './view-assignment.js';

/**
 * Adds a pair to the agency's draft assignment by hand, or removes one. Any pair of the side and
 * the pool may be added, even one that breaks a constraint (a conflicted or forbidden pair, a
 * full reviewer): the answer lists every violation, so the officer sees at once what the edit
 * broke, and publishing is refused until none is left. An added pair gets its computed affinity.
 *
 * Throws NOT_FOUND (call), UNAUTHENTICATED, FORBIDDEN (not the agency's officer),
 * VALIDATION_FAILED (no draft to edit yet; the proposal is not on the side or the reviewer not in
 * the pool) and ASSIGNMENT_PUBLISHED (a published assignment is changed only by solving again).
 */
export async function editAssignment(
  ctx: ServiceContext,
  actor: Actor | null,
  input: { callCode: string; agency: string; proposal: string; reviewer: string; action: 'add' | 'remove' },
): Promise<AssignmentView> {
  await loadTokenizer();
  return ctx.db.transaction().execute(async (tx) => {
    const loaded = await loadAssignmentSide(tx, actor, input);
    const { side } = loaded;
    const assignment = await lockDraftAssignment(tx, side, 'edit');
    const proposalIndex = proposalIndexOf(loaded, input.proposal, 'proposal');
    const reviewerIndex = reviewerIndexOf(loaded, input.reviewer, 'reviewer');
    const proposal = loaded.proposals[proposalIndex];
    const reviewer = loaded.reviewers[reviewerIndex];
    if (!proposal || !reviewer) throw new Error('unreachable: indices come from the loaded side');
    const pair = { proposalId: proposal.id, reviewerId: reviewer.id };
    let isChanged: boolean;
    let affinity: number | null = null;
    if (input.action === 'add') {
      affinity = (await computeSideAffinities(loaded.proposals, loaded.reviewers)).score(proposalIndex, reviewerIndex);
      isChanged = await insertAssignmentPair(tx, assignment.id, { ...pair, affinity, source: 'manual' });
    } else {
      isChanged = await deleteAssignmentPair(tx, assignment.id, pair);
    }
    if (isChanged) {
      const now = ctx.clock.now();
      const objective = (await listAssignmentPairs(tx, assignment.id)).reduce((total, stored) => total + stored.affinity, 0);
      await markAssignmentEdited(tx, assignment.id, { objective, editedAt: now });
      await appendAudit(tx, {
        at: now,
        actor: actorLabel(loaded.actor),
        action: `assignment.pair.${input.action}`,
        subjectType: 'assignment',
        subject: `${side.callCode}/${side.agencyCode}`,
        changes: { proposal: input.proposal, reviewer: input.reviewer, ...(affinity === null ? {} : { affinity }), objective },
      });
    }
    return buildAssignmentView(tx, loaded);
  });
}
