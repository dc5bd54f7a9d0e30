import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error.js';
import {
  solveAssignment,
  type AssignmentInput,
  type AssignmentResult,
  type InfeasibilityReason,
} from './assignment.js';
import { solveGreedy } from './greedy-assignment.js';
import { seededRandom } from '../../../test/support/seeded-random.js';

// ---------------------------------------------------------------------------------------------
// Helpers, written independently of the solver so that they can check it

function at(values: readonly number[], index: number): number {
  const value = values[index];
  if (value === undefined) throw new Error(`index ${index} out of range`);
  return value;
}

type Matrix = number[][];

function cell(matrix: Matrix, proposal: number, reviewer: number): number {
  return at(matrix[proposal] ?? [], reviewer);
}

function coverageOf(input: AssignmentInput, proposal: number): number {
  return typeof input.coverage === 'number' ? input.coverage : at(input.coverage, proposal);
}

type Instance = {
  affinity: Matrix;
  coverage: number[];
  minLoad: number[];
  maxLoad: number[];
  forbidden?: Set<string>;
  pinned?: Array<[number, number]>;
};

function toInput(instance: Instance): AssignmentInput {
  const forbidden = instance.forbidden ?? new Set<string>();
  return {
    proposalCount: instance.coverage.length,
    reviewerCount: instance.minLoad.length,
    affinity: (proposal, reviewer) => cell(instance.affinity, proposal, reviewer),
    coverage: instance.coverage,
    minLoad: instance.minLoad,
    maxLoad: instance.maxLoad,
    isForbidden: (proposal, reviewer) => forbidden.has(`${proposal}:${reviewer}`),
    pinned: instance.pinned ?? [],
  };
}

/** Checks every constraint on a feasible result and returns the recomputed total affinity. */
function expectValidAssignment(input: AssignmentInput, result: AssignmentResult): number {
  if (!result.isFeasible) throw new Error(`expected an assignment, got ${JSON.stringify(result.reasons)}`);
  const perProposal = new Array<number>(input.proposalCount).fill(0);
  const perReviewer = new Array<number>(input.reviewerCount).fill(0);
  const used = new Set<string>();
  let total = 0;
  for (const { proposal, reviewer, affinity } of result.pairs) {
    const key = `${proposal}:${reviewer}`;
    expect(used.has(key), `pair ${key} used twice`).toBe(false);
    used.add(key);
    expect(input.isForbidden?.(proposal, reviewer) ?? false, `forbidden pair ${key} used`).toBe(false);
    expect(affinity).toBe(input.affinity(proposal, reviewer));
    perProposal[proposal] = at(perProposal, proposal) + 1;
    perReviewer[reviewer] = at(perReviewer, reviewer) + 1;
    total += affinity;
  }
  perProposal.forEach((count, proposal) => expect(count, `coverage of ${proposal}`).toBe(coverageOf(input, proposal)));
  perReviewer.forEach((count, reviewer) => {
    expect(count, `load of ${reviewer}`).toBeGreaterThanOrEqual(at(input.minLoad, reviewer));
    expect(count, `load of ${reviewer}`).toBeLessThanOrEqual(at(input.maxLoad, reviewer));
  });
  for (const [proposal, reviewer] of input.pinned ?? []) {
    expect(used.has(`${proposal}:${reviewer}`), `pinned ${proposal}:${reviewer}`).toBe(true);
  }
  expect(result.objective).toBeCloseTo(total, 9);
  return total;
}

function subsets(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  if (first === undefined) return [];
  return [...subsets(rest, size - 1).map((subset) => [first, ...subset]), ...subsets(rest, size)];
}

/** The best total affinity over every assignment, or undefined if there is none. */
function bruteForceOptimum(input: AssignmentInput): number | undefined {
  const reviewers = [...Array(input.reviewerCount).keys()];
  const pins = input.pinned ?? [];
  const loads = new Array<number>(input.reviewerCount).fill(0);
  let best: number | undefined;
  const visit = (proposal: number, total: number): void => {
    if (proposal === input.proposalCount) {
      const isLoaded = loads.every((load, reviewer) => load >= at(input.minLoad, reviewer));
      if (isLoaded && (best === undefined || total > best)) best = total;
      return;
    }
    const pinnedHere = pins.filter(([pinned]) => pinned === proposal).map(([, reviewer]) => reviewer);
    const allowed = reviewers.filter((reviewer) => !(input.isForbidden?.(proposal, reviewer) ?? false));
    for (const choice of subsets(allowed, coverageOf(input, proposal))) {
      if (!pinnedHere.every((reviewer) => choice.includes(reviewer))) continue;
      if (choice.some((reviewer) => at(loads, reviewer) >= at(input.maxLoad, reviewer))) continue;
      for (const reviewer of choice) loads[reviewer] = at(loads, reviewer) + 1;
      const gain = choice.reduce((sum, reviewer) => sum + input.affinity(proposal, reviewer), 0);
      visit(proposal + 1, total + gain);
      for (const reviewer of choice) loads[reviewer] = at(loads, reviewer) - 1;
    }
  };
  visit(0, 0);
  return best;
}

