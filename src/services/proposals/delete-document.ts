import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { actorLabel } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { canChangeDocuments } from '../../domain/proposals/document-rules.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findDocument, markDocumentDeleted } from '../../db/repositories/document.repository.js';
import { findProposalForChange } from '../../db/repositories/invitation.repository.js';
import type { ServiceContext } from '../service-context.js';

/**
 * Removes a document from a draft proposal (it is marked deleted; the bytes stay, named by the
 * audit log). Only editors of the document's part may delete it. Throws UNAUTHENTICATED,
 * NOT_FOUND (no such document, or a proposal the actor may not see), FORBIDDEN and
 * PROPOSAL_NOT_DRAFT.
 */
export async function deleteDocument(ctx: ServiceContext, actor: Actor | null, input: { proposalRef: string; documentId: number }): Promise<void> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    const notFound = new AppError('NOT_FOUND', { params: { kind: 'document', key: `${input.proposalRef}/${input.documentId}` } });
    const found = await findProposalForChange(tx, input.proposalRef);
    if (!found) throw notFound;
    try {
      assertCan(actor, { type: 'proposal.view', proposal: found.access });
    } catch {
      throw notFound;
    }
    const document = await findDocument(tx, found.id, input.documentId);
    if (!document) throw notFound;
    if (!canChangeDocuments(actor.kind === 'user' ? actor.personRef : null, found.proposal, document.teamPosition)) {
      throw new AppError('FORBIDDEN', { params: { action: 'document.delete' } });
    }
    if (found.proposal.status !== 'draft') {
      throw new AppError('PROPOSAL_NOT_DRAFT', { params: { proposal: found.proposal.ref, status: found.proposal.status } });
    }
    const by = actorLabel(actor);
    await markDocumentDeleted(tx, document.id, { at: now, by });
    await appendAudit(tx, { at: now, actor: by, action: 'document.deleted', subjectType: 'proposal', subject: found.proposal.ref, changes: { document: document.id, filename: document.filename, sha256: document.sha256 } });
  });
}
