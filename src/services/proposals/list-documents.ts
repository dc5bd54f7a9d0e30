import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { findProposalId, listDocumentsOfProposal } from '../../db/repositories/document.repository.js';
import { findProposal } from '../../db/repositories/proposal.repository.js';
import type { ServiceContext } from '../service-context.js';
import { toDocumentView, type DocumentView } from './document-view.js';

/**
 * The documents of a proposal (not deleted ones), in upload order, for whoever may see the
 * proposal: its applicants and the staff of its call's agencies. Throws UNAUTHENTICATED and
 * NOT_FOUND (also when the actor may not see the proposal, so its existence is not revealed).
 */
export async function listDocuments(ctx: ServiceContext, actor: Actor | null, proposalRef: string): Promise<DocumentView[]> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const notFound = new AppError('NOT_FOUND', { params: { kind: 'proposal', key: proposalRef } });
  const found = await findProposal(ctx.db, proposalRef);
  if (!found) throw notFound;
  try {
    assertCan(actor, { type: 'proposal.view', proposal: found.access });
  } catch {
    throw notFound;
  }
  const proposalId = await findProposalId(ctx.db, proposalRef);
  if (proposalId === null) throw notFound;
  return (await listDocumentsOfProposal(ctx.db, proposalId)).map(toDocumentView);
}
