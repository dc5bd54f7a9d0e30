import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { listDocumentsOfProposal } from '../../db/repositories/document.repository.js';
import { findProposal } from '../../db/repositories/proposal.repository.js';
import { listCriteria } from '../../db/repositories/review.repository.js';
import { AppError } from '../../domain/app-error.js';
import type { ReviewAssignmentView } from '../../contracts/review.schemas.js';
import { toDocumentView } from '../proposals/document-view.js';
import type { ServiceContext } from '../service-context.js';
import { findPairFor, isReviewOpen, toReviewState } from './review-support.js';

/**
 * One assigned proposal for its reviewer: the proposal in both languages (without its decision,
 * which is not the reviewer's business), its documents, the call's criteria and the review so
 * far. The opening is audited: who read which proposal is part of the review's record.
 * Throws UNAUTHENTICATED and NOT_FOUND (also for an unassigned or conflicted reviewer).
 */
export async function viewReviewAssignment(ctx: ServiceContext, actor: Actor | null, input: { proposalRef: string }): Promise<ReviewAssignmentView> {
  const found = await findPairFor(ctx.db, actor, input.proposalRef);
  const { pair } = found;
  const proposal = await findProposal(ctx.db, pair.proposalRef);
  if (!proposal) throw new AppError('NOT_FOUND', { params: { kind: 'proposal', key: input.proposalRef } });
  const criteria = await listCriteria(ctx.db, pair.callId);
  const documents = (await listDocumentsOfProposal(ctx.db, pair.proposalId)).map(toDocumentView);
  await appendAudit(ctx.db, {
    at: ctx.clock.now(),
    actor: actorLabel(found.actor),
    action: 'review.opened',
    subjectType: 'review',
    subject: `${pair.callCode}/${pair.agency}/${pair.proposalRef}/${pair.reviewer.personRef}`,
    changes: {},
  });
  return {
    proposal: { ...proposal.detail, decision: null },
    agency: pair.agency,
    reviewer: pair.reviewer.personRef,
    criteria,
    documents,
    review: toReviewState(pair.review),
    isOpen: isReviewOpen(pair),
  };
}
