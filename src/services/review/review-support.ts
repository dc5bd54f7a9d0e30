import type { Actor } from '../../domain/access/actor.js';
import { actorLabel } from '../../domain/access/actor.js';
import { AppError, type ValidationIssue } from '../../domain/app-error.js';
import { missingCriteria } from '../../domain/review/scores.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findReview, listCriteria, writeReview, type AssignedPair, type CriterionRecord, type ReviewRecord } from '../../db/repositories/review.repository.js';
import type { Executor } from '../../db/database.js';
import type { ReviewState, SaveReviewBody } from '../../contracts/review.schemas.js';
import { translate } from '../../i18n/catalogue.js';
import type { ServiceContext } from '../service-context.js';
import { listReviewablePairs } from './reviewer-access.js';

/** The form state of a pair's review; a pair without a review is `not_started`, version 0. */
export function toReviewState(review: ReviewRecord | null): ReviewState {
  if (!review) return { status: 'not_started', version: 0, scores: {}, confidence: null, comment: { en: null, ja: null }, updatedAt: null, submittedAt: null, reopenedAt: null };
  return {
    status: review.status,
    version: review.version,
    scores: review.scores,
    confidence: review.confidence,
    comment: { en: review.commentEn, ja: review.commentJa },
    updatedAt: review.updatedAt?.toISOString() ?? null,
    submittedAt: review.submittedAt?.toISOString() ?? null,
    reopenedAt: review.reopenedAt?.toISOString() ?? null,
  };
}

/**
 * The actor's reviewable pair for a proposal. A reviewer in two agencies' pools assigned the
 * same proposal by both gets the first agency's by code. Throws UNAUTHENTICATED, and NOT_FOUND
 * for anyone not assigned (or conflicted), exactly as for a proposal that does not exist.
 */
export async function findPairFor(db: Executor, actor: Actor | null, proposalRef: string): Promise<{ actor: Actor; pair: AssignedPair }> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const pair = (await listReviewablePairs(db, actor, proposalRef))[0];
  if (!pair) throw new AppError('NOT_FOUND', { params: { kind: 'proposal', key: proposalRef } });
  return { actor, pair };
}

function issue(path: string, key: string, params: Record<string, string | number> = {}): ValidationIssue {
  return { path, message: { en: translate('en', `review:validation.${key}`, params), ja: translate('ja', `review:validation.${key}`, params) } };
}

