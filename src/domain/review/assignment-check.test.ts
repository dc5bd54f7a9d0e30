import { describe, expect, it } from 'vitest';
import { checkAssignment, type AssignmentCheckInput } from './assignment-check.js';

const base: AssignmentCheckInput = {
  proposals: [{ key: 'P1', coverage: 2 }, { key: 'P2', coverage: 2 }],
  reviewers: [
    { key: 'r1', minLoad: 0, maxLoad: 2 },
    { key: 'r2', minLoad: 1, maxLoad: 2 },
    { key: 'r3', minLoad: 0, maxLoad: 1 },
  ],
  pairs: [
    { proposal: 'P1', reviewer: 'r1' },
    { proposal: 'P1', reviewer: 'r2' },
    { proposal: 'P2', reviewer: 'r1' },
    { proposal: 'P2', reviewer: 'r3' },
  ],
  conflicted: [],
  forbidden: [],
  pinned: [],
};

describe('checkAssignment', () => {
  it('finds nothing wrong with an assignment that meets every constraint', () => {
    expect(checkAssignment(base)).toEqual([]);
  });

  it('reports a proposal short of its coverage and one above it, with the counts', () => {
    const pairs = [...base.pairs.filter((pair) => !(pair.proposal === 'P2' && pair.reviewer === 'r3')), { proposal: 'P1', reviewer: 'r3' }];
    expect(checkAssignment({ ...base, pairs })).toEqual([
      { kind: 'proposal_coverage', proposal: 'P1', assigned: 3, needed: 2 },
      { kind: 'proposal_coverage', proposal: 'P2', assigned: 1, needed: 2 },
    ]);
  });

  it('reports reviewers above their maximum and below their minimum load', () => {
    const pairs = [
      { proposal: 'P1', reviewer: 'r1' },
      { proposal: 'P1', reviewer: 'r3' },
      { proposal: 'P2', reviewer: 'r1' },
      { proposal: 'P2', reviewer: 'r3' },
    ];
    expect(checkAssignment({ ...base, pairs })).toEqual([
      { kind: 'reviewer_over_max', reviewer: 'r3', load: 2, maxLoad: 1 },
      { kind: 'reviewer_under_min', reviewer: 'r2', load: 0, minLoad: 1 },
    ]);
  });

  it('reports conflicted and forbidden pairs only when used, and pins only when missing', () => {
    const violations = checkAssignment({
      ...base,
      conflicted: [{ proposal: 'P1', reviewer: 'r2' }, { proposal: 'P2', reviewer: 'r2' }],
      forbidden: [{ proposal: 'P2', reviewer: 'r3' }, { proposal: 'P1', reviewer: 'r3' }],
      pinned: [{ proposal: 'P1', reviewer: 'r1' }, { proposal: 'P2', reviewer: 'r2' }],
    });
    expect(violations).toEqual([
      { kind: 'conflicted_pair', proposal: 'P1', reviewer: 'r2' },
      { kind: 'forbidden_pair', proposal: 'P2', reviewer: 'r3' },
      { kind: 'pinned_pair_missing', proposal: 'P2', reviewer: 'r2' },
    ]);
  });

  it('counts a pair listed twice once and reports pairs outside the side or the pool', () => {
    const pairs = [...base.pairs, { proposal: 'P1', reviewer: 'r1' }, { proposal: 'P9', reviewer: 'r1' }, { proposal: 'P1', reviewer: 'gone' }];
    expect(checkAssignment({ ...base, pairs })).toEqual([
      { kind: 'unknown_pair', proposal: 'P1', reviewer: 'gone' },
      { kind: 'unknown_pair', proposal: 'P9', reviewer: 'r1' },
    ]);
  });

  it('lists every kind at once in a stable order', () => {
    const violations = checkAssignment({
      ...base,
      pairs: [{ proposal: 'P1', reviewer: 'r3' }, { proposal: 'P2', reviewer: 'r3' }],
      conflicted: [{ proposal: 'P1', reviewer: 'r3' }],
      forbidden: [{ proposal: 'P2', reviewer: 'r3' }],
      pinned: [{ proposal: 'P1', reviewer: 'r1' }],
    });
    expect(violations.map((violation) => violation.kind)).toEqual([
      'proposal_coverage',
      'proposal_coverage',
      'reviewer_over_max',
      'reviewer_under_min',
      'conflicted_pair',
      'forbidden_pair',
      'pinned_pair_missing',
    ]);
  });
});
