import { AppError, type ValidationIssue } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { solveAssignment as solveExactly } from '../../domain/review/assignment.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findAssignment, saveSolvedAssignment, type StoredPair } from '../../db/repositories/assignment.repository.js';
import { loadTokenizer } from '../search/tokenizer.js';
import type { ServiceContext } from '../service-context.js';
import { renderInfeasibility } from './assignment-messages.js';
import { computeSideAffinities } from './compute-affinity.js';
import { constraintPairs, loadAssignmentSide, perProposalOf, publishedError, unwaivedConflicts, type AssignmentSide } from './load-assignment-side.js';

/** An affinity from the agency's own model for one pair, replacing the computed one. */
export type AffinityOverride = {
  reviewer: string;
  proposal: string;
  affinity: number;
  /**
   * Where each value came from, named in errors (`affinity.csv line 3, column 1`); default
   * `affinityOverrides[i].reviewer` and so on.
   */
  paths?: { reviewer: string; proposal: string; affinity: string };
};

export type SolveAssignmentInput = {
  callCode: string;
  agency: string;
  /** Reviewers per proposal; default the call's reviewsPerProposal, else 3. */
  perProposal?: number;
  affinityOverrides?: readonly AffinityOverride[];
  /**
   * A published assignment has been mailed to reviewers; solving again replaces it (and its
   * pairs, so reviewers dropped from it no longer see those proposals) only when the officer
   * says so here. Without it, solving refuses with ASSIGNMENT_PUBLISHED.
   */
  replacePublished?: boolean;
};

export type SolvedAssignment = {
  call: string;
  agency: string;
  perProposal: number;
  objective: number;
  assignments: Array<{ proposal: string; reviewer: string; affinity: number }>;
};