/**
 * A second, deliberately plain exact solver for instances too big to enumerate: successive
 * shortest paths with Bellman–Ford on the full network, lower bounds by the textbook
 * reduction (an arc of capacity minLoad into a second sink that every unit must reach).
 */
function denseFlowOptimum(input: AssignmentInput): number | undefined {
  const proposals = input.proposalCount;
  const reviewers = input.reviewerCount;
  const source = proposals + reviewers;
  const spare = source + 1;
  const sink = source + 2;
  const to: number[] = [];
  const capacity: number[] = [];
  const cost: number[] = [];
  const from: number[] = [];
  const addArc = (tail: number, head: number, arcCapacity: number, arcCost: number): void => {
    from.push(tail, head);
    to.push(head, tail);
    capacity.push(arcCapacity, 0);
    cost.push(arcCost, -arcCost);
  };
  let needed = 0;
  let minimum = 0;
  for (let proposal = 0; proposal < proposals; proposal++) {
    needed += coverageOf(input, proposal);
    addArc(source, proposal, coverageOf(input, proposal), 0);
    for (let reviewer = 0; reviewer < reviewers; reviewer++) {
      if (input.isForbidden?.(proposal, reviewer) ?? false) continue;
      addArc(proposal, proposals + reviewer, 1, -input.affinity(proposal, reviewer));
    }
  }
  for (let reviewer = 0; reviewer < reviewers; reviewer++) {
    minimum += at(input.minLoad, reviewer);
    addArc(proposals + reviewer, sink, at(input.minLoad, reviewer), 0);
    addArc(proposals + reviewer, spare, at(input.maxLoad, reviewer) - at(input.minLoad, reviewer), 0);
  }
  if (minimum > needed) return undefined;
  addArc(spare, sink, needed - minimum, 0);
  let total = 0;
  for (let unit = 0; unit < needed; unit++) {
    const distance = new Array<number>(sink + 1).fill(Infinity);
    const parent = new Array<number>(sink + 1).fill(-1);
    distance[source] = 0;
    for (let round = 0; round <= sink; round++) {
      let isChanged = false;
      to.forEach((head, arc) => {
        const tailDistance = at(distance, at(from, arc));
        if (at(capacity, arc) <= 0 || tailDistance === Infinity) return;
        if (tailDistance + at(cost, arc) < at(distance, head) - 1e-12) {
          distance[head] = tailDistance + at(cost, arc);
          parent[head] = arc;
          isChanged = true;
        }
      });
      if (!isChanged) break;
    }
    if (at(distance, sink) === Infinity) return undefined;
    for (let node = sink; node !== source; node = at(from, at(parent, node))) {
      const arc = at(parent, node);
      capacity[arc] = at(capacity, arc) - 1;
      capacity[arc ^ 1] = at(capacity, arc ^ 1) + 1;
    }
    total += at(distance, sink);
  }
  return -total;
}

function randomInstance(random: () => number, options: { proposals: number; reviewers: number }): Instance {
  const { proposals, reviewers } = options;
  const isTied = random() < 0.25;
  const isNegative = random() < 0.25;
  const affinity = Array.from({ length: proposals }, () =>
    Array.from({ length: reviewers }, () => {
      const value = isTied ? Math.round(random() * 3) / 3 : random();
      return isNegative ? value - 0.8 : value;
    }),
  );
  const coverage = Array.from({ length: proposals }, () => Math.floor(random() * 4));
  const maxLoad = Array.from({ length: reviewers }, () => Math.floor(random() * 5));
  const minLoad = maxLoad.map((max) => (random() < 0.5 ? 0 : Math.floor(random() * (max + 1))));
  const forbidden = new Set<string>();
  for (let proposal = 0; proposal < proposals; proposal++) {
    for (let reviewer = 0; reviewer < reviewers; reviewer++) {
      if (random() < 0.15) forbidden.add(`${proposal}:${reviewer}`);
    }
  }
  const pinned: Array<[number, number]> = [];
  if (random() < 0.4) pinned.push([Math.floor(random() * proposals), Math.floor(random() * reviewers)]);
  if (random() < 0.2) pinned.push([Math.floor(random() * proposals), Math.floor(random() * reviewers)]);
  return { affinity, coverage, minLoad, maxLoad, forbidden, pinned };
}