function cleanText(value: string | null | undefined, previous: string | null): string | null {
  if (value === undefined) return previous;
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

type Draft = { scores: Record<string, number>; confidence: number | null; commentEn: string | null; commentJa: string | null };

/**
 * Applies a change to the stored review (or an empty one), collecting a problem per field:
 * unknown criterion, a score that is not an integer on the criterion's scale, a confidence
 * outside 1–5. With `isSubmitting`, every criterion must be scored and a confidence given.
 */
export function applyReviewChange(options: { criteria: readonly CriterionRecord[]; stored: ReviewRecord | null; body: SaveReviewBody; isSubmitting: boolean }): { draft: Draft; issues: ValidationIssue[] } {
  const { criteria, stored, body } = options;
  const issues: ValidationIssue[] = [];
  const scores: Record<string, number> = { ...(stored?.scores ?? {}) };
  for (const [code, score] of Object.entries(body.scores ?? {})) {
    const criterion = criteria.find((item) => item.code === code);
    if (!criterion) {
      issues.push(issue(`scores.${code}`, 'unknownCriterion', { code, criteria: criteria.map((item) => item.code).join(', ') }));
      continue;
    }
    if (score === null) {
      delete scores[code];
      continue;
    }
    const [min, max] = criterion.scale;
    // Scales are steps of one (the form offers one button per point of the scale).
    if (!Number.isInteger(score) || score < min || score > max) {
      issues.push(issue(`scores.${code}`, 'scoreOutOfScale', { code, score, min, max }));
      continue;
    }
    scores[code] = score;
  }
  let confidence = stored?.confidence ?? null;
  if (body.confidence !== undefined) {
    if (body.confidence !== null && (!Number.isInteger(body.confidence) || body.confidence < 1 || body.confidence > 5)) issues.push(issue('confidence', 'confidenceRange', { value: body.confidence }));
    else confidence = body.confidence;
  }
  const draft: Draft = {
    // Keep only the call's criteria: a score for a criterion the call no longer has means nothing.
    scores: Object.fromEntries(criteria.filter((criterion) => criterion.code in scores).map((criterion) => [criterion.code, scores[criterion.code] as number])),
    confidence,
    commentEn: cleanText(body.comment?.en, stored?.commentEn ?? null),
    commentJa: cleanText(body.comment?.ja, stored?.commentJa ?? null),
  };
  if (options.isSubmitting && issues.length === 0) {
    for (const code of missingCriteria(criteria, draft.scores)) issues.push(issue(`scores.${code}`, 'scoreRequired', { code }));
    if (draft.confidence === null) issues.push(issue('confidence', 'confidenceRequired'));
  }
  return { draft, issues };
}

/** Reviews are written while their call is under review: not before it closes, not once decided. */
export function isReviewOpen(pair: { callStatus: string }): boolean {
  return pair.callStatus === 'under_review';
}

/**
 * Saves (or submits) the actor's review of a proposal in one transaction: checks the pair,
 * refuses a submitted review (REVIEW_SUBMITTED), a call not under review (REVIEW_CLOSED) and a stale version (CONFLICT with
 * `currentVersion`), validates every field (VALIDATION_FAILED), writes and audits.
 */
export async function writeReviewChange(ctx: ServiceContext, actor: Actor | null, input: { proposalRef: string; body: SaveReviewBody; isSubmitting: boolean }): Promise<ReviewState> {
  return ctx.db.transaction().execute(async (tx) => {
    const found = await findPairFor(tx, actor, input.proposalRef);
    const { pair } = found;
    const stored = await findReview(tx, { proposalId: pair.proposalId, reviewerId: pair.reviewer.id, forUpdate: true });
    if (stored?.status === 'submitted') throw new AppError('REVIEW_SUBMITTED', { params: { proposal: pair.proposalRef } });
    if (!isReviewOpen(pair)) throw new AppError('REVIEW_CLOSED', { params: { proposal: pair.proposalRef, call: pair.callCode } });
    const currentVersion = stored?.version ?? 0;
    const staleVersion = () =>
      new AppError('CONFLICT', {
        params: { detail: `the review of ${pair.proposalRef} was saved elsewhere (version ${currentVersion}; you edited version ${input.body.version}). Reload it to see the saved text`, currentVersion },
      });
    if (input.body.version !== currentVersion) throw staleVersion();
    const criteria = await listCriteria(tx, pair.callId);
    const { draft, issues } = applyReviewChange({ criteria, stored, body: input.body, isSubmitting: input.isSubmitting });
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', { params: { count: issues.length }, issues });
    const now = ctx.clock.now();
    const version = currentVersion + 1;
    const isWritten = await writeReview(tx, {
      proposalId: pair.proposalId,
      reviewerId: pair.reviewer.id,
      expectedVersion: currentVersion,
      review: { ...draft, status: input.isSubmitting ? 'submitted' : 'draft', updatedAt: now, submittedAt: input.isSubmitting ? now : null, version },
    });
    // Two first saves at once: the row lock could not serialise them, the unique pair did.
    if (!isWritten) throw staleVersion();
    await appendAudit(tx, {
      at: now,
      actor: actorLabel(found.actor),
      action: input.isSubmitting ? 'review.submitted' : 'review.draft_saved',
      subjectType: 'review',
      subject: `${pair.callCode}/${pair.agency}/${pair.proposalRef}/${pair.reviewer.personRef}`,
      changes: { version, scores: draft.scores, confidence: draft.confidence, comment: { en: draft.commentEn !== null, ja: draft.commentJa !== null }, parts: Object.keys(input.body).filter((key) => key !== 'version') },
    });
    return toReviewState(await findReview(tx, { proposalId: pair.proposalId, reviewerId: pair.reviewer.id, forUpdate: false }));
  });
}
