import { describe, expect, it } from 'vitest';
import { computeScores, missingCriteria, populationSd, reviewTotal, type ReviewScoresInput } from './scores.js';

// significance counts twice as much as plan: total = (2 * significance + plan) / 3.
const criteria = [
  { code: 'significance', weight: 2 },
  { code: 'plan', weight: 1 },
];

function review(proposal: string, reviewer: string, significance: number, plan: number, confidence: number | null = 3): ReviewScoresInput {
  return { proposal, reviewer, scores: { significance, plan }, confidence };
}

describe('reviewTotal', () => {
  it('is the weighted mean over the call\'s criteria', () => {
    expect(reviewTotal(criteria, { significance: 5, plan: 2 })).toBe(4);
    expect(reviewTotal(criteria, { significance: 4, plan: 1 })).toBe(3);
    expect(reviewTotal(criteria, { significance: 4, plan: 3 })).toBeCloseTo(11 / 3, 12);
  });

  it('ignores scores for codes that are not criteria', () => {
    expect(reviewTotal(criteria, { significance: 5, plan: 2, other: 1 })).toBe(4);
  });

  it('has no total when a criterion is unscored, or when nothing carries weight', () => {
    expect(reviewTotal(criteria, { significance: 5 })).toBeNull();
    expect(missingCriteria(criteria, { significance: 5 })).toEqual(['plan']);
    expect(missingCriteria(criteria, {})).toEqual(['significance', 'plan']);
    expect(reviewTotal([], {})).toBeNull();
    expect(reviewTotal([{ code: 'a', weight: 0 }], { a: 3 })).toBeNull();
  });
});

describe('populationSd', () => {
  it('divides by n', () => {
    expect(populationSd([2, 4])).toBe(1);
    expect(populationSd([4, 3, 2])).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(populationSd([7])).toBe(0);
  });
});

