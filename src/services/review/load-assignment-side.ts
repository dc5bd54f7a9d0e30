import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { checkAssignment, type AssignmentViolation, type CheckedPair } from '../../domain/review/assignment-check.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import {
  findAssignment,
  findReviewSide,
  listAssignmentConstraints,
  listPoolReviewers,
  listSideProposals,
  type AssignmentConstraintRow,
  type AssignmentRow,
  type PoolReviewer,
  type ReviewSide,
  type SideProposal,
  type StoredPair,
} from '../../db/repositories/assignment.repository.js';
import type { Executor } from '../../db/database.js';
import { computeCallConflicts, type CallConflict } from './detect-conflicts.js';

/** Reviewers per proposal when neither the officer nor the call says (issue 5). */
export const DEFAULT_PER_PROPOSAL = 3;

/** Everything an agency's assignment in a call is decided from, read in one transaction. */
export type AssignmentSide = {
  /** The actor, checked: may run this agency's review. */
  actor: Actor;
  side: ReviewSide;
  proposals: SideProposal[];
  reviewers: PoolReviewer[];
  /** Conflicts of this pool with the side's proposals, waived ones included and marked. */
  conflicts: CallConflict[];
  constraints: AssignmentConstraintRow[];
  proposalIndex: Map<string, number>;
  reviewerIndex: Map<string, number>;
};

/** A published assignment changes only by solving again with replacePublished. */
export function publishedError(side: ReviewSide, assignment: AssignmentRow): AppError {
  return new AppError('ASSIGNMENT_PUBLISHED', { params: { call: side.callCode, agency: side.agencyCode, publishedAt: assignment.publishedAt?.toISOString() ?? '' } });
}

/**
 * The side's draft assignment, locked for the rest of the transaction, for a use case that
 * changes it (`edit`) or publishes it (`publish`). Throws VALIDATION_FAILED when none was solved
 * yet and ASSIGNMENT_PUBLISHED when it is published already.
 */
export async function lockDraftAssignment(tx: Executor, side: ReviewSide, purpose: 'edit' | 'publish'): Promise<AssignmentRow> {
  const assignment = await findAssignment(tx, side, { lock: true });
  if (!assignment) {
    const message =
      purpose === 'edit'
        ? { en: `${side.agencyCode} has no assignment in ${side.callCode} yet: solve it first, then edit it.`, ja: `${side.callCode} の ${side.agencyCode} の割り当てはまだありません。先に割り当てを求めてから編集してください。` }
        : { en: `${side.agencyCode} has no assignment in ${side.callCode} to publish: solve it first.`, ja: `${side.callCode} の ${side.agencyCode} には公開する割り当てがありません。先に割り当てを求めてください。` };
    throw new AppError('VALIDATION_FAILED', { params: { count: 1 }, issues: [{ path: 'assignment', message }] });
  }
  if (assignment.status === 'published') throw publishedError(side, assignment);
  return assignment;
}

function notReviewing(agency: string, call: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    params: { count: 1 },
    issues: [
      {
        path: 'agency',
        message: {
          en: `${agency} has no reviewing side in the call ${call}: only an agency whose side reviews has an assignment.`,
          ja: `${agency} は公募 ${call} で審査を行う側ではありません。割り当てがあるのは審査を行う側の機関だけです。`,
        },
      },
    ],
  });
}

/**
 * Loads an agency's side of a call for its assignment, after checking that the actor may run
 * that agency's review. Throws NOT_FOUND (call), UNAUTHENTICATED, FORBIDDEN and
 * VALIDATION_FAILED (the agency has no reviewing side in the call).
 */
export async function loadAssignmentSide(db: Executor, actor: Actor | null, input: { callCode: string; agency: string }): Promise<AssignmentSide> {
  const call = await findCallAccess(db, input.callCode);
  if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: input.callCode } });
  assertCan(actor, { type: 'review.manage', call, agency: input.agency });
  const side = await findReviewSide(db, call.id, input.agency);
  if (!side || !side.isReviewing) throw notReviewing(input.agency, call.code);
  const proposals = await listSideProposals(db, side);
  const reviewers = await listPoolReviewers(db, side.agencyId);
  const proposalRefs = new Set(proposals.map((proposal) => proposal.ref));
  const conflicts = (await computeCallConflicts(db, call.id, input.agency)).filter((conflict) => proposalRefs.has(conflict.proposal));
  const constraints = await listAssignmentConstraints(db, side);
  return {
    actor,
    side,
    proposals,
    reviewers,
    conflicts,
    constraints,
    proposalIndex: new Map(proposals.map((proposal, index) => [proposal.ref, index])),
    reviewerIndex: new Map(reviewers.map((reviewer, index) => [reviewer.personRef, index])),
  };
}