function kinds(result: AssignmentResult): string[] {
  return result.isFeasible ? [] : result.reasons.map((reason) => reason.kind);
}

function reasonsOf(result: AssignmentResult): InfeasibilityReason[] {
  if (result.isFeasible) throw new Error('expected no assignment');
  return result.reasons;
}

// ---------------------------------------------------------------------------------------------
// Real data: MIDL 2018 (118 papers, 177 reviewers), optima from an independent exact solver

type MidlInstance = {
  shape: { reviewers: number; papers: number };
  coverage: number[];
  loadUpper: number[];
  loadLower: number[];
  scores: number[][];
};

const MIDL_URL = new URL(
  '../../../../shared/real-data/reviewer_assignment_midl2018/derived_midl2018_instance.json',
  import.meta.url,
);

function midlInput(hasMinLoad: boolean): AssignmentInput {
  // Read inside the test on purpose: a missing file must fail the test, not skip it.
  const midl = JSON.parse(readFileSync(MIDL_URL, 'utf8')) as MidlInstance;
  return {
    proposalCount: midl.shape.papers,
    reviewerCount: midl.shape.reviewers,
    affinity: (paper, reviewer) => at(midl.scores[reviewer] ?? [], paper),
    coverage: midl.coverage,
    maxLoad: midl.loadUpper,
    minLoad: hasMinLoad ? midl.loadLower : midl.loadUpper.map(() => 0),
  };
}

describe('solveAssignment on the MIDL 2018 instance', () => {
  it('finds the known optimum 201.88488 with coverage 3 and load at most 4, above greedy', () => {
    const input = midlInput(false);
    const result = solveAssignment(input);
    const total = expectValidAssignment(input, result);
    expect(total).toBeCloseTo(201.88488, 5);
    const greedy = solveGreedy(input);
    const greedyTotal = expectValidAssignment(input, greedy);
    expect(greedyTotal).toBeLessThan(total - 1);
  });

  it('finds the known optimum 150.04313 when every reviewer must also take at least 2', () => {
    const input = midlInput(true);
    const result = solveAssignment(input);
    const total = expectValidAssignment(input, result);
    expect(total).toBeCloseTo(150.04313, 5);
    expect(result.isFeasible && result.pairs.length).toBe(354);
  });
});

// ---------------------------------------------------------------------------------------------
// Optimality against independent solvers

