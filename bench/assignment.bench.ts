/**
 * Reviewer assignment: the exact solver against the greedy baseline, on the real MIDL 2018
 * instance and on a generated call of 2,000 proposals and 1,000 reviewers.
 */
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import {
  solveAssignment,
  type AssignmentInput,
  type AssignmentResult,
} from '../src/domain/review/assignment.js';
import { solveGreedy } from '../src/domain/review/greedy-assignment.js';
import { runAffinityBench } from './affinity.bench.js';

export type { BenchRow } from './bench-row.js';
import type { BenchRow } from './bench-row.js';
import { seededRandom } from '../test/support/seeded-random.js';

type MidlInstance = {
  shape: { reviewers: number; papers: number };
  coverage: number[];
  loadUpper: number[];
  loadLower: number[];
  scores: number[][];
};

const MIDL_PATH = new URL(
  '../../shared/real-data/reviewer_assignment_midl2018/derived_midl2018_instance.json',
  import.meta.url,
);

function loadMidl(): MidlInstance {
  return JSON.parse(readFileSync(MIDL_PATH, 'utf8')) as MidlInstance;
}

function midlInput(instance: MidlInstance, hasMinLoad: boolean): AssignmentInput {
  const { papers, reviewers } = instance.shape;
  // One flat proposal-major array, so that each affinity call is a single typed-array read; the
  // file stores scores[reviewer][paper].
  const affinity = new Float64Array(papers * reviewers);
  instance.scores.forEach((row, reviewer) =>
    row.forEach((score, paper) => (affinity[paper * reviewers + reviewer] = score)),
  );
  return {
    proposalCount: papers,
    reviewerCount: reviewers,
    affinity: (proposal, reviewer) => affinity[proposal * reviewers + reviewer] ?? 0,
    coverage: instance.coverage,
    maxLoad: instance.loadUpper,
    minLoad: hasMinLoad ? instance.loadLower : instance.loadUpper.map(() => 0),
  };
}

const TOPIC_COUNT = 40;

/**
 * Unit topic vectors whose mass sits on a few topics (raising uniforms to the 6th power leaves
 * most weights near zero), so affinities are cosine similarities in [0, 1] with a long tail, as
 * text-similarity scores are.
 */
function topicVectors(count: number, random: () => number): Float64Array {
  const vectors = new Float64Array(count * TOPIC_COUNT);
  for (let owner = 0; owner < count; owner++) {
    let norm = 0;
    for (let topic = 0; topic < TOPIC_COUNT; topic++) {
      const weight = random() ** 6;
      vectors[owner * TOPIC_COUNT + topic] = weight;
      norm += weight * weight;
    }
    const scale = 1 / Math.sqrt(norm);
    for (let topic = 0; topic < TOPIC_COUNT; topic++) vectors[owner * TOPIC_COUNT + topic]! *= scale;
  }
  return vectors;
}

type GeneratedCall = { input: AssignmentInput; conflictShare: number };

function generateCall(options: {
  proposals: number;
  reviewers: number;
  coverage: number;
  minLoad: number;
  maxLoad: number;
  conflictRate: number;
  seed: number;
}): GeneratedCall {
  const { proposals, reviewers } = options;
  const random = seededRandom(options.seed);
  const proposalTopics = topicVectors(proposals, random);
  const reviewerTopics = topicVectors(reviewers, random);
  const affinity = new Float64Array(proposals * reviewers);
  const isConflicted = new Uint8Array(proposals * reviewers);
  let conflicts = 0;
  for (let proposal = 0; proposal < proposals; proposal++) {
    for (let reviewer = 0; reviewer < reviewers; reviewer++) {
      let dot = 0;
      for (let topic = 0; topic < TOPIC_COUNT; topic++) {
        dot += proposalTopics[proposal * TOPIC_COUNT + topic]! * reviewerTopics[reviewer * TOPIC_COUNT + topic]!;
      }
      const pair = proposal * reviewers + reviewer;
      affinity[pair] = dot;
      if (random() < options.conflictRate) {
        isConflicted[pair] = 1;
        conflicts++;
      }
    }
  }
  return {
    input: {
      proposalCount: proposals,
      reviewerCount: reviewers,
      affinity: (proposal, reviewer) => affinity[proposal * reviewers + reviewer] ?? 0,
      isForbidden: (proposal, reviewer) => isConflicted[proposal * reviewers + reviewer] === 1,
      coverage: options.coverage,
      minLoad: new Array<number>(reviewers).fill(options.minLoad),
      maxLoad: new Array<number>(reviewers).fill(options.maxLoad),
    },
    conflictShare: conflicts / (proposals * reviewers),
  };
}