function notOnSide(path: string, what: 'proposal' | 'reviewer', ref: string, side: ReviewSide): AppError {
  const en = what === 'proposal'
    ? `${ref} is not a submitted proposal reviewed by ${side.agencyCode} in ${side.callCode}.`
    : `${ref} is not in the reviewer pool of ${side.agencyCode}.`;
  const ja = what === 'proposal'
    ? `${ref} は ${side.callCode} で ${side.agencyCode} が審査する提出済みの提案ではありません。`
    : `${ref} は ${side.agencyCode} の審査委員候補ではありません。`;
  return new AppError('VALIDATION_FAILED', { params: { count: 1 }, issues: [{ path, message: { en, ja } }] });
}

/** The index of a proposal of the side; VALIDATION_FAILED at `path` when it is not one. */
export function proposalIndexOf(loaded: AssignmentSide, ref: string, path: string): number {
  const index = loaded.proposalIndex.get(ref);
  if (index === undefined) throw notOnSide(path, 'proposal', ref, loaded.side);
  return index;
}

/** The index of a reviewer (person ref) of the pool; VALIDATION_FAILED at `path` when not in it. */
export function reviewerIndexOf(loaded: AssignmentSide, ref: string, path: string): number {
  const index = loaded.reviewerIndex.get(ref);
  if (index === undefined) throw notOnSide(path, 'reviewer', ref, loaded.side);
  return index;
}

/** Conflicted pairs that no officer waived: the assignment never uses them. */
export function unwaivedConflicts(loaded: AssignmentSide): CheckedPair[] {
  return loaded.conflicts.filter((conflict) => !conflict.waived).map(({ proposal, reviewer }) => ({ proposal, reviewer }));
}

/** The pairs of one kind of constraint, by refs. */
export function constraintPairs(loaded: AssignmentSide, kind: 'pin' | 'forbid'): CheckedPair[] {
  return loaded.constraints.filter((constraint) => constraint.kind === kind).map(({ proposal, reviewer }) => ({ proposal, reviewer }));
}

/**
 * Stored pairs by refs. A pair whose proposal has left the side (withdrawn after solving) or
 * whose reviewer has left the pool keeps an id-based ref and shows up as an unknown pair.
 */
export function pairRefs(loaded: AssignmentSide, pairs: readonly StoredPair[]): Array<CheckedPair & StoredPair> {
  const proposals = new Map(loaded.proposals.map((proposal) => [proposal.id, proposal.ref]));
  const reviewers = new Map(loaded.reviewers.map((reviewer) => [reviewer.id, reviewer.personRef]));
  return pairs.map((pair) => ({
    ...pair,
    proposal: proposals.get(pair.proposalId) ?? `#${pair.proposalId}`,
    reviewer: reviewers.get(pair.reviewerId) ?? `#${pair.reviewerId}`,
  }));
}

/** Every violation of the stored pairs against the side's constraints today. */
export function violationsOf(loaded: AssignmentSide, pairs: readonly CheckedPair[], perProposal: number): AssignmentViolation[] {
  return checkAssignment({
    proposals: loaded.proposals.map((proposal) => ({ key: proposal.ref, coverage: perProposal })),
    reviewers: loaded.reviewers.map((reviewer) => ({ key: reviewer.personRef, minLoad: reviewer.minLoad, maxLoad: reviewer.maxLoad })),
    pairs,
    conflicted: unwaivedConflicts(loaded),
    forbidden: constraintPairs(loaded, 'forbid'),
    pinned: constraintPairs(loaded, 'pin'),
  });
}

/** Reviewers per proposal: the officer's choice, else the call's, else 3. */
export function perProposalOf(side: ReviewSide, requested: number | undefined): number {
  return requested ?? side.reviewsPerProposal ?? DEFAULT_PER_PROPOSAL;
}
