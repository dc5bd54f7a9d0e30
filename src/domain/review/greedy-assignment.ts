/**
 * The greedy baseline the exact solver (assignment.ts) is measured against in the benchmark and
 * the tests. It shares the exact solver's input checks and simple infeasibility reasons, so the
 * two differ only in how they choose pairs.
 */
import {
  AffinityReader,
  type AssignmentInput,
  type AssignmentResult,
  feasibleResult,
  findSimpleReasons,
  normalizeInput,
  PairSet,
  type PairScan,
  type Problem,
  readInt,
  readUnsigned,
  scanPairs,
  sum,
} from './assignment.js';

/**
 * The baseline the exact solver is measured against: pinned pairs first, then pairs by
 * descending affinity while the proposal still needs reviewers and the reviewer has room. Room
 * above a reviewer's minimum load is shared, so that the minimum loads stay reachable in total;
 * a short proposal then takes its best reviewers with room, and a reviewer below its minimum
 * takes over the review whose move loses least. It may still get stuck where an assignment
 * exists (reason `heuristic_incomplete`). Same input checks, reasons and errors as
 * `solveAssignment`.
 */
export function solveGreedy(input: AssignmentInput): AssignmentResult {
  const problem = normalizeInput(input);
  const scan = scanPairs(problem);
  const reasons = findSimpleReasons(problem, scan);
  if (reasons.length > 0) return { isFeasible: false, reasons };
  return assignGreedily(problem, scan);
}

// ---------------------------------------------------------------------------------------------
// The greedy baseline

/** Who reviews what so far; pinned pairs are taken from the start and never moved. */
class GreedyState {
  readonly reviewersOf: number[][];
  readonly filled: Int32Array;
  readonly load: Int32Array;
  readonly taken: PairSet;

  constructor(problem: Problem, scan: PairScan) {
    this.reviewersOf = Array.from({ length: problem.proposalCount }, () => []);
    this.filled = scan.pinnedByProposal.slice();
    this.load = scan.pinnedByReviewer.slice();
    this.taken = new PairSet(problem.reviewerCount, problem.proposalCount);
    for (const [proposal, reviewer] of scan.validPins) this.taken.add(proposal, reviewer);
  }

  take(proposal: number, reviewer: number): void {
    this.taken.add(proposal, reviewer);
    this.reviewersOf[proposal]?.push(reviewer);
    this.filled[proposal] = readInt(this.filled, proposal) + 1;
    this.load[reviewer] = readInt(this.load, reviewer) + 1;
  }

  release(proposal: number, reviewer: number): void {
    this.taken.delete(proposal, reviewer);
    const reviewers = this.reviewersOf[proposal] ?? [];
    reviewers.splice(reviewers.indexOf(reviewer), 1);
    this.filled[proposal] = readInt(this.filled, proposal) - 1;
    this.load[reviewer] = readInt(this.load, reviewer) - 1;
  }
}

function assignGreedily(problem: Problem, scan: PairScan): AssignmentResult {
  const reader = new AffinityReader(problem.affinity);
  const ranked = rankOpenPairs(problem, scan, reader);
  reader.throwIfInvalid();
  const state = new GreedyState(problem, scan);
  takeInRankOrder(problem, state, ranked);
  const context = { problem, scan, state, reader };
  fillShortProposals(context);
  raiseUnderloadedReviewers(context);
  const proposals = [...problem.coverage.keys()].filter(
    (proposal) => readInt(state.filled, proposal) < readInt(problem.coverage, proposal),
  );
  const reviewers = [...problem.minLoad.keys()].filter(
    (reviewer) => readInt(state.load, reviewer) < readInt(problem.minLoad, reviewer),
  );
  if (proposals.length > 0 || reviewers.length > 0) {
    return { isFeasible: false, reasons: [{ kind: 'heuristic_incomplete', proposals, reviewers }] };
  }
  const pairs = scan.validPins.map(([proposal, reviewer]) => ({ proposal, reviewer }));
  state.reviewersOf.forEach((taken, proposal) => taken.forEach((reviewer) => pairs.push({ proposal, reviewer })));
  const assigned = pairs.map((pair) => ({ ...pair, affinity: reader.read(pair.proposal, pair.reviewer) }));
  reader.throwIfInvalid();
  return feasibleResult(assigned);
}

