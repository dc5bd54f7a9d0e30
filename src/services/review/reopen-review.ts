import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { AppError } from '../../domain/app-error.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import { languageForCountry, pickText } from '../../domain/bilingual-text.js';
import { findAgencyId, findProposalOfCall, findReopenNotice, findReview, findReviewerInPool, reopenReview as writeReopen } from '../../db/repositories/review.repository.js';
import type { ReopenReviewResponse } from '../../contracts/review.schemas.js';
import type { Executor } from '../../db/database.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import type { ServiceContext } from '../service-context.js';
import { reviewsUrl } from './publish-assignment.js';

/**
 * Reopens a submitted review so that its reviewer may change it again: an officer of the
 * reviewer's agency (`review.manage`) does it with a reason, which the audit log keeps beside
 * who and when; the review records who reopened it last. Its scores stay as they were until the
 * reviewer saves, but a draft does not count in the scores until it is submitted again. The
 * reviewer is mailed, in their language, the reason and where to change the review (in the same
 * transaction: no mail for a reopening that did not happen); `mailed` is false when the reviewer
 * has no address. Throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND (call, agency, reviewer, proposal or review) and
 * CONFLICT (the review is not submitted).
 */
export async function reopenReview(
  ctx: ServiceContext,
  actor: Actor | null,
  input: { callCode: string; agency: string; proposalRef: string; reviewerRef: string; reason: string; publicUrl: string },
): Promise<ReopenReviewResponse> {
  return ctx.db.transaction().execute(async (tx) => {
    const call = await findCallAccess(tx, input.callCode);
    if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: input.callCode } });
    assertCan(actor, { type: 'review.manage', call, agency: input.agency });
    const agencyId = await findAgencyId(tx, input.agency);
    if (agencyId === null) throw new AppError('NOT_FOUND', { params: { kind: 'agency', key: input.agency } });
    const reviewer = await findReviewerInPool(tx, { personRef: input.reviewerRef, agencyId });
    const proposalId = await findProposalOfCall(tx, { callId: call.id, proposalRef: input.proposalRef });
    const review = reviewer && proposalId !== null ? await findReview(tx, { proposalId, reviewerId: reviewer.id, forUpdate: true }) : null;
    if (!reviewer || proposalId === null || !review) throw new AppError('NOT_FOUND', { params: { kind: 'review', key: `${input.proposalRef}/${input.reviewerRef}` } });
    if (call.status !== 'under_review') {
      throw new AppError('CONFLICT', { params: { detail: `call ${call.code} is not under review, so its reviews are final; a review can be reopened only while its call is under review` } });
    }
    if (review.status !== 'submitted') {
      throw new AppError('CONFLICT', { params: { detail: `the review of ${input.proposalRef} by ${input.reviewerRef} is a draft already; only a submitted review can be reopened` } });
    }
    const now = ctx.clock.now();
    const by = actorLabel(actor);
    const version = review.version + 1;
    const reason = input.reason.trim();
    await writeReopen(tx, { id: review.id, by, at: now, version });
    const mailed = await mailReopening(tx, { ...input, reason, reviewerId: reviewer.id, proposalId, at: now });
    await appendAudit(tx, {
      at: now,
      actor: by,
      action: 'review.reopened',
      subjectType: 'review',
      subject: `${call.code}/${input.agency}/${input.proposalRef}/${input.reviewerRef}`,
      changes: { reason, submittedAt: review.submittedAt?.toISOString() ?? null, version, mailed },
    });
    return { proposal: input.proposalRef, reviewer: input.reviewerRef, agency: input.agency, status: 'draft', version, reopenedAt: now.toISOString(), mailed };
  });
}

/** Queues the reviewer's mail about the reopening; false when they have no address. */
async function mailReopening(
  tx: Executor,
  notice: { callCode: string; agency: string; proposalRef: string; reason: string; publicUrl: string; reviewerId: number; proposalId: number; at: Date },
): Promise<boolean> {
  const { reviewer, proposalTitle, callTitle, agencyCountry } = await findReopenNotice(tx, notice);
  if (!reviewer.email) return false;
  // A reviewer without an account of their own reads the agency's language.
  const language = reviewer.language ?? languageForCountry(agencyCountry);
  await enqueueMail(tx, {
    to: reviewer.email,
    template: 'review_reopened',
    language,
    params: {
      reviewerName: pickText(reviewer.name, language),
      callTitle: pickText(callTitle, language) || notice.callCode,
      agency: notice.agency,
      proposalRef: notice.proposalRef,
      proposalTitle: pickText(proposalTitle, language) || notice.proposalRef,
      reason: notice.reason,
      reviewUrl: `${reviewsUrl(notice.publicUrl)}/${encodeURIComponent(notice.proposalRef)}`,
    },
    at: notice.at,
  });
  return true;
}
