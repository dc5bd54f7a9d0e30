/**
 * Reviewer–proposal assignment: the exact maximum-affinity assignment under coverage, reviewer
 * load bounds, conflicts and pinned pairs.
 *
 * The exact solver is a minimum-cost flow (proposals → reviewers → sink, cost = −affinity) with
 * the reviewers' minimum loads as node demands, solved by successive shortest paths
 * (min-cost-flow.ts). Pinned pairs are fixed first and the problem shrinks by them. Only a
 * shortlist of pairs enters the network at first (column generation): after each solve every
 * pair outside it is priced against the flow's node potentials, the most promising ones that
 * could raise the total are added, and the flow is re-optimised, until no pair outside has a
 * negative reduced cost. The potentials are then a dual solution for the full pair matrix that
 * the flow meets with equality, which proves it optimal among all assignments (the constraint
 * matrix is totally unimodular, so the linear-programming optimum is integral), while the
 * network holds about 1% of the pairs on a 2,000 × 1,000 call.
 *
 * The greedy baseline lives in greedy-assignment.ts; the input checks, pair scan and simple
 * infeasibility reasons below are exported for it so both solvers reject and explain alike.
 */
import { AppError, type ValidationIssue } from '../app-error.js';
import { MinCostFlowNetwork } from './min-cost-flow.js';

export type AssignmentInput = {
  proposalCount: number;
  reviewerCount: number;
  /**
   * Affinity of a reviewer for a proposal: higher is better, any finite real. It is called for
   * each usable pair once while shortlisting and again in each pricing round, so it must be
   * pure; for a stored matrix, a closure reading a typed array is fastest.
   */
  affinity: (proposal: number, reviewer: number) => number;
  /** Reviewers each proposal needs, the same for all or one entry per proposal. */
  coverage: number | readonly number[];
  /** Fewest proposals each reviewer must receive, one entry per reviewer. */
  minLoad: readonly number[];
  /** Most proposals each reviewer may receive, one entry per reviewer. */
  maxLoad: readonly number[];
  /** Pairs that must not be used: declared conflicts and pairs an officer excluded. Called once per pair. */
  isForbidden?: (proposal: number, reviewer: number) => boolean;
  /** Pairs that must be used. A pair listed twice counts once. */
  pinned?: ReadonlyArray<readonly [proposal: number, reviewer: number]>;
};

export type AssignedPair = { proposal: number; reviewer: number; affinity: number };

/**
 * Why no assignment exists, in terms of the programme officer's settings. Every count includes
 * pinned pairs, and "eligible" means not forbidden.
 */
export type InfeasibilityReason =
  /** Fewer eligible reviewers with a non-zero maximum load than the proposal needs. */
  | { kind: 'proposal_too_few_reviewers'; proposal: number; available: number; needed: number }
  /** Fewer eligible proposals needing reviews than the reviewer's minimum load. */
  | { kind: 'reviewer_too_few_proposals'; reviewer: number; available: number; needed: number }
  | { kind: 'reviewer_min_above_max'; reviewer: number; minLoad: number; maxLoad: number }
  /** The reviewers' maximum loads add up to fewer reviews than the proposals need. */
  | { kind: 'total_capacity'; capacity: number; needed: number }
  /** The reviewers' minimum loads add up to more reviews than the proposals need. */
  | { kind: 'total_min_load'; minimum: number; available: number }
  | { kind: 'pinned_forbidden'; proposal: number; reviewer: number }
  | { kind: 'pinned_above_coverage'; proposal: number; pinned: number; coverage: number }
  | { kind: 'pinned_above_max_load'; reviewer: number; pinned: number; maxLoad: number }
  /**
   * These proposals together need `needed` reviews, but the reviewers eligible for them can give
   * them at most `capacity` (each reviewer at most its maximum load, less what its pins to other
   * proposals use, and at most one review per eligible proposal).
   */
  | { kind: 'group_capacity'; proposals: number[]; reviewers: number[]; capacity: number; needed: number }
  /**
   * These reviewers together must receive `minimum` reviews, but the proposals eligible for them
   * can send them at most `available` (each proposal at most its coverage, one per reviewer).
   */
  | { kind: 'group_min_load'; reviewers: number[]; proposals: number[]; minimum: number; available: number }
  /** No simpler explanation was found; the constraints cannot all hold together. */
  | { kind: 'no_feasible_assignment' }
  /** Only from the greedy baseline: it got stuck; an exact solve may still succeed. */
  | { kind: 'heuristic_incomplete'; proposals: number[]; reviewers: number[] };

