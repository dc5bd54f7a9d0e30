import { pickText, type BilingualText } from '../../domain/bilingual-text.js';
import type { Actor } from '../../domain/access/actor.js';
import { findAssignment, listAssignmentPairs } from '../../db/repositories/assignment.repository.js';
import type { Executor } from '../../db/database.js';
import type { AssignmentView } from '../../contracts/assignment.schemas.js';
import { loadTokenizer } from '../search/tokenizer.js';
import type { ServiceContext } from '../service-context.js';
import { renderViolation } from './assignment-messages.js';
import { computeSideAffinities } from './compute-affinity.js';
import { DEFAULT_PER_PROPOSAL, loadAssignmentSide, pairRefs, violationsOf, type AssignmentSide } from './load-assignment-side.js';

function both(text: BilingualText): { en: string; ja: string } {
  return { en: pickText(text, 'en'), ja: pickText(text, 'ja') };
}

/**
 * The officers' view of an agency's assignment, built inside the caller's transaction from
 * what `loaded` read: each proposal with its reviewers (affinity, shared terms, who put the pair
 * there), each reviewer with its load, the pins and forbids, the conflicts, and every violation.
 */
export async function buildAssignmentView(db: Executor, loaded: AssignmentSide): Promise<AssignmentView> {
  const { side, proposals, reviewers } = loaded;
  const defaultPerProposal = side.reviewsPerProposal ?? DEFAULT_PER_PROPOSAL;
  const stored = await findAssignment(db, side);
  const pairs = stored ? pairRefs(loaded, await listAssignmentPairs(db, stored.id)) : [];
  const perProposal = stored?.perProposal ?? defaultPerProposal;
  const matrix = pairs.length > 0 ? await computeSideAffinities(proposals, reviewers) : null;
  const load = new Map<string, number>();
  for (const pair of pairs) load.set(pair.reviewer, (load.get(pair.reviewer) ?? 0) + 1);
  const nameOf = new Map(reviewers.map((reviewer) => [reviewer.personRef, both(reviewer.name)]));

  const view: AssignmentView = {
    call: side.callCode,
    agency: side.agencyCode,
    status: stored?.status ?? 'none',
    defaultPerProposal,
    perProposal,
    objective: pairs.reduce((total, pair) => total + pair.affinity, 0),
    solvedBy: stored?.solvedBy ?? null,
    solvedAt: stored?.solvedAt.toISOString() ?? null,
    editedAt: stored?.editedAt?.toISOString() ?? null,
    publishedBy: stored?.publishedBy ?? null,
    publishedAt: stored?.publishedAt?.toISOString() ?? null,
    proposals: proposals.map((proposal, proposalIndex) => ({
      proposal: proposal.ref,
      title: both(proposal.title),
      field: proposal.field,
      reviewers: pairs
        .filter((pair) => pair.proposal === proposal.ref)
        .map((pair) => {
          const reviewerIndex = loaded.reviewerIndex.get(pair.reviewer);
          return {
            reviewer: pair.reviewer,
            name: nameOf.get(pair.reviewer) ?? { en: pair.reviewer, ja: pair.reviewer },
            affinity: pair.affinity,
            sharedTerms: matrix && reviewerIndex !== undefined ? matrix.explain(proposalIndex, reviewerIndex).sharedTerms : [],
            source: pair.source,
          };
        })
        .sort((left, right) => right.affinity - left.affinity || left.reviewer.localeCompare(right.reviewer)),
    })),
    reviewers: reviewers.map((reviewer) => ({
      reviewer: reviewer.personRef,
      name: both(reviewer.name),
      fields: reviewer.fields,
      minLoad: reviewer.minLoad,
      maxLoad: reviewer.maxLoad,
      load: load.get(reviewer.personRef) ?? 0,
    })),
    constraints: loaded.constraints.map((constraint) => ({
      proposal: constraint.proposal,
      reviewer: constraint.reviewer,
      kind: constraint.kind,
      setBy: constraint.setBy,
      setAt: constraint.setAt.toISOString(),
    })),
    conflicts: loaded.conflicts.map((conflict) => ({ proposal: conflict.proposal, reviewer: conflict.reviewer, reasons: conflict.reasons, isWaived: conflict.waived !== undefined })),
    // Before the first solve there is nothing to break: an empty table is not a violation.
    violations: stored ? violationsOf(loaded, pairs, perProposal).map(renderViolation) : [],
  };
  return view;
}

/**
 * An agency's assignment of a call as its officers see it. Throws NOT_FOUND (call),
 * UNAUTHENTICATED, FORBIDDEN (not the agency's officer) and VALIDATION_FAILED (the agency does
 * not review the call).
 */
export async function viewAssignment(ctx: ServiceContext, actor: Actor | null, input: { callCode: string; agency: string }): Promise<AssignmentView> {
  await loadTokenizer();
  return ctx.db.transaction().execute(async (tx) => buildAssignmentView(tx, await loadAssignmentSide(tx, actor, input)));
}
