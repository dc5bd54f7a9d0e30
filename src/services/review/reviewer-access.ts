import type { Actor } from '../../domain/access/actor.js';
import { findReviewersOfPerson, listPublishedPairs, type AssignedPair } from '../../db/repositories/review.repository.js';
import type { Executor } from '../../db/database.js';
import { unwaivedConflictRefs } from './detect-conflicts.js';

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
  // One person: their conflicts per (call, pool) they have pairs in.
  const conflicted = new Map<string, Set<string>>();
  for (const pair of pairs) {
    const pool = `${pair.callId}:${pair.agency}`;
    if (!conflicted.has(pool)) conflicted.set(pool, await unwaivedConflictRefs(db, { callId: pair.callId, agency: pair.agency, personRef: pair.reviewer.personRef }));
  }
  return pairs.filter((pair) => !conflicted.get(`${pair.callId}:${pair.agency}`)?.has(pair.proposalRef));
}

/**
 * Whether the actor reviews this proposal under a published assignment without an unwaived
 * conflict: such a reviewer may read the proposal's documents (list-documents, read-document).
 */
export async function isAssignedReviewer(db: Executor, actor: Actor, proposalRef: string): Promise<boolean> {
  return (await listReviewablePairs(db, actor, proposalRef)).length > 0;
}