export type AssignmentResult =
  | { isFeasible: true; objective: number; pairs: AssignedPair[] }
  | { isFeasible: false; reasons: InfeasibilityReason[] };

/**
 * Finds an assignment of maximum total affinity: each proposal gets exactly its coverage of
 * distinct reviewers, each reviewer between its minimum and maximum load, no forbidden pair is
 * used and every pinned pair is. The optimum is exact up to floating-point rounding of the
 * affinities' sums. Infeasible settings are not errors: the result lists every reason the
 * simple checks find, or one group that the flow proved cannot be served. Pairs are sorted by
 * proposal, then reviewer.
 *
 * Throws AppError VALIDATION_FAILED, listing every problem, when the input is malformed (counts
 * that are not non-negative integers, arrays of the wrong length, pins out of range, an affinity
 * that is not finite).
 */
export function solveAssignment(input: AssignmentInput): AssignmentResult {
  const problem = normalizeInput(input);
  const scan = scanPairs(problem);
  const reasons = findSimpleReasons(problem, scan);
  if (reasons.length > 0) return { isFeasible: false, reasons };
  return solveByColumnGeneration(problem, scan);
}

// ---------------------------------------------------------------------------------------------
// Input

export type Problem = {
  proposalCount: number;
  reviewerCount: number;
  affinity: (proposal: number, reviewer: number) => number;
  isForbidden: (proposal: number, reviewer: number) => boolean;
  coverage: Int32Array;
  minLoad: Int32Array;
  maxLoad: Int32Array;
  pins: Array<[proposal: number, reviewer: number]>;
};

const MAX_COUNT = 2 ** 31 - 1;
// Pair sets are bitsets indexed by proposal * reviewerCount + reviewer, read with `>>> 5`.
const MAX_PAIRS = 2 ** 32;
// A matrix full of NaN would otherwise produce one issue per pair.
const MAX_REPORTED_ISSUES = 20;

export function readInt(values: Int32Array, index: number): number {
  // Indices are proposals or reviewers already checked against the input's counts.
  return values[index]!;
}

function readFloat(values: Float64Array, index: number): number {
  return values[index]!;
}

export function readUnsigned(values: Uint32Array, index: number): number {
  return values[index]!;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

function countIssue(path: string): ValidationIssue {
  return {
    path,
    message: {
      en: `${path} must be a non-negative integer below 2^31`,
      ja: `${path} は 2^31 未満の 0 以上の整数でなければなりません`,
    },
  };
}

function readCounts(
  value: number | readonly number[],
  length: number,
  path: string,
  issues: ValidationIssue[],
): Int32Array {
  const counts = new Int32Array(length);
  if (typeof value === 'number') {
    if (isCount(value)) counts.fill(value);
    else issues.push(countIssue(path));
    return counts;
  }
  if (value.length !== length) {
    issues.push({
      path,
      message: {
        en: `${path} must have ${length} entries`,
        ja: `${path} の要素数は ${length} でなければなりません`,
      },
    });
    return counts;
  }
  value.forEach((entry, index) => {
    if (isCount(entry)) counts[index] = entry;
    else issues.push(countIssue(`${path}[${index}]`));
  });
  return counts;
}

function readPins(input: AssignmentInput, issues: ValidationIssue[]): Array<[number, number]> {
  const pins: Array<[number, number]> = [];
  const seen = new Set<number>();
  (input.pinned ?? []).forEach(([proposal, reviewer], index) => {
    const isInRange =
      Number.isInteger(proposal) && proposal >= 0 && proposal < input.proposalCount &&
      Number.isInteger(reviewer) && reviewer >= 0 && reviewer < input.reviewerCount;
    if (!isInRange) {
      issues.push({
        path: `pinned[${index}]`,
        message: {
          en: `pinned[${index}] names a proposal or reviewer that does not exist`,
          ja: `pinned[${index}] の提案または審査員が存在しません`,
        },
      });
      return;
    }
    const key = proposal * input.reviewerCount + reviewer;
    if (seen.has(key)) return;
    seen.add(key);
    pins.push([proposal, reviewer]);
  });
  return pins;
}

export function normalizeInput(input: AssignmentInput): Problem {
  const issues: ValidationIssue[] = [];
  if (!isCount(input.proposalCount)) issues.push(countIssue('proposalCount'));
  if (!isCount(input.reviewerCount)) issues.push(countIssue('reviewerCount'));
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', { issues });
  const { proposalCount, reviewerCount } = input;
  if (proposalCount * reviewerCount > MAX_PAIRS) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [
        {
          path: 'proposalCount',
          message: {
            en: 'proposalCount × reviewerCount must not exceed 2^32',
            ja: 'proposalCount × reviewerCount は 2^32 以下でなければなりません',
          },
        },
      ],
    });
  }
  const coverage = readCounts(input.coverage, proposalCount, 'coverage', issues);
  const minLoad = readCounts(input.minLoad, reviewerCount, 'minLoad', issues);
  const maxLoad = readCounts(input.maxLoad, reviewerCount, 'maxLoad', issues);
  const pins = readPins(input, issues);
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', { issues });
  return {
    proposalCount,
    reviewerCount,
    affinity: input.affinity,
    isForbidden: input.isForbidden ?? (() => false),
    coverage,
    minLoad,
    maxLoad,
    pins,
  };
}

