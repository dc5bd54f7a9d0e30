import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { can } from '../../domain/access/policies.js';
import { findProposalId, listDocumentsOfProposal } from '../../db/repositories/document.repository.js';
import { findProposal } from '../../db/repositories/proposal.repository.js';
import { isAssignedReviewer } from '../review/reviewer-access.js';
import type { ServiceContext } from '../service-context.js';
import { toDocumentView, type DocumentView } from './document-view.js';

/**
 * The documents of a proposal (not deleted ones), in upload order, for whoever may see the
 * proposal: its applicants, the staff of its call's agencies and its assigned reviewers. Throws UNAUTHENTICATED and
 * NOT_FOUND (also when the actor may not see the proposal, so its existence is not revealed).
 */
export async function listDocuments(ctx: ServiceContext, actor: Actor | null, proposalRef: string): Promise<DocumentView[]> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const notFound = new AppError('NOT_FOUND', { params: { kind: 'proposal', key: proposalRef } });
  const found = await findProposal(ctx.db, proposalRef);
  if (!found) throw notFound;
  // A reviewer assigned the proposal (published, without an unwaived conflict) reads its
  // documents too; everyone else gets the same NOT_FOUND as for a proposal that does not exist.
  if (!can(actor, { type: 'proposal.view', proposal: found.access }) && !(await isAssignedReviewer(ctx.db, actor, proposalRef))) throw notFound;
  const proposalId = await findProposalId(ctx.db, proposalRef);
  if (proposalId === null) throw notFound;
  return (await listDocumentsOfProposal(ctx.db, proposalId)).map(toDocumentView);
}
