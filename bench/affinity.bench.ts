/**
 * Text affinity of every reviewer to every proposal on a generated call of 2,000 proposals and
 * 1,000 reviewers: `computeAffinities` (TF-IDF through an inverted index of the proposals)
 * against the plain way, a cosine for every pair over the same TF-IDF vectors, measured in the
 * same run. The baseline also checks the result: both must give the same score to every pair.
 */
import { computeAffinities, FIELD_SHARE, TERM_WEIGHTS, TEXT_SHARE, type AffinityTerm, type ProposalText, type ReviewerText } from '../src/domain/review/affinity.js';
import type { BenchRow } from './bench-row.js';
import { seededRandom } from '../test/support/seeded-random.js';

const VOCABULARY = 8000;
const FIELDS = ['quantum', 'materials', 'energy', 'ai_info', 'bio', 'env', 'comm'];

/** Zipf-like draws: a few words are everywhere ("model", "data"), most are rare. */
function words(random: () => number, count: number): AffinityTerm[] {
  return Array.from({ length: count }, () => {
    const rank = Math.floor(VOCABULARY ** random());
    return { term: `w${rank}`, surface: `w${rank}` };
  });
}

function generate(proposalCount: number, reviewerCount: number, seed: number): { proposals: ProposalText[]; reviewers: ReviewerText[] } {
  const random = seededRandom(seed);
  const field = () => FIELDS[Math.floor(random() * FIELDS.length)] ?? 'quantum';
  const proposals = Array.from({ length: proposalCount }, () => ({ field: field(), keywords: words(random, 5), title: words(random, 12), abstract: words(random, 150) }));
  const reviewers = Array.from({ length: reviewerCount }, () => ({ fields: [field(), field()], keywords: words(random, 6), publicationTitles: words(random, 40) }));
  return { proposals, reviewers };
}

type SparseVector = Map<string, number>;

function weightedBag(parts: ReadonlyArray<readonly [readonly AffinityTerm[], number]>): Map<string, number> {
  const bag = new Map<string, number>();
  for (const [terms, weight] of parts) for (const { term } of terms) bag.set(term, (bag.get(term) ?? 0) + weight);
  return bag;
}

function unit(bag: Map<string, number>, idf: (term: string) => number): SparseVector {
  const vector: SparseVector = new Map();
  let norm = 0;
  for (const [term, count] of bag) {
    const weight = (1 + Math.log(count)) * idf(term);
    vector.set(term, weight);
    norm += weight * weight;
  }
  for (const [term, weight] of vector) vector.set(term, weight / Math.sqrt(norm));
  return vector;
}

/** The plain way: the same TF-IDF vectors, and a cosine computed for each of the P × R pairs. */
function pairwise(proposals: readonly ProposalText[], reviewers: readonly ReviewerText[]): Float64Array {
  const proposalBags = proposals.map((p) => weightedBag([[p.keywords, TERM_WEIGHTS.proposalKeyword], [p.title, TERM_WEIGHTS.proposalTitle], [p.abstract, TERM_WEIGHTS.proposalAbstract]]));
  const reviewerBags = reviewers.map((r) => weightedBag([[r.keywords, TERM_WEIGHTS.reviewerKeyword], [r.publicationTitles, TERM_WEIGHTS.reviewerPublicationTitle]]));
  const frequency = new Map<string, number>();
  for (const bag of proposalBags) for (const term of bag.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((1 + proposals.length) / (1 + (frequency.get(term) ?? 0))) + 1;
  const proposalVectors = proposalBags.map((bag) => unit(bag, idf));
  const reviewerVectors = reviewerBags.map((bag) => unit(bag, idf));
  const scores = new Float64Array(proposals.length * reviewers.length);
  proposalVectors.forEach((proposal, p) => {
    reviewerVectors.forEach((reviewer, r) => {
      let dot = 0;
      for (const [term, weight] of reviewer) dot += weight * (proposal.get(term) ?? 0);
      const isFieldMatch = reviewers[r]?.fields.includes(proposals[p]?.field ?? '') ?? false;
      scores[p * reviewers.length + r] = TEXT_SHARE * Math.min(1, dot) + (isFieldMatch ? FIELD_SHARE : 0);
    });
  });
  return scores;
}

/** Two rows: the pairwise baseline, then computeAffinities with its time ratio and agreement. */
export function runAffinityBench(): BenchRow[] {
  const { proposals, reviewers } = generate(2000, 1000, 20261123);
  const name = 'text affinity 2000×1000 (167 words/proposal, 46/reviewer, 8,000-word vocabulary)';

  let started = performance.now();
  const baseline = pairwise(proposals, reviewers);
  const baselineMs = performance.now() - started;

  started = performance.now();
  const matrix = computeAffinities({ proposals, reviewers });
  let largestDifference = 0;
  for (let p = 0; p < proposals.length; p++) {
    for (let r = 0; r < reviewers.length; r++) largestDifference = Math.max(largestDifference, Math.abs(matrix.score(p, r) - (baseline[p * reviewers.length + r] ?? 0)));
  }
  const indexedMs = performance.now() - started;
  return [
    { case: name, variant: 'cosine of every pair (baseline)', ms: Math.round(baselineMs * 10) / 10, value: `${(proposals.length * reviewers.length).toLocaleString('en')} pairs` },
    {
      case: name,
      variant: 'computeAffinities (inverted index), every score read',
      ms: Math.round(indexedMs * 10) / 10,
      value: `largest difference from baseline ${largestDifference.toExponential(1)}`,
      ratio: `time ×${(indexedMs / baselineMs).toFixed(2)}`,
    },
  ];
}
