import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { can } from '../../domain/access/policies.js';
import { findDocument, findProposalId, readBlob } from '../../db/repositories/document.repository.js';
import { findProposal } from '../../db/repositories/proposal.repository.js';
import { isAssignedReviewer } from '../review/reviewer-access.js';
import type { ServiceContext } from '../service-context.js';
import { toDocumentView, type DocumentView } from './document-view.js';

export type DocumentFile = { document: DocumentView; content: Uint8Array };

/**
 * One document's bytes, for whoever may see its proposal or reviews it. Everyone else gets NOT_FOUND, exactly
 * as for a document that does not exist, so neither the file nor its existence leaks.
 * Throws UNAUTHENTICATED and NOT_FOUND.
 */
export async function readDocument(ctx: ServiceContext, actor: Actor | null, input: { proposalRef: string; documentId: number }): Promise<DocumentFile> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const notFound = new AppError('NOT_FOUND', { params: { kind: 'document', key: `${input.proposalRef}/${input.documentId}` } });
  const found = await findProposal(ctx.db, input.proposalRef);
  if (!found) throw notFound;
  // A reviewer assigned the proposal (published, without an unwaived conflict) reads its
  // documents too; everyone else gets the same NOT_FOUND as for a proposal that does not exist.
  if (!can(actor, { type: 'proposal.view', proposal: found.access }) && !(await isAssignedReviewer(ctx.db, actor, input.proposalRef))) throw notFound;
  const proposalId = await findProposalId(ctx.db, input.proposalRef);
  const document = proposalId === null ? null : await findDocument(ctx.db, proposalId, input.documentId);
  if (!document) throw notFound;
  const content = await readBlob(ctx.db, document.sha256);
  if (!content) throw new Error(`The bytes of document ${document.id} (${document.sha256}) are missing`);
  return { document: toDocumentView(document), content };
}