/** Peak resident set size of this process so far (the kernel's high-water mark), in MiB. */
function peakRssMiB(): number {
  return Math.round((resourceUsage().maxRSS / 1024) * 10) / 10;
}

// The median of a few runs, so that the first run's compilation does not decide the row.
const RUNS = 3;

function timed(solve: () => AssignmentResult): { result: AssignmentResult; ms: number } {
  let result = solve();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    result = solve();
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  return { result, ms: Math.round((times[Math.floor(RUNS / 2)] ?? 0) * 10) / 10 };
}

function describe(result: AssignmentResult): string {
  if (result.isFeasible) return `objective ${result.objective.toFixed(5)} (${result.pairs.length} pairs)`;
  return `no assignment: ${result.reasons.map((reason) => reason.kind).join(', ')}`;
}

function compareRows(name: string, input: AssignmentInput): BenchRow[] {
  const greedy = timed(() => solveGreedy(input));
  const greedyRss = peakRssMiB();
  const exact = timed(() => solveAssignment(input));
  const exactRss = peakRssMiB();
  const timeRatio = `time ×${(exact.ms / Math.max(greedy.ms, 0.1)).toFixed(2)}`;
  const objectiveRatio =
    exact.result.isFeasible && greedy.result.isFeasible
      ? `objective ×${(exact.result.objective / greedy.result.objective).toFixed(5)}`
      : 'objective: greedy found no assignment';
  return [
    { case: name, variant: 'greedy (baseline)', ms: greedy.ms, value: describe(greedy.result), rssMiB: greedyRss },
    {
      case: name,
      variant: 'exact (min-cost flow)',
      ms: exact.ms,
      value: describe(exact.result),
      ratio: `${objectiveRatio}; ${timeRatio}`,
      rssMiB: exactRss,
    },
  ];
}

/** Lets pending I/O run between cases, so that a caller's progress output is not held back. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs every assignment case and returns two rows per case, the greedy baseline first, then the
 * exact solver with its objective and time ratios to the baseline. `ms` is the median of three
 * runs after one warm-up run; `rssMiB` is the process's peak resident set size so far.
 */
export async function runAssignmentBench(): Promise<BenchRow[]> {
  const midl = loadMidl();
  const rows = compareRows('MIDL 2018, 118×177, coverage 3, load ≤ 4', midlInput(midl, false));
  await yieldToEventLoop();
  rows.push(...compareRows('MIDL 2018, 118×177, coverage 3, load 2–4', midlInput(midl, true)));
  await yieldToEventLoop();
  const generated = generateCall({
    proposals: 2000,
    reviewers: 1000,
    coverage: 3,
    minLoad: 4,
    maxLoad: 8,
    conflictRate: 0.05,
    seed: 20261123,
  });
  const share = (generated.conflictShare * 100).toFixed(1);
  rows.push(...compareRows(`generated 2000×1000, coverage 3, load 4–8, ${share}% conflicts`, generated.input));
  await yieldToEventLoop();
  // The affinities a real solve starts from: text, computed for every pair of the same size.
  rows.push(...runAffinityBench());
  return rows;
}