describe('computeScores', () => {
  // r1 reviews three proposals with totals 4, 3, 2 (mean 3, population sd √(2/3));
  // r2 has a single review (its term is 0); r3 gives two different score sets with the same
  // total 4 (sd 0, terms 0); r4 reviews only P4.
  const reviews = [
    review('P1', 'r1', 5, 2), // 4
    review('P2', 'r1', 3, 3), // 3
    review('P3', 'r1', 2, 2), // 2
    review('P1', 'r2', 4, 1), // 3
    review('P2', 'r3', 4, 4), // 4
    review('P3', 'r3', 5, 2), // 4
    review('P4', 'r4', 2, 2), // 2
  ];
  const z = 1 / Math.sqrt(2 / 3); // (4 - 3) / √(2/3) ≈ 1.2247

  it('computes raw, normalised and percentile scores by hand', () => {
    const { proposals, incomplete } = computeScores({ criteria, reviews });
    expect(incomplete).toEqual([]);
    expect(proposals.map((entry) => entry.proposal)).toEqual(['P1', 'P2', 'P3', 'P4']);
    const [p1, p2, p3, p4] = proposals;

    // P1: totals 4 (r1) and 3 (r2); r1's term z, r2's term 0 (one review).
    expect(p1?.reviewCount).toBe(2);
    expect(p1?.raw).toBe(3.5);
    expect(p1?.normalized).toBeCloseTo(z / 2, 12);
    expect(p1?.normalized).toBeCloseTo(0.6123724357, 9);
    expect(p1?.spread).toEqual({ min: 3, max: 4, sd: 0.5 });
    // P1 and P2 tie at 3.5 with P3 (3) and P4 (2) below: 100 * (2 + 2/2) / 4.
    expect(p1?.percentile).toBe(75);

    // P2: totals 3 (r1, exactly r1's mean: 0) and 4 (r3, sd 0: 0).
    expect(p2?.raw).toBe(3.5);
    expect(p2?.normalized).toBe(0);
    expect(p2?.percentile).toBe(75);

    // P3: totals 2 (r1: -z) and 4 (r3: 0).
    expect(p3?.raw).toBe(3);
    expect(p3?.normalized).toBeCloseTo(-z / 2, 12);
    expect(p3?.percentile).toBe(37.5); // 100 * (1 + 1/2) / 4
    expect(p3?.spread).toEqual({ min: 2, max: 4, sd: 1 });

    // P4: one review by a reviewer with one review.
    expect(p4).toMatchObject({ reviewCount: 1, raw: 2, normalized: 0, percentile: 12.5, spread: { min: 2, max: 2, sd: 0 } });
  });

  it('keeps each review\'s scores, total, confidence and standardised total, highest total first', () => {
    const { proposals } = computeScores({ criteria, reviews });
    const p1 = proposals.find((entry) => entry.proposal === 'P1');
    expect(p1?.reviews.map((entry) => [entry.reviewer, entry.total, entry.confidence])).toEqual([
      ['r1', 4, 3],
      ['r2', 3, 3],
    ]);
    expect(p1?.reviews[0]?.scores).toEqual({ significance: 5, plan: 2 });
    expect(p1?.reviews[0]?.standardized).toBeCloseTo(z, 12);
    expect(p1?.reviews[1]?.standardized).toBe(0);
  });

  it('does not depend on the order of the reviews', () => {
    const forward = computeScores({ criteria, reviews });
    const backward = computeScores({ criteria, reviews: [...reviews].reverse() });
    expect(backward.proposals.map((entry) => [entry.proposal, entry.raw, entry.percentile])).toEqual(forward.proposals.map((entry) => [entry.proposal, entry.raw, entry.percentile]));
    backward.proposals.forEach((entry, index) => expect(entry.normalized).toBeCloseTo(forward.proposals[index]?.normalized ?? NaN, 12));
  });

  it('gives a single reviewed proposal the 50th percentile (it only ties with itself)', () => {
    const { proposals } = computeScores({ criteria, reviews: [review('P9', 'r1', 3, 3)] });
    expect(proposals).toEqual([
      expect.objectContaining({ proposal: 'P9', reviewCount: 1, raw: 3, normalized: 0, percentile: 50 }),
    ]);
  });

  it('treats raws that differ only by floating-point rounding as a tie', () => {
    // (0.1 + 0.2) / 2 is 0.15000000000000002 in binary floating point; 0.15 is the same score.
    const one = [{ code: 'x', weight: 1 }];
    const { proposals } = computeScores({
      criteria: one,
      reviews: [
        { proposal: 'A', reviewer: 'r1', scores: { x: 0.1 }, confidence: null },
        { proposal: 'A', reviewer: 'r2', scores: { x: 0.2 }, confidence: null },
        { proposal: 'B', reviewer: 'r3', scores: { x: 0.15 }, confidence: null },
      ],
    });
    expect(proposals.map((entry) => [entry.proposal, entry.percentile])).toEqual([
      ['A', 50],
      ['B', 50],
    ]);
  });

  it('standardises a reviewer\'s totals: their terms over the call sum to zero', () => {
    const many = [review('A', 'r', 5, 5), review('B', 'r', 4, 1), review('C', 'r', 1, 1), review('D', 'r', 2, 5)];
    const { proposals } = computeScores({ criteria, reviews: many });
    const terms = proposals.flatMap((entry) => entry.reviews.map((item) => item.standardized));
    expect(terms.reduce((sum, value) => sum + value, 0)).toBeCloseTo(0, 12);
    expect(populationSd(terms)).toBeCloseTo(1, 12);
  });

  it('leaves out a review that lacks a criterion score and reports it', () => {
    const { proposals, incomplete } = computeScores({
      criteria,
      reviews: [review('P1', 'r1', 5, 2), { proposal: 'P1', reviewer: 'r2', scores: { significance: 1 }, confidence: 2 }, { proposal: 'P2', reviewer: 'r2', scores: {}, confidence: null }],
    });
    expect(incomplete).toEqual([
      { proposal: 'P1', reviewer: 'r2', missing: ['plan'] },
      { proposal: 'P2', reviewer: 'r2', missing: ['significance', 'plan'] },
    ]);
    expect(proposals).toEqual([expect.objectContaining({ proposal: 'P1', reviewCount: 1, raw: 4, percentile: 50 })]);
  });

  it('returns nothing for no reviews', () => {
    expect(computeScores({ criteria, reviews: [] })).toEqual({ proposals: [], incomplete: [] });
  });
});