function overrideIssues(loaded: AssignmentSide, overrides: readonly AffinityOverride[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { agencyCode, callCode } = loaded.side;
  overrides.forEach((override, index) => {
    const paths = override.paths ?? { reviewer: `affinityOverrides[${index}].reviewer`, proposal: `affinityOverrides[${index}].proposal`, affinity: `affinityOverrides[${index}].affinity` };
    if (!loaded.reviewerIndex.has(override.reviewer)) {
      issues.push({ path: paths.reviewer, message: { en: `reviewer ${override.reviewer} is not in the reviewer pool of ${agencyCode}`, ja: `審査委員 ${override.reviewer} は ${agencyCode} の審査委員候補にいません` } });
    }
    if (!loaded.proposalIndex.has(override.proposal)) {
      issues.push({ path: paths.proposal, message: { en: `proposal ${override.proposal} is not a submitted proposal that ${agencyCode} reviews in ${callCode}`, ja: `提案 ${override.proposal} は ${callCode} で ${agencyCode} が審査する提出済みの提案ではありません` } });
    }
    if (!Number.isFinite(override.affinity)) {
      issues.push({ path: paths.affinity, message: { en: 'the affinity must be a finite number', ja: '適合度は有限の数値でなければなりません' } });
    }
  });
  return issues;
}

/**
 * Solves an agency's assignment for a call exactly and stores it as the agency's draft: each
 * submitted proposal of the agency's side gets `perProposal` reviewers of its pool, each
 * reviewer between its minimum and maximum load, no conflicted pair unless an officer waived
 * the conflict, every pinned pair and no forbidden one, at the maximum total affinity (computed
 * from text, or from `affinityOverrides` for the pairs they list). Replaces the previous draft
 * in one transaction; when no assignment exists nothing is stored.
 *
 * Throws NOT_FOUND (call), UNAUTHENTICATED, FORBIDDEN (not the agency's officer),
 * VALIDATION_FAILED (the agency does not review the call; a bad perProposal; overrides naming
 * unknown pairs), ASSIGNMENT_PUBLISHED (a published assignment without `replacePublished`) and
 * ASSIGNMENT_INFEASIBLE with every reason in both languages.
 */
export async function solveAssignment(ctx: ServiceContext, actor: Actor | null, input: SolveAssignmentInput): Promise<SolvedAssignment> {
  // Kuromoji's dictionary takes a second to load: not while holding the transaction's locks.
  await loadTokenizer();
  return ctx.db.transaction().execute(async (tx) => {
    const loaded = await loadAssignmentSide(tx, actor, input);
    const { side, proposals, reviewers } = loaded;
    const perProposal = perProposalOf(side, input.perProposal);
    if (!Number.isInteger(perProposal) || perProposal < 1) {
      throw new AppError('VALIDATION_FAILED', {
        params: { count: 1 },
        issues: [{ path: 'perProposal', message: { en: 'reviewers per proposal must be a whole number of at least 1', ja: '提案あたりの審査委員数は 1 以上の整数でなければなりません' } }],
      });
    }
    const overrides = input.affinityOverrides ?? [];
    const issues = overrideIssues(loaded, overrides);
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', { params: { count: issues.length }, issues });

    const existing = await findAssignment(tx, side, { lock: true });
    if (existing?.status === 'published' && !input.replacePublished) throw publishedError(side, existing);

    const matrix = await computeSideAffinities(proposals, reviewers);
    const reviewerCount = reviewers.length;
    const overridden = new Map<number, number>();
    for (const override of overrides) {
      const proposal = loaded.proposalIndex.get(override.proposal) ?? 0;
      const reviewer = loaded.reviewerIndex.get(override.reviewer) ?? 0;
      overridden.set(proposal * reviewerCount + reviewer, override.affinity);
    }
    const affinity = (proposal: number, reviewer: number): number => overridden.get(proposal * reviewerCount + reviewer) ?? matrix.score(proposal, reviewer);
    const toIndices = (pairs: Array<{ proposal: string; reviewer: string }>) =>
      pairs.flatMap(({ proposal, reviewer }) => {
        const p = loaded.proposalIndex.get(proposal);
        const r = loaded.reviewerIndex.get(reviewer);
        return p === undefined || r === undefined ? [] : [[p, r] as const];
      });
    const blocked = new Set(toIndices([...unwaivedConflicts(loaded), ...constraintPairs(loaded, 'forbid')]).map(([p, r]) => p * reviewerCount + r));
    const pinned = toIndices(constraintPairs(loaded, 'pin'));

    const result = solveExactly({
      proposalCount: proposals.length,
      reviewerCount,
      affinity,
      coverage: perProposal,
      minLoad: reviewers.map((reviewer) => reviewer.minLoad),
      maxLoad: reviewers.map((reviewer) => reviewer.maxLoad),
      isForbidden: (proposal, reviewer) => blocked.has(proposal * reviewerCount + reviewer),
      pinned,
    });
    const refs = {
      proposal: (index: number) => proposals[index]?.ref ?? `#${index}`,
      reviewer: (index: number) => reviewers[index]?.personRef ?? `#${index}`,
    };
    if (!result.isFeasible) {
      const reasons = result.reasons.map((reason) => renderInfeasibility(reason, refs));
      throw new AppError('ASSIGNMENT_INFEASIBLE', { params: { call: side.callCode, agency: side.agencyCode, count: reasons.length }, issues: reasons });
    }

    const pinnedKeys = new Set(pinned.map(([p, r]) => p * reviewerCount + r));
    const stored: StoredPair[] = result.pairs.map((pair) => ({
      proposalId: proposals[pair.proposal]?.id ?? 0,
      reviewerId: reviewers[pair.reviewer]?.id ?? 0,
      affinity: pair.affinity,
      source: pinnedKeys.has(pair.proposal * reviewerCount + pair.reviewer) ? 'pinned' : 'solver',
    }));
    const now = ctx.clock.now();
    const by = actorLabel(loaded.actor);
    await saveSolvedAssignment(tx, { callId: side.callId, agencyId: side.agencyId, perProposal, objective: result.objective, solvedBy: by, solvedAt: now, pairs: stored });
    await appendAudit(tx, {
      at: now,
      actor: by,
      action: 'assignment.solve',
      subjectType: 'assignment',
      subject: `${side.callCode}/${side.agencyCode}`,
      changes: {
        perProposal,
        objective: result.objective,
        pairs: stored.length,
        pinned: pinned.length,
        excludedPairs: blocked.size,
        affinityOverrides: overrides.length,
        replaced: existing ? existing.status : null,
      },
    });
    const assignments = result.pairs
      .map((pair) => ({ proposal: refs.proposal(pair.proposal), reviewer: refs.reviewer(pair.reviewer), affinity: pair.affinity }))
      .sort((left, right) => left.proposal.localeCompare(right.proposal) || left.reviewer.localeCompare(right.reviewer));
    return { call: side.callCode, agency: side.agencyCode, perProposal, objective: result.objective, assignments };
  });
}
