/**
 * The constraints of an assignment checked against a set of pairs that an officer edits by hand.
 * The solver never breaks them; an officer may, on the way to a better assignment, so the page
 * shows every violation as it happens and publishing is refused while any remains.
 */

export type CheckedProposal = { key: string; coverage: number };
export type CheckedReviewer = { key: string; minLoad: number; maxLoad: number };
export type CheckedPair = { proposal: string; reviewer: string };

export type AssignmentCheckInput = {
  proposals: readonly CheckedProposal[];
  reviewers: readonly CheckedReviewer[];
  pairs: readonly CheckedPair[];
  /** Pairs with a conflict of interest that no officer waived. */
  conflicted: readonly CheckedPair[];
  forbidden: readonly CheckedPair[];
  pinned: readonly CheckedPair[];
};

/** One broken constraint; kinds are listed in the order the check reports them. */
export type AssignmentViolation =
  | { kind: 'proposal_coverage'; proposal: string; assigned: number; needed: number }
  | { kind: 'reviewer_over_max'; reviewer: string; load: number; maxLoad: number }
  | { kind: 'reviewer_under_min'; reviewer: string; load: number; minLoad: number }
  | { kind: 'conflicted_pair'; proposal: string; reviewer: string }
  | { kind: 'forbidden_pair'; proposal: string; reviewer: string }
  | { kind: 'pinned_pair_missing'; proposal: string; reviewer: string }
  /** A pair whose proposal left the side (withdrawn) or whose reviewer left the pool. */
  | { kind: 'unknown_pair'; proposal: string; reviewer: string };

export type AssignmentViolationKind = AssignmentViolation['kind'];

function keyOf(pair: CheckedPair): string {
  // Refs never hold a newline, so the joined key is unambiguous.
  return `${pair.proposal}\n${pair.reviewer}`;
}

function byPair(left: CheckedPair, right: CheckedPair): number {
  return left.proposal.localeCompare(right.proposal) || left.reviewer.localeCompare(right.reviewer);
}

/**
 * Every violation of the assignment's constraints by `pairs`: each proposal with other than its
 * coverage, each reviewer above its maximum or below its minimum load, each conflicted,
 * forbidden or unknown pair used, and each pinned pair not used. A pair listed twice counts
 * once. Sorted by kind, then proposal, then reviewer, so the list is stable while editing.
 */
export function checkAssignment(input: AssignmentCheckInput): AssignmentViolation[] {
  const pairs = new Map<string, CheckedPair>();
  for (const pair of input.pairs) pairs.set(keyOf(pair), pair);
  const proposals = new Map(input.proposals.map((proposal) => [proposal.key, proposal]));
  const reviewers = new Map(input.reviewers.map((reviewer) => [reviewer.key, reviewer]));
  const assigned = new Map<string, number>();
  const load = new Map<string, number>();
  const unknown: CheckedPair[] = [];
  for (const pair of pairs.values()) {
    if (!proposals.has(pair.proposal) || !reviewers.has(pair.reviewer)) {
      unknown.push(pair);
      continue;
    }
    assigned.set(pair.proposal, (assigned.get(pair.proposal) ?? 0) + 1);
    load.set(pair.reviewer, (load.get(pair.reviewer) ?? 0) + 1);
  }

  const violations: AssignmentViolation[] = [];
  for (const proposal of [...proposals.values()].sort((left, right) => left.key.localeCompare(right.key))) {
    const count = assigned.get(proposal.key) ?? 0;
    if (count !== proposal.coverage) violations.push({ kind: 'proposal_coverage', proposal: proposal.key, assigned: count, needed: proposal.coverage });
  }
  const sortedReviewers = [...reviewers.values()].sort((left, right) => left.key.localeCompare(right.key));
  for (const reviewer of sortedReviewers) {
    const count = load.get(reviewer.key) ?? 0;
    if (count > reviewer.maxLoad) violations.push({ kind: 'reviewer_over_max', reviewer: reviewer.key, load: count, maxLoad: reviewer.maxLoad });
  }
  for (const reviewer of sortedReviewers) {
    const count = load.get(reviewer.key) ?? 0;
    if (count < reviewer.minLoad) violations.push({ kind: 'reviewer_under_min', reviewer: reviewer.key, load: count, minLoad: reviewer.minLoad });
  }
  const used = (list: readonly CheckedPair[]): CheckedPair[] => dedupe(list).filter((pair) => pairs.has(keyOf(pair))).sort(byPair);
  for (const pair of used(input.conflicted)) violations.push({ kind: 'conflicted_pair', ...pick(pair) });
  for (const pair of used(input.forbidden)) violations.push({ kind: 'forbidden_pair', ...pick(pair) });
  for (const pair of dedupe(input.pinned).filter((pin) => !pairs.has(keyOf(pin))).sort(byPair)) {
    violations.push({ kind: 'pinned_pair_missing', ...pick(pair) });
  }
  for (const pair of unknown.sort(byPair)) violations.push({ kind: 'unknown_pair', ...pick(pair) });
  return violations;
}

function dedupe(list: readonly CheckedPair[]): CheckedPair[] {
  return [...new Map(list.map((pair) => [keyOf(pair), pair])).values()];
}

function pick(pair: CheckedPair): CheckedPair {
  return { proposal: pair.proposal, reviewer: pair.reviewer };
}