/** Open pairs (proposal * reviewerCount + reviewer) by descending affinity. */
type RankedPairs = Uint32Array;

/** Open pairs by descending affinity; equal affinities keep pair order, so the result is deterministic. */
function rankOpenPairs(problem: Problem, scan: PairScan, reader: AffinityReader): RankedPairs {
  const capacity = problem.proposalCount * problem.reviewerCount;
  const pairs = new Uint32Array(capacity);
  const affinities = new Float64Array(capacity);
  let count = 0;
  for (let proposal = 0; proposal < problem.proposalCount; proposal++) {
    for (let reviewer = 0; reviewer < problem.reviewerCount; reviewer++) {
      if (!scan.open.has(proposal, reviewer)) continue;
      pairs[count] = proposal * problem.reviewerCount + reviewer;
      affinities[count] = reader.read(proposal, reviewer);
      count++;
    }
  }
  return sortByDescendingKey(pairs.subarray(0, count), affinities.subarray(0, count));
}

/**
 * Main pass. Reviews above a reviewer's minimum load come from a shared allowance (total
 * coverage less total minimum load); once it is spent only reviewers below their minimum may
 * take more, otherwise some minimum would become unreachable.
 */
function takeInRankOrder(problem: Problem, state: GreedyState, ranked: RankedPairs): void {
  const { reviewerCount, coverage, minLoad, maxLoad } = problem;
  let allowance = sum(coverage) - sum(minLoad);
  state.load.forEach((pinned, reviewer) => (allowance -= Math.max(0, pinned - readInt(minLoad, reviewer))));
  let proposalsLeft = 0;
  state.filled.forEach((filled, proposal) => (proposalsLeft += filled < readInt(coverage, proposal) ? 1 : 0));
  for (let rank = 0; rank < ranked.length && proposalsLeft > 0; rank++) {
    const pair = readUnsigned(ranked, rank);
    const proposal = Math.floor(pair / reviewerCount);
    const reviewer = pair - proposal * reviewerCount;
    const load = readInt(state.load, reviewer);
    if (readInt(state.filled, proposal) >= readInt(coverage, proposal) || load >= readInt(maxLoad, reviewer)) continue;
    const isAboveMinimum = load >= readInt(minLoad, reviewer);
    if (isAboveMinimum && allowance <= 0) continue;
    if (isAboveMinimum) allowance--;
    state.take(proposal, reviewer);
    if (readInt(state.filled, proposal) === readInt(coverage, proposal)) proposalsLeft--;
  }
}

type GreedyContext = { problem: Problem; scan: PairScan; state: GreedyState; reader: AffinityReader };

/** Repair: a proposal still short takes its best reviewers with room, ignoring the allowance. */
function fillShortProposals({ problem, scan, state, reader }: GreedyContext): void {
  for (let proposal = 0; proposal < problem.proposalCount; proposal++) {
    while (readInt(state.filled, proposal) < readInt(problem.coverage, proposal)) {
      let best = -1;
      let bestAffinity = -Infinity;
      for (let reviewer = 0; reviewer < problem.reviewerCount; reviewer++) {
        if (!scan.open.has(proposal, reviewer) || state.taken.has(proposal, reviewer)) continue;
        if (readInt(state.load, reviewer) >= readInt(problem.maxLoad, reviewer)) continue;
        const affinity = reader.read(proposal, reviewer);
        if (affinity > bestAffinity) [best, bestAffinity] = [reviewer, affinity];
      }
      if (best < 0) break;
      state.take(proposal, best);
    }
  }
}

/**
 * Repair: a reviewer below its minimum takes over a review from a reviewer above its own
 * minimum, choosing the move that loses the least affinity.
 */
function raiseUnderloadedReviewers({ problem, scan, state, reader }: GreedyContext): void {
  for (let reviewer = 0; reviewer < problem.reviewerCount; reviewer++) {
    while (readInt(state.load, reviewer) < readInt(problem.minLoad, reviewer)) {
      const move = findCheapestMove({ problem, scan, state, reader }, reviewer);
      if (move === undefined) break;
      state.release(move.proposal, move.from);
      state.take(move.proposal, reviewer);
    }
  }
}

