import type { Actor } from '../../domain/access/actor.js';
import { findReviewersOfPerson, listPublishedPairs, type AssignedPair } from '../../db/repositories/review.repository.js';
import type { Executor } from '../../db/database.js';
import { computeCallConflicts } from './detect-conflicts.js';

/**
 * The pairs the signed-in user's reviewer rows review — published assignments, and reviews
 * they already wrote (see listPublishedPairs) — (optionally
 * for one proposal), without any pair that has an unwaived conflict: a reviewer never sees a
 * proposal they conflict with, even if an assignment names it. Conflicts are computed now, so
 * one declared or detected after publication hides the proposal at once. Empty for anyone who
 * is not a reviewer (no person, no pool, nothing published).
 */
export async function listReviewablePairs(db: Executor, actor: Actor, proposalRef?: string): Promise<AssignedPair[]> {
  if (actor.kind !== 'user' || actor.personRef === null) return [];
  const reviewers = await findReviewersOfPerson(db, actor.personRef);
  const pairs = await listPublishedPairs(db, { reviewers, ...(proposalRef !== undefined ? { proposalRef } : {}) });
  if (pairs.length === 0) return [];
  const conflicted = new Set<string>();
  const pools = new Map(pairs.map((pair) => [`${pair.callId}:${pair.agency}`, pair]));
  for (const pair of pools.values()) {
    for (const conflict of await computeCallConflicts(db, pair.callId, pair.agency)) {
      if (!conflict.waived) conflicted.add(`${pair.callId}:${conflict.agency}:${conflict.proposal}:${conflict.reviewer}`);
    }
  }
  return pairs.filter((pair) => !conflicted.has(`${pair.callId}:${pair.agency}:${pair.proposalRef}:${pair.reviewer.personRef}`));
}

/**
 * Whether the actor reviews this proposal under a published assignment without an unwaived
 * conflict: such a reviewer may read the proposal's documents (list-documents, read-document).
 */
export async function isAssignedReviewer(db: Executor, actor: Actor, proposalRef: string): Promise<boolean> {
  return (await listReviewablePairs(db, actor, proposalRef)).length > 0;
}