/** Collects non-finite affinities so that all of them are reported together. */
export class AffinityReader {
  private readonly issues: ValidationIssue[] = [];

  constructor(private readonly affinity: (proposal: number, reviewer: number) => number) {}

  read(proposal: number, reviewer: number): number {
    const value = this.affinity(proposal, reviewer);
    if (Number.isFinite(value)) return value;
    if (this.issues.length < MAX_REPORTED_ISSUES) {
      const path = `affinity(${proposal}, ${reviewer})`;
      this.issues.push({
        path,
        message: { en: `${path} must be a finite number`, ja: `${path} は有限の数でなければなりません` },
      });
    }
    return 0;
  }

  throwIfInvalid(): void {
    if (this.issues.length > 0) throw new AppError('VALIDATION_FAILED', { issues: this.issues });
  }
}

// ---------------------------------------------------------------------------------------------
// Pair sets and the first pass over all pairs

export class PairSet {
  private readonly bits: Uint32Array;

  constructor(
    private readonly reviewerCount: number,
    proposalCount: number,
  ) {
    this.bits = new Uint32Array(Math.ceil((proposalCount * reviewerCount) / 32));
  }

  has(proposal: number, reviewer: number): boolean {
    const index = proposal * this.reviewerCount + reviewer;
    return ((this.bits[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;
  }

  add(proposal: number, reviewer: number): void {
    const index = proposal * this.reviewerCount + reviewer;
    const word = index >>> 5;
    this.bits[word] = (this.bits[word] ?? 0) | (1 << (index & 31));
  }

  delete(proposal: number, reviewer: number): void {
    const index = proposal * this.reviewerCount + reviewer;
    const word = index >>> 5;
    this.bits[word] = (this.bits[word] ?? 0) & ~(1 << (index & 31));
  }
}

export type PairScan = {
  /** Not forbidden and not pinned: the pairs the optimisation chooses among. */
  open: PairSet;
  pinnedByProposal: Int32Array;
  pinnedByReviewer: Int32Array;
  /** Pins that are not forbidden; forbidden ones are only reported. */
  validPins: Array<[number, number]>;
  forbiddenPins: Array<[number, number]>;
  /** Per proposal: eligible reviewers whose maximum load is above zero. */
  reviewersAvailable: Int32Array;
  /** Per reviewer: eligible proposals that need at least one review. */
  proposalsAvailable: Int32Array;
};

export function scanPairs(problem: Problem): PairScan {
  const { proposalCount, reviewerCount, coverage, maxLoad, isForbidden } = problem;
  const open = new PairSet(reviewerCount, proposalCount);
  const reviewersAvailable = new Int32Array(proposalCount);
  const proposalsAvailable = new Int32Array(reviewerCount);
  for (let proposal = 0; proposal < proposalCount; proposal++) {
    const needsReviews = readInt(coverage, proposal) > 0;
    let available = 0;
    for (let reviewer = 0; reviewer < reviewerCount; reviewer++) {
      if (isForbidden(proposal, reviewer)) continue;
      open.add(proposal, reviewer);
      if (readInt(maxLoad, reviewer) > 0) available++;
      if (needsReviews) proposalsAvailable[reviewer] = readInt(proposalsAvailable, reviewer) + 1;
    }
    reviewersAvailable[proposal] = available;
  }
  const pinnedByProposal = new Int32Array(proposalCount);
  const pinnedByReviewer = new Int32Array(reviewerCount);
  const validPins: Array<[number, number]> = [];
  const forbiddenPins: Array<[number, number]> = [];
  for (const [proposal, reviewer] of problem.pins) {
    if (!open.has(proposal, reviewer)) {
      forbiddenPins.push([proposal, reviewer]);
      continue;
    }
    open.delete(proposal, reviewer);
    validPins.push([proposal, reviewer]);
    pinnedByProposal[proposal] = readInt(pinnedByProposal, proposal) + 1;
    pinnedByReviewer[reviewer] = readInt(pinnedByReviewer, reviewer) + 1;
  }
  return {
    open,
    pinnedByProposal,
    pinnedByReviewer,
    validPins,
    forbiddenPins,
    reviewersAvailable,
    proposalsAvailable,
  };
}

export function sum(values: Int32Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function findPinReasons(problem: Problem, scan: PairScan): InfeasibilityReason[] {
  const reasons: InfeasibilityReason[] = scan.forbiddenPins.map(([proposal, reviewer]) => ({
    kind: 'pinned_forbidden' as const,
    proposal,
    reviewer,
  }));
  scan.pinnedByProposal.forEach((pinned, proposal) => {
    const needed = readInt(problem.coverage, proposal);
    if (pinned > needed) reasons.push({ kind: 'pinned_above_coverage', proposal, pinned, coverage: needed });
  });
  scan.pinnedByReviewer.forEach((pinned, reviewer) => {
    const maxLoad = readInt(problem.maxLoad, reviewer);
    if (pinned > maxLoad) reasons.push({ kind: 'pinned_above_max_load', reviewer, pinned, maxLoad });
  });
  return reasons;
}

/** Necessary conditions that an officer can fix one setting at a time; all are reported. */
export function findSimpleReasons(problem: Problem, scan: PairScan): InfeasibilityReason[] {
  const reasons = findPinReasons(problem, scan);
  problem.minLoad.forEach((minLoad, reviewer) => {
    const maxLoad = readInt(problem.maxLoad, reviewer);
    if (minLoad > maxLoad) reasons.push({ kind: 'reviewer_min_above_max', reviewer, minLoad, maxLoad });
  });
  scan.reviewersAvailable.forEach((available, proposal) => {
    const needed = readInt(problem.coverage, proposal);
    if (available < needed) reasons.push({ kind: 'proposal_too_few_reviewers', proposal, available, needed });
  });
  scan.proposalsAvailable.forEach((available, reviewer) => {
    const needed = readInt(problem.minLoad, reviewer);
    if (available < needed) reasons.push({ kind: 'reviewer_too_few_proposals', reviewer, available, needed });
  });
  const needed = sum(problem.coverage);
  const capacity = sum(problem.maxLoad);
  const minimum = sum(problem.minLoad);
  if (capacity < needed) reasons.push({ kind: 'total_capacity', capacity, needed });
  if (minimum > needed) reasons.push({ kind: 'total_min_load', minimum, available: needed });
  return reasons;
}

// ---------------------------------------------------------------------------------------------
// The exact solver

/** What is left to decide once the pinned pairs are fixed. */
type Remainder = {
  coverage: Int32Array;
  minLoad: Int32Array;
  maxLoad: Int32Array;
};

function subtractPins(problem: Problem, scan: PairScan): Remainder {
  const coverage = problem.coverage.map((value, proposal) => value - readInt(scan.pinnedByProposal, proposal));
  const maxLoad = problem.maxLoad.map((value, reviewer) => value - readInt(scan.pinnedByReviewer, reviewer));
  const minLoad = problem.minLoad.map((value, reviewer) =>
    Math.max(0, value - readInt(scan.pinnedByReviewer, reviewer)),
  );
  return { coverage, minLoad, maxLoad };
}

/**
 * Shortlist sizes. Any sizes give the exact optimum, since pricing adds whatever pair is
 * missing; these trade the size of each search against the number of pricing rounds. Chosen on
 * the 2,000 × 1,000 benchmark and on a variant where everyone prefers the same 10% of
 * reviewers; twice as large is about twice as slow, and the cap bounds memory when a load is
 * unusually large.
 */
const SHORTLIST_PER_COVERAGE = 3;
const SHORTLIST_MIN_PER_PROPOSAL = 6;
const SHORTLIST_PER_REVIEWER_MIN_LOAD = 3;
const SHORTLIST_MIN_PER_REVIEWER = 6;
const SHORTLIST_MAX = 64;

/**
 * A fixed pseudo-random order on pairs, used only to break ties between equal keys. Without it
 * every proposal would shortlist the same low-numbered reviewers when affinities tie.
 */
function pairTieBreak(proposal: number, reviewer: number): number {
  let hash = Math.imul(proposal ^ 0x9e3779b9, 0x85ebca6b) ^ reviewer;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * Per owner, the `limit` items with the largest (key, tie) pairs, kept as a min-heap in a flat
 * array so that the worst kept item is at the root and rejecting an item costs one comparison.
 */
class TopLists {
  private readonly keys: Float64Array;
  private readonly ties: Float64Array;
  private readonly items: Int32Array;
  private readonly sizes: Int32Array;

  constructor(
    private readonly limits: Int32Array,
    private readonly stride: number,
  ) {
    this.keys = new Float64Array(limits.length * stride);
    this.ties = new Float64Array(limits.length * stride);
    this.items = new Int32Array(limits.length * stride);
    this.sizes = new Int32Array(limits.length);
  }

  offer(owner: number, key: number, tie: number, item: number): void {
    const base = owner * this.stride;
    const size = readInt(this.sizes, owner);
    if (size < readInt(this.limits, owner)) {
      this.sizes[owner] = size + 1;
      this.siftUp(base, size, key, tie, item);
    } else if (size > 0 && this.isWorse(readFloat(this.keys, base), readFloat(this.ties, base), key, tie)) {
      this.siftDown(base, size, key, tie, item);
    }
  }

  forEach(owner: number, visit: (item: number) => void): void {
    const base = owner * this.stride;
    const size = readInt(this.sizes, owner);
    for (let index = 0; index < size; index++) visit(readInt(this.items, base + index));
  }

  clear(owner: number): void {
    this.sizes[owner] = 0;
  }

  private isWorse(key: number, tie: number, otherKey: number, otherTie: number): boolean {
    return key < otherKey || (key === otherKey && tie < otherTie);
  }

  private isSlotWorse(slot: number, key: number, tie: number): boolean {
    return this.isWorse(readFloat(this.keys, slot), readFloat(this.ties, slot), key, tie);
  }

  private place(slot: number, key: number, tie: number, item: number): void {
    this.keys[slot] = key;
    this.ties[slot] = tie;
    this.items[slot] = item;
  }

  private move(from: number, to: number): void {
    this.place(to, readFloat(this.keys, from), readFloat(this.ties, from), readInt(this.items, from));
  }

  private siftUp(base: number, start: number, key: number, tie: number, item: number): void {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentKey = readFloat(this.keys, base + parent);
      if (!this.isWorse(key, tie, parentKey, readFloat(this.ties, base + parent))) break;
      this.move(base + parent, base + index);
      index = parent;
    }
    this.place(base + index, key, tie, item);
  }

  private siftDown(base: number, size: number, key: number, tie: number, item: number): void {
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      const right = child + 1;
      const childKey = readFloat(this.keys, base + child);
      if (right < size && this.isSlotWorse(base + right, childKey, readFloat(this.ties, base + child))) child = right;
      if (!this.isSlotWorse(base + child, key, tie)) break;
      this.move(base + child, base + index);
      index = child;
    }
    this.place(base + index, key, tie, item);
  }
}

function makeLimits(length: number, limitOf: (owner: number) => number): { limits: Int32Array; stride: number } {
  const limits = new Int32Array(length);
  let stride = 0;
  for (let owner = 0; owner < length; owner++) {
    const limit = limitOf(owner);
    limits[owner] = limit;
    stride = Math.max(stride, limit);
  }
  return { limits, stride };
}

/** The flow network of the remaining problem, holding a growing subset of the open pairs. */
class AssignmentNetwork {
  readonly network: MinCostFlowNetwork;
  readonly sink: number;
  readonly included: PairSet;
  readonly arcs: number[] = [];
  readonly arcProposal: number[] = [];
  readonly arcReviewer: number[] = [];
  readonly arcAffinity: number[] = [];

  constructor(
    private readonly problem: Problem,
    remainder: Remainder,
  ) {
    const { proposalCount, reviewerCount } = problem;
    this.sink = proposalCount + reviewerCount;
    this.network = new MinCostFlowNetwork(this.sink + 1);
    this.included = new PairSet(reviewerCount, proposalCount);
    // Minimum loads become demands at the reviewers; only the room above them goes to the sink,
    // which absorbs whatever coverage the minimum loads leave over.
    remainder.coverage.forEach((needed, proposal) => this.network.addSupply(proposal, needed));
    remainder.minLoad.forEach((minLoad, reviewer) => {
      const node = proposalCount + reviewer;
      this.network.addSupply(node, -minLoad);
      const room = readInt(remainder.maxLoad, reviewer) - minLoad;
      if (room > 0) this.network.addArc({ from: node, to: this.sink, capacity: room, cost: 0 });
    });
    this.network.addSupply(this.sink, sum(remainder.minLoad) - sum(remainder.coverage));
  }

  reviewerNode(reviewer: number): number {
    return this.problem.proposalCount + reviewer;
  }

  addPair(proposal: number, reviewer: number, affinity: number): void {
    this.included.add(proposal, reviewer);
    const arc = this.network.addArc({ from: proposal, to: this.reviewerNode(reviewer), capacity: 1, cost: -affinity });
    this.arcs.push(arc);
    this.arcProposal.push(proposal);
    this.arcReviewer.push(reviewer);
    this.arcAffinity.push(affinity);
  }

  /** The price each reviewer's node currently carries, read once per pricing round. */
  reviewerPotentials(): Float64Array {
    const potentials = new Float64Array(this.problem.reviewerCount);
    for (let reviewer = 0; reviewer < potentials.length; reviewer++) {
      potentials[reviewer] = this.network.potential(this.reviewerNode(reviewer));
    }
    return potentials;
  }
}

type SolveContext = {
  problem: Problem;
  scan: PairScan;
  remainder: Remainder;
  reader: AffinityReader;
  /** Reviewers with room left after their pins; no other reviewer can take a pair. */
  usableReviewers: Int32Array;
  assignment: AssignmentNetwork;
};

function solveByColumnGeneration(problem: Problem, scan: PairScan): AssignmentResult {
  const remainder = subtractPins(problem, scan);
  const reader = new AffinityReader(problem.affinity);
  const usableReviewers = listUsable(remainder.maxLoad);
  const shortlist = buildShortlist({ problem, scan, remainder, reader, usableReviewers });
  reader.throwIfInvalid();
  const assignment = new AssignmentNetwork(problem, remainder);
  shortlist.maxAffinity.forEach((potential, proposal) => assignment.network.setPotential(proposal, potential));
  addShortlistedPairs(problem, assignment, shortlist);
  const context: SolveContext = { problem, scan, remainder, reader, usableReviewers, assignment };
  // Pricing ignores reduced costs within rounding noise of zero, so that noise in the potentials
  // does not keep adding pairs. A pair so ignored could raise the total by less than the
  // tolerance per review: below 1e-8 in all for 10,000 reviews of affinities in [-1, 1].
  const tolerance = 1e-12 * Math.max(1, shortlist.largestMagnitude);
  for (;;) {
    const outcome = assignment.network.solve();
    if (!outcome.isBalanced) {
      if (addPairsLeaving(context, outcome.reachable) > 0) continue;
      return { isFeasible: false, reasons: [explainStuckFlow(context, outcome.reachable)] };
    }
    if (addImprovingPairs(context, tolerance) === 0) break;
  }
  return collectAssignment(context);
}

type Shortlist = {
  byProposal: TopLists;
  byReviewer: TopLists;
  maxAffinity: Float64Array;
  largestMagnitude: number;
};

/**
 * One pass over the open pairs: each proposal's best reviewers, each reviewer's best proposals
 * (so that minimum loads can be met inside the shortlist), and each proposal's best affinity,
 * which as a starting potential makes every arc's reduced cost non-negative.
 */
function buildShortlist(context: Omit<SolveContext, 'assignment'>): Shortlist {
  const { problem, scan, remainder, reader, usableReviewers } = context;
  const perProposal = makeLimits(problem.proposalCount, (proposal) => {
    const needed = readInt(remainder.coverage, proposal);
    if (needed <= 0) return 0;
    return Math.min(SHORTLIST_MAX, Math.max(SHORTLIST_MIN_PER_PROPOSAL, SHORTLIST_PER_COVERAGE * needed));
  });
  const perReviewer = makeLimits(problem.reviewerCount, (reviewer) => {
    if (readInt(remainder.maxLoad, reviewer) <= 0) return 0;
    const wanted = SHORTLIST_PER_REVIEWER_MIN_LOAD * readInt(remainder.minLoad, reviewer);
    return Math.min(SHORTLIST_MAX, Math.max(SHORTLIST_MIN_PER_REVIEWER, wanted));
  });
  const byProposal = new TopLists(perProposal.limits, perProposal.stride);
  const byReviewer = new TopLists(perReviewer.limits, perReviewer.stride);
  const maxAffinity = new Float64Array(problem.proposalCount);
  let largestMagnitude = 0;
  for (let proposal = 0; proposal < problem.proposalCount; proposal++) {
    if (readInt(remainder.coverage, proposal) <= 0) continue;
    let best = -Infinity;
    for (const reviewer of usableReviewers) {
      if (!scan.open.has(proposal, reviewer)) continue;
      const affinity = reader.read(proposal, reviewer);
      const tie = pairTieBreak(proposal, reviewer);
      if (affinity > best) best = affinity;
      largestMagnitude = Math.max(largestMagnitude, Math.abs(affinity));
      byProposal.offer(proposal, affinity, tie, reviewer);
      byReviewer.offer(reviewer, affinity, tie, proposal);
    }
    maxAffinity[proposal] = best === -Infinity ? 0 : best;
  }
  return { byProposal, byReviewer, maxAffinity, largestMagnitude };
}

function listUsable(capacities: Int32Array): Int32Array {
  const usable: number[] = [];
  capacities.forEach((capacity, index) => {
    if (capacity > 0) usable.push(index);
  });
  return Int32Array.from(usable);
}

function addShortlistedPairs(problem: Problem, assignment: AssignmentNetwork, shortlist: Shortlist): void {
  const addIfNew = (proposal: number, reviewer: number): void => {
    if (assignment.included.has(proposal, reviewer)) return;
    assignment.addPair(proposal, reviewer, problem.affinity(proposal, reviewer));
  };
  for (let proposal = 0; proposal < problem.proposalCount; proposal++) {
    shortlist.byProposal.forEach(proposal, (reviewer) => addIfNew(proposal, reviewer));
  }
  for (let reviewer = 0; reviewer < problem.reviewerCount; reviewer++) {
    shortlist.byReviewer.forEach(reviewer, (proposal) => addIfNew(proposal, reviewer));
  }
}

/**
 * How many pairs one pricing or repair step adds per proposal. Adding every candidate at once
 * can fill the network with hundreds of thousands of pairs when affinities tie, which slows
 * every later search far more than a few extra rounds cost.
 */
const PAIRS_ADDED_PER_PROPOSAL = 2;

type PairSelection = {
  proposals: Iterable<number>;
  /** Per reviewer, 1 if no pair with it may be added in this step. */
  skippedReviewers?: Uint8Array;
  /** Only pairs whose reduced cost is below this are added. */
  reducedCostBelow: number;
};

/**
 * For each selected proposal, adds the few open pairs outside the network with the lowest
 * reduced cost. Pairs with a negative one are saturated on insertion (see MinCostFlowNetwork).
 */
function addCheapestPairs(context: SolveContext, selection: PairSelection): number {
  const { problem, scan, reader, usableReviewers, assignment } = context;
  const reviewerPotentials = assignment.reviewerPotentials();
  const cheapest = new TopLists(Int32Array.of(PAIRS_ADDED_PER_PROPOSAL), PAIRS_ADDED_PER_PROPOSAL);
  let added = 0;
  for (const proposal of selection.proposals) {
    cheapest.clear(0);
    const proposalPotential = assignment.network.potential(proposal);
    for (const reviewer of usableReviewers) {
      if (selection.skippedReviewers?.[reviewer] === 1) continue;
      if (!scan.open.has(proposal, reviewer) || assignment.included.has(proposal, reviewer)) continue;
      const affinity = reader.read(proposal, reviewer);
      const reducedCost = -affinity + proposalPotential - readFloat(reviewerPotentials, reviewer);
      if (reducedCost >= selection.reducedCostBelow) continue;
      cheapest.offer(0, -reducedCost, pairTieBreak(proposal, reviewer), reviewer);
    }
    cheapest.forEach(0, (reviewer) => {
      assignment.addPair(proposal, reviewer, problem.affinity(proposal, reviewer));
      added++;
    });
  }
  reader.throwIfInvalid();
  return added;
}

/**
 * Pricing: a pair outside the network with a negative reduced cost could raise the total. When
 * no such pair is left, the potentials are a dual solution for the full pair matrix that the
 * flow meets with equality, which proves the flow optimal over all pairs.
 */
function addImprovingPairs(context: SolveContext, tolerance: number): number {
  const proposals = [...context.remainder.coverage.keys()].filter(
    (proposal) => readInt(context.remainder.coverage, proposal) > 0,
  );
  return addCheapestPairs(context, { proposals, reducedCostBelow: -tolerance });
}

/**
 * When some supply cannot be routed inside the network, any route must leave the reached set by
 * an open pair from a reached proposal to an unreached reviewer; adds some of those pairs.
 */
function addPairsLeaving(context: SolveContext, reachable: Int32Array): number {
  const { problem, assignment } = context;
  const isReached = markNodes(assignment.sink + 1, reachable);
  const proposals = [...reachable].filter((node) => node < problem.proposalCount);
  const skippedReviewers = isReached.subarray(problem.proposalCount, problem.proposalCount + problem.reviewerCount);
  return addCheapestPairs(context, { proposals, skippedReviewers, reducedCostBelow: Infinity });
}

function markNodes(nodeCount: number, nodes: Int32Array): Uint8Array {
  const marks = new Uint8Array(nodeCount);
  for (const node of nodes) marks[node] = 1;
  return marks;
}

/**
 * Turns the set of nodes the stuck supply can reach into a Hall-type witness. No residual arc
 * leaves the set and every open pair leaving it is in the network, so it is closed in the full
 * problem too. If the sink is not reached, the reached proposals need more than their reviewers
 * can give; if it is, the unreached reviewers' minimum loads need more than can flow to them.
 * Each witness is checked against its own counts before it is reported.
 */
function explainStuckFlow(context: SolveContext, reachable: Int32Array): InfeasibilityReason {
  const isReached = markNodes(context.assignment.sink + 1, reachable);
  const witness =
    isReached[context.assignment.sink] === 1
      ? explainMinLoadShortfall(context, isReached)
      : explainCapacityShortfall(context, isReached);
  return witness ?? { kind: 'no_feasible_assignment' };
}

function explainCapacityShortfall(context: SolveContext, isReached: Uint8Array): InfeasibilityReason | undefined {
  const { problem, scan, remainder } = context;
  const proposals: number[] = [];
  for (let proposal = 0; proposal < problem.proposalCount; proposal++) {
    if (isReached[proposal] === 1 && readInt(remainder.coverage, proposal) > 0) proposals.push(proposal);
  }
  let needed = 0;
  let capacity = 0;
  for (const proposal of proposals) {
    needed += readInt(problem.coverage, proposal);
    capacity += readInt(scan.pinnedByProposal, proposal);
  }
  const reviewers: number[] = [];
  for (let reviewer = 0; reviewer < problem.reviewerCount; reviewer++) {
    let eligible = 0;
    for (const proposal of proposals) if (scan.open.has(proposal, reviewer)) eligible++;
    const contribution = Math.min(readInt(remainder.maxLoad, reviewer), eligible);
    if (contribution <= 0) continue;
    reviewers.push(reviewer);
    capacity += contribution;
  }
  return capacity < needed ? { kind: 'group_capacity', proposals, reviewers, capacity, needed } : undefined;
}

function explainMinLoadShortfall(context: SolveContext, isReached: Uint8Array): InfeasibilityReason | undefined {
  const { problem, scan, remainder } = context;
  const reviewers: number[] = [];
  for (let reviewer = 0; reviewer < problem.reviewerCount; reviewer++) {
    const isUnreached = isReached[problem.proposalCount + reviewer] !== 1;
    if (isUnreached && readInt(remainder.minLoad, reviewer) > 0) reviewers.push(reviewer);
  }
  let minimum = 0;
  let available = 0;
  for (const reviewer of reviewers) {
    minimum += readInt(problem.minLoad, reviewer);
    available += readInt(scan.pinnedByReviewer, reviewer);
  }
  const proposals: number[] = [];
  for (let proposal = 0; proposal < problem.proposalCount; proposal++) {
    let eligible = 0;
    for (const reviewer of reviewers) if (scan.open.has(proposal, reviewer)) eligible++;
    const contribution = Math.min(readInt(remainder.coverage, proposal), eligible);
    if (contribution <= 0) continue;
    proposals.push(proposal);
    available += contribution;
  }
  return available < minimum ? { kind: 'group_min_load', reviewers, proposals, minimum, available } : undefined;
}

function collectAssignment(context: SolveContext): AssignmentResult {
  const { scan, assignment, reader } = context;
  const pairs: AssignedPair[] = scan.validPins.map(([proposal, reviewer]) => ({
    proposal,
    reviewer,
    affinity: reader.read(proposal, reviewer),
  }));
  reader.throwIfInvalid();
  assignment.arcs.forEach((arc, index) => {
    if (assignment.network.flow(arc) !== 1) return;
    // The arc lists are filled together in addPair, so every index of `arcs` exists in each.
    pairs.push({
      proposal: assignment.arcProposal[index]!,
      reviewer: assignment.arcReviewer[index]!,
      affinity: assignment.arcAffinity[index]!,
    });
  });
  return feasibleResult(pairs);
}

export function feasibleResult(pairs: AssignedPair[]): AssignmentResult {
  pairs.sort((left, right) => left.proposal - right.proposal || left.reviewer - right.reviewer);
  let objective = 0;
  for (const pair of pairs) objective += pair.affinity;
  return { isFeasible: true, objective, pairs };
}