function findCheapestMove(
  { problem, scan, state, reader }: GreedyContext,
  reviewer: number,
): { proposal: number; from: number } | undefined {
  let move: { proposal: number; from: number } | undefined;
  let bestGain = -Infinity;
  for (let proposal = 0; proposal < problem.proposalCount; proposal++) {
    if (!scan.open.has(proposal, reviewer) || state.taken.has(proposal, reviewer)) continue;
    const affinity = reader.read(proposal, reviewer);
    for (const from of state.reviewersOf[proposal] ?? []) {
      if (readInt(state.load, from) <= readInt(problem.minLoad, from)) continue;
      const gain = affinity - reader.read(proposal, from);
      if (gain > bestGain) [move, bestGain] = [{ proposal, from }, gain];
    }
  }
  return move;
}

/**
 * `items` reordered by descending `keys`, stably, by a least-significant-digit radix sort on the
 * keys' IEEE-754 bits: six passes of 11 bits that read their input in order, several times
 * faster than a comparison sort on millions of pairs. The items move with their keys so that the
 * caller also reads the result in order.
 */
function sortByDescendingKey(items: Uint32Array, keys: Float64Array): Uint32Array {
  const count = keys.length;
  let high = new Uint32Array(count);
  let low = new Uint32Array(count);
  let order = items.slice();
  writeDescendingBits(keys, high, low);
  let nextHigh = new Uint32Array(count);
  let nextLow = new Uint32Array(count);
  let nextOrder = new Uint32Array(count);
  const buckets = new Uint32Array(RADIX_BUCKETS);
  for (let pass = 0; pass < RADIX_PASSES; pass++) {
    const shift = pass * RADIX_BITS;
    buckets.fill(0);
    for (let index = 0; index < count; index++) {
      const digit = radixDigit(readUnsigned(high, index), readUnsigned(low, index), shift);
      buckets[digit] = readUnsigned(buckets, digit) + 1;
    }
    let start = 0;
    for (let digit = 0; digit < RADIX_BUCKETS; digit++) {
      const size = readUnsigned(buckets, digit);
      buckets[digit] = start;
      start += size;
    }
    for (let index = 0; index < count; index++) {
      const upper = readUnsigned(high, index);
      const lower = readUnsigned(low, index);
      const digit = radixDigit(upper, lower, shift);
      const slot = readUnsigned(buckets, digit);
      buckets[digit] = slot + 1;
      nextHigh[slot] = upper;
      nextLow[slot] = lower;
      nextOrder[slot] = readUnsigned(order, index);
    }
    [high, nextHigh, low, nextLow, order, nextOrder] = [nextHigh, high, nextLow, low, nextOrder, order];
  }
  return order;
}

const RADIX_BITS = 11;
const RADIX_BUCKETS = 1 << RADIX_BITS;
const RADIX_PASSES = 6;

/** The 11 bits of the 64-bit key (high, low) starting at bit `shift`. */
function radixDigit(high: number, low: number, shift: number): number {
  if (shift >= 32) return (high >>> (shift - 32)) & (RADIX_BUCKETS - 1);
  const spill = shift + RADIX_BITS > 32 ? high << (32 - shift) : 0;
  return ((low >>> shift) | spill) & (RADIX_BUCKETS - 1);
}

/**
 * Maps each double to two unsigned words whose ascending order is the doubles' descending
 * order: a negative number keeps its bits (larger magnitude, larger value), a non-negative one
 * is inverted and so lands below every negative one.
 */
function writeDescendingBits(keys: Float64Array, high: Uint32Array, low: Uint32Array): void {
  const words = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
  const isLittleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
  const highOffset = isLittleEndian ? 1 : 0;
  for (let index = 0; index < keys.length; index++) {
    const upper = readUnsigned(words, 2 * index + highOffset);
    const lower = readUnsigned(words, 2 * index + 1 - highOffset);
    const isNegative = upper >>> 31 === 1;
    high[index] = isNegative ? upper : ~upper & 0x7fffffff;
    low[index] = isNegative ? lower : ~lower >>> 0;
  }
}