describe('solveAssignment optimality', () => {
  it('beats greedy where the best pair blocks a better combination', () => {
    // Greedy takes (0,0) = 10 and leaves proposal 1 with reviewer 1 = 0; optimum is 9 + 8.
    const input = toInput({ affinity: [[10, 9], [8, 0]], coverage: [1, 1], minLoad: [0, 0], maxLoad: [1, 1] });
    const exact = solveAssignment(input);
    expect(expectValidAssignment(input, exact)).toBe(17);
    expect(exact.isFeasible && exact.pairs.map((pair) => [pair.proposal, pair.reviewer])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(expectValidAssignment(input, solveGreedy(input))).toBe(10);
  });

  it('matches brute force on 600 random 4 × 5 instances (minimum loads, conflicts, pins, ties, negatives)', () => {
    const random = seededRandom(20261123);
    let feasible = 0;
    let greedyBehind = 0;
    for (let trial = 0; trial < 600; trial++) {
      const input = toInput(randomInstance(random, { proposals: 4, reviewers: 5 }));
      const expected = bruteForceOptimum(input);
      const result = solveAssignment(input);
      expect(result.isFeasible, `trial ${trial}: ${JSON.stringify(kinds(result))}`).toBe(expected !== undefined);
      if (expected === undefined) {
        expect(reasonsOf(result).length).toBeGreaterThan(0);
        continue;
      }
      feasible++;
      expect(expectValidAssignment(input, result), `trial ${trial}`).toBeCloseTo(expected, 9);
      const greedy = solveGreedy(input);
      if (!greedy.isFeasible) continue;
      const greedyTotal = expectValidAssignment(input, greedy);
      expect(greedyTotal).toBeLessThanOrEqual(expected + 1e-9);
      if (greedyTotal < expected - 1e-9) greedyBehind++;
    }
    expect(feasible).toBeGreaterThan(150);
    expect(greedyBehind).toBeGreaterThan(5);
  });

  it('matches a plain Bellman–Ford flow on 40 random 24 × 60 instances', () => {
    // With 60 reviewers each proposal's shortlist holds a fraction of them, so these cases also
    // exercise pricing and the search for missing pairs.
    const random = seededRandom(7);
    let feasible = 0;
    for (let trial = 0; trial < 40; trial++) {
      const instance = randomInstance(random, { proposals: 24, reviewers: 60 });
      instance.pinned = [];
      const input = toInput(instance);
      const expected = denseFlowOptimum(input);
      const result = solveAssignment(input);
      expect(result.isFeasible, `trial ${trial}: ${JSON.stringify(kinds(result))}`).toBe(expected !== undefined);
      if (expected === undefined) continue;
      feasible++;
      expect(expectValidAssignment(input, result)).toBeCloseTo(expected, 9);
    }
    expect(feasible).toBeGreaterThan(10);
  });

  it('stays exact when every proposal prefers the same few reviewers (the shortlist is not enough)', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 10; trial++) {
      const proposals = 40 + Math.floor(random() * 20);
      const reviewers = 30 + Math.floor(random() * 20);
      const popular = 5 + Math.floor(random() * 10);
      // Reviewers below `popular` are everyone's favourites but can take only 2 proposals each;
      // the optimum must look far past each proposal's shortlist, and every reviewer must take
      // at least one proposal, which their own shortlists alone may not provide.
      const affinity = Array.from({ length: proposals }, () =>
        Array.from({ length: reviewers }, (_, reviewer) => (reviewer < popular ? 0.8 : 0) + 0.2 * random()),
      );
      const forbidden = new Set<string>();
      for (let proposal = 0; proposal < proposals; proposal++) {
        for (let reviewer = 0; reviewer < reviewers; reviewer++) {
          if (random() < 0.1) forbidden.add(`${proposal}:${reviewer}`);
        }
      }
      const input = toInput({
        affinity,
        coverage: new Array<number>(proposals).fill(3),
        minLoad: new Array<number>(reviewers).fill(1 + Math.floor(random() * 2)),
        maxLoad: Array.from({ length: reviewers }, (_, reviewer) => (reviewer < popular ? 2 : 8)),
        forbidden,
      });
      const expected = denseFlowOptimum(input);
      const result = solveAssignment(input);
      expect(result.isFeasible, `trial ${trial}`).toBe(expected !== undefined);
      if (expected !== undefined) expect(expectValidAssignment(input, result)).toBeCloseTo(expected, 9);
    }
  });

  it('returns the only possible total when all affinities tie', () => {
    const input = toInput({
      affinity: Array.from({ length: 6 }, () => new Array<number>(5).fill(0.5)),
      coverage: new Array<number>(6).fill(2),
      minLoad: new Array<number>(5).fill(2),
      maxLoad: new Array<number>(5).fill(3),
    });
    expect(expectValidAssignment(input, solveAssignment(input))).toBeCloseTo(6, 12);
  });

  it('maximises a total of negative affinities (the least negative assignment)', () => {
    const input = toInput({
      affinity: [
        [-1, -5, -2],
        [-3, -1, -4],
      ],
      coverage: [2, 1],
      minLoad: [0, 0, 0],
      maxLoad: [1, 1, 1],
    });
    // Proposal 0 takes reviewers 0 and 2 (−3), proposal 1 takes reviewer 1 (−1).
    expect(expectValidAssignment(input, solveAssignment(input))).toBe(-4);
  });

  it('honours pinned pairs even when they lower the total, and never uses a forbidden pair', () => {
    const input = toInput({
      affinity: [
        [0.9, 0.1, 0.5],
        [0.8, 0.7, 0.2],
      ],
      coverage: [1, 1],
      minLoad: [0, 0, 0],
      maxLoad: [1, 1, 1],
      forbidden: new Set(['1:0']),
      pinned: [
        [0, 1],
        [0, 1],
      ],
    });
    const result = solveAssignment(input);
    // Proposal 0 is pinned to reviewer 1 (0.1); proposal 1 may not use reviewer 0 and reviewer 1
    // is full, so it gets reviewer 2 (0.2).
    expect(expectValidAssignment(input, result)).toBeCloseTo(0.3, 12);
    expect(result.isFeasible && result.pairs.map((pair) => [pair.proposal, pair.reviewer])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('handles proposals needing no reviews and reviewers without capacity', () => {
    const input = toInput({ affinity: [[1, 2], [3, 4]], coverage: [0, 1], minLoad: [0, 0], maxLoad: [1, 0] });
    const result = solveAssignment(input);
    expect(expectValidAssignment(input, result)).toBe(3);
    expect(solveAssignment(toInput({ affinity: [], coverage: [], minLoad: [], maxLoad: [] }))).toEqual({
      isFeasible: true,
      objective: 0,
      pairs: [],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Infeasibility, explained

describe('solveAssignment infeasibility reasons', () => {
  const base = (): Instance => ({
    affinity: Array.from({ length: 3 }, () => [0.1, 0.2, 0.3, 0.4]),
    coverage: [2, 2, 2],
    minLoad: [0, 0, 0, 0],
    maxLoad: [2, 2, 2, 2],
  });

  it('reports a proposal with too few eligible reviewers (conflicts and zero capacity)', () => {
    const instance = base();
    instance.maxLoad = [2, 0, 2, 4];
    instance.forbidden = new Set(['0:0', '0:2']);
    expect(reasonsOf(solveAssignment(toInput(instance)))).toEqual([
      { kind: 'proposal_too_few_reviewers', proposal: 0, available: 1, needed: 2 },
    ]);
  });

  it('reports a reviewer who cannot reach the minimum load, and a minimum above the maximum', () => {
    const instance = base();
    instance.minLoad = [3, 0, 3, 0];
    instance.maxLoad = [3, 2, 2, 2];
    instance.forbidden = new Set(['0:0', '1:0']);
    expect(reasonsOf(solveAssignment(toInput(instance)))).toEqual([
      { kind: 'reviewer_min_above_max', reviewer: 2, minLoad: 3, maxLoad: 2 },
      { kind: 'reviewer_too_few_proposals', reviewer: 0, available: 1, needed: 3 },
    ]);
  });

  it('reports total capacity and total minimum load together with per-person reasons', () => {
    const capacity = base();
    capacity.maxLoad = [1, 1, 1, 1];
    expect(reasonsOf(solveAssignment(toInput(capacity)))).toEqual([
      { kind: 'total_capacity', capacity: 4, needed: 6 },
    ]);
    const minimum = base();
    minimum.minLoad = [2, 2, 2, 1];
    expect(reasonsOf(solveAssignment(toInput(minimum)))).toEqual([
      { kind: 'total_min_load', minimum: 7, available: 6 },
    ]);
  });

  it('reports every problem with pinned pairs at once', () => {
    const instance = base();
    instance.forbidden = new Set(['2:3']);
    instance.pinned = [
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [2, 0],
      [2, 3],
    ];
    expect(reasonsOf(solveAssignment(toInput(instance)))).toEqual([
      { kind: 'pinned_forbidden', proposal: 2, reviewer: 3 },
      { kind: 'pinned_above_coverage', proposal: 0, pinned: 3, coverage: 2 },
      { kind: 'pinned_above_max_load', reviewer: 0, pinned: 3, maxLoad: 2 },
    ]);
  });

  it('finds a group of proposals whose eligible reviewers cannot cover them (Hall witness)', () => {
    // Proposals 0 and 1 may only use reviewers 0 and 1, who can take one proposal each.
    const instance: Instance = {
      affinity: Array.from({ length: 4 }, () => [0.5, 0.5, 0.5, 0.5]),
      coverage: [2, 2, 1, 1],
      minLoad: [0, 0, 0, 0],
      maxLoad: [1, 1, 4, 4],
      forbidden: new Set(['0:2', '0:3', '1:2', '1:3']),
    };
    expect(reasonsOf(solveAssignment(toInput(instance)))).toEqual([
      { kind: 'group_capacity', proposals: [0, 1], reviewers: [0, 1], capacity: 2, needed: 4 },
    ]);
  });

  /**
   * Reviewers 0 and 1 each need 2 proposals and may only review proposals 0 and 1, which need
   * one review each: 4 needed, 2 available, though each reviewer alone sees 2 proposals.
   */
  const minLoadGroupInstance = (): Instance => ({
    affinity: Array.from({ length: 4 }, () => [0.5, 0.5, 0.5, 0.5]),
    coverage: [1, 1, 2, 2],
    minLoad: [2, 2, 0, 0],
    maxLoad: [2, 2, 6, 6],
    forbidden: new Set(['2:0', '2:1', '3:0', '3:1']),
  });

  it('finds a group of reviewers whose minimum loads their eligible proposals cannot meet', () => {
    const instance = minLoadGroupInstance();
    expect(reasonsOf(solveAssignment(toInput(instance)))).toEqual([
      { kind: 'group_min_load', reviewers: [0, 1], proposals: [0, 1], minimum: 4, available: 2 },
    ]);
  });

  it('counts pinned pairs in a group witness', () => {
    // As above, with reviewer 0 pinned to proposal 0: the pin is one of the 2 available reviews
    // and proposal 0 has nothing left to give.
    const instance = minLoadGroupInstance();
    instance.pinned = [[0, 0]];
    expect(reasonsOf(solveAssignment(toInput(instance)))).toEqual([
      { kind: 'group_min_load', reviewers: [0, 1], proposals: [1], minimum: 4, available: 2 },
    ]);
  });

  it('lets a pin satisfy part of a minimum load', () => {
    // Reviewer 1 must take all 3 proposals; one of them is pinned to it.
    const input = toInput({
      affinity: Array.from({ length: 3 }, () => [0.5, 0.5, 0.5]),
      coverage: [1, 1, 1],
      minLoad: [0, 3, 0],
      maxLoad: [3, 3, 3],
      pinned: [[2, 1]],
    });
    const result = solveAssignment(input);
    expect(expectValidAssignment(input, result)).toBeCloseTo(1.5, 12);
    expect(result.isFeasible && result.pairs.every((pair) => pair.reviewer === 1)).toBe(true);
  });

  it('agrees with brute force on feasibility and always gives a reason when there is none', () => {
    const random = seededRandom(99);
    const seen = new Set<string>();
    for (let trial = 0; trial < 400; trial++) {
      const input = toInput(randomInstance(random, { proposals: 3, reviewers: 4 }));
      const result = solveAssignment(input);
      expect(result.isFeasible).toBe(bruteForceOptimum(input) !== undefined);
      for (const kind of kinds(result)) seen.add(kind);
    }
    expect(seen.has('no_feasible_assignment')).toBe(false);
    expect(seen.size).toBeGreaterThan(3);
  });
});

// ---------------------------------------------------------------------------------------------
// Input errors and the greedy baseline

describe('solveAssignment input errors', () => {
  it('throws VALIDATION_FAILED listing every malformed field', () => {
    const input: AssignmentInput = {
      proposalCount: 2,
      reviewerCount: 2,
      affinity: () => 0,
      coverage: [1],
      minLoad: [0, -1],
      maxLoad: [1, 1.5],
      pinned: [[2, 0]],
    };
    let caught: unknown;
    try {
      solveAssignment(input);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught)).toBe(true);
    if (!isAppError(caught)) return;
    expect(caught.code).toBe('VALIDATION_FAILED');
    expect(caught.issues.map((issue) => issue.path)).toEqual(['coverage', 'minLoad[1]', 'maxLoad[1]', 'pinned[0]']);
    expect(caught.issues.every((issue) => issue.message.en.length > 0 && issue.message.ja.length > 0)).toBe(true);
  });

  it('throws VALIDATION_FAILED for an affinity that is not a finite number', () => {
    const input = toInput({ affinity: [[0.5, Number.NaN]], coverage: [1], minLoad: [0, 0], maxLoad: [1, 1] });
    expect(() => solveAssignment(input)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => solveGreedy(input)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});

describe('solveGreedy', () => {
  it('keeps minimum loads reachable by sharing the room above them', () => {
    // Everyone prefers reviewer 0; reviewer 1 must still take one proposal.
    const input = toInput({ affinity: [[0.9, 0.1], [0.8, 0.3]], coverage: [1, 1], minLoad: [0, 1], maxLoad: [2, 2] });
    const result = solveGreedy(input);
    expect(expectValidAssignment(input, result)).toBeCloseTo(1.2, 12);
  });

  it('reports where it got stuck when the problem needs a non-greedy choice', () => {
    // Greedy gives proposal 0 reviewer 1, the only reviewer proposal 1 may use.
    const input = toInput({
      affinity: [
        [0.8, 0.9],
        [0.1, 0.2],
      ],
      coverage: [1, 1],
      minLoad: [0, 0],
      maxLoad: [1, 1],
      forbidden: new Set(['1:0']),
    });
    expect(expectValidAssignment(input, solveAssignment(input))).toBeCloseTo(1.0, 12);
    expect(reasonsOf(solveGreedy(input))).toEqual([{ kind: 'heuristic_incomplete', proposals: [1], reviewers: [] }]);
  });
});
