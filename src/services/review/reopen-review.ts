import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { AppError } from '../../domain/app-error.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import { findAgencyId, findProposalOfCall, findReview, findReviewerInPool, reopenReview as writeReopen } from '../../db/repositories/review.repository.js';
import type { ReopenReviewResponse } from '../../contracts/review.schemas.js';
import type { ServiceContext } from '../service-context.js';

/**
 * Reopens a submitted review so that its reviewer may change it again: an officer of the
 * reviewer's agency (`review.manage`) does it with a reason, which the audit log keeps beside
 * who and when; the review records who reopened it last. Its scores stay as they were until the
 * reviewer saves, but a draft does not count in the scores until it is submitted again.
 * Throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND (call, agency, reviewer, proposal or review) and
 * CONFLICT (the review is not submitted).
 */
export async function reopenReview(
  ctx: ServiceContext,
  actor: Actor | null,
  input: { callCode: string; agency: string; proposalRef: string; reviewerRef: string; reason: string },
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
    if (review.status !== 'submitted') {
      throw new AppError('CONFLICT', { params: { detail: `the review of ${input.proposalRef} by ${input.reviewerRef} is a draft already; only a submitted review can be reopened` } });
    }
    const now = ctx.clock.now();
    const by = actorLabel(actor);
    const version = review.version + 1;
    await writeReopen(tx, { id: review.id, by, at: now, version });
    await appendAudit(tx, {
      at: now,
      actor: by,
      action: 'review.reopened',
      subjectType: 'review',
      subject: `${call.code}/${input.agency}/${input.proposalRef}/${input.reviewerRef}`,
      changes: { reason: input.reason.trim(), submittedAt: review.submittedAt?.toISOString() ?? null, version },
    });
    return { proposal: input.proposalRef, reviewer: input.reviewerRef, agency: input.agency, status: 'draft', version, reopenedAt: now.toISOString() };
  });
}
