import { describe, expect, it } from 'vitest';
import type { CriterionRecord, ReviewRecord } from '../../db/repositories/review.repository.js';
import { applyReviewChange, toReviewState } from './review-support.js';

const criteria: CriterionRecord[] = [
  { code: 'significance', name: { en: 'Significance', ja: '重要性' }, weight: 2, scale: [1, 5] },
  { code: 'plan', name: { en: 'Plan', ja: '計画' }, weight: 1, scale: [0, 10] },
];

const stored: ReviewRecord = {
  id: 1,
  proposalId: 1,
  reviewerId: 1,
  scores: { significance: 3, plan: 7, retired: 2 },
  confidence: 2,
  commentEn: 'Old',
  commentJa: '旧',
  status: 'draft',
  updatedAt: null,
  submittedAt: null,
  reopenedBy: null,
  reopenedAt: null,
  version: 4,
};

describe('applyReviewChange', () => {
  it('changes only what the body names, clears with null, trims comments and drops scores of codes that are not criteria', () => {
    const { draft, issues } = applyReviewChange({ criteria, stored, body: { version: 4, scores: { plan: null }, comment: { en: '  Better.  ', ja: '   ' } }, isSubmitting: false });
    expect(issues).toEqual([]);
    expect(draft).toEqual({ scores: { significance: 3 }, confidence: 2, commentEn: 'Better.', commentJa: null });
  });

  it('names every wrong field with a message in both languages', () => {
    const { issues } = applyReviewChange({ criteria, stored: null, body: { version: 0, scores: { significance: 6, plan: 2.5, novelty: 3 }, confidence: 0 }, isSubmitting: false });
    expect(issues.map((issue) => issue.path)).toEqual(['scores.significance', 'scores.plan', 'scores.novelty', 'confidence']);
    expect(issues[0]?.message.en).toBe('The score 6 for "significance" must be a whole number from 1 to 5.');
    expect(issues[0]?.message.ja).toContain('1 から 5');
    expect(issues[2]?.message.en).toContain('significance, plan');
  });

  it('accepts the ends of each scale', () => {
    expect(applyReviewChange({ criteria, stored: null, body: { version: 0, scores: { significance: 1, plan: 0 }, confidence: 5 }, isSubmitting: true }).issues).toEqual([]);
    expect(applyReviewChange({ criteria, stored: null, body: { version: 0, scores: { significance: 5, plan: 10 }, confidence: 1 }, isSubmitting: true }).issues).toEqual([]);
  });

  it('requires every criterion and a confidence to submit, not to save', () => {
    const body = { version: 0, scores: { significance: 4 } };
    expect(applyReviewChange({ criteria, stored: null, body, isSubmitting: false }).issues).toEqual([]);
    expect(applyReviewChange({ criteria, stored: null, body, isSubmitting: true }).issues.map((issue) => issue.path)).toEqual(['scores.plan', 'confidence']);
  });
});

describe('toReviewState', () => {
  it('shows a pair without a review as not started at version 0', () => {
    expect(toReviewState(null)).toMatchObject({ status: 'not_started', version: 0, scores: {}, confidence: null, comment: { en: null, ja: null } });
    expect(toReviewState(stored)).toMatchObject({ status: 'draft', version: 4, comment: { en: 'Old', ja: '旧' } });
  });
});
