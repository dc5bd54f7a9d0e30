import { createHash } from 'node:crypto';
import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { actorLabel } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { canChangeDocuments, cleanFilename, type DocumentKind } from '../../domain/proposals/document-rules.js';
import { checkPdf } from '../../domain/proposals/pdf-check.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { insertDocument, storeBlob } from '../../db/repositories/document.repository.js';
import { findProposalForChange } from '../../db/repositories/invitation.repository.js';
import type { ServiceContext } from '../service-context.js';
import { toDocumentView, type DocumentView } from './document-view.js';

export type UploadDocumentInput = {
  proposalRef: string;
  /** The team whose part the document belongs to, or null for the proposal's common part. */
  teamPosition: number | null;
  kind: DocumentKind;
  filename: string;
  content: Uint8Array;
  /** Config MAX_DOCUMENT_MB. */
  maxMb: number;
  /** True when the transport had to stop reading the file at its limit (the file is larger still). */
  isTruncated?: boolean;
};

/**
 * Adds a PDF to a draft proposal. The file is judged by its bytes (a real, unencrypted PDF with
 * at least one page; its name and declared type are ignored), stored once under its SHA-256,
 * and recorded with its page count. Only the editors of that part may upload.
 * Throws UNAUTHENTICATED, NOT_FOUND (also for a proposal the actor may not see), FORBIDDEN,
 * VALIDATION_FAILED (no such team), PROPOSAL_NOT_DRAFT, DOCUMENT_TOO_LARGE and DOCUMENT_NOT_PDF.
 */
export async function uploadDocument(ctx: ServiceContext, actor: Actor | null, input: UploadDocumentInput): Promise<DocumentView> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const maxBytes = input.maxMb * 1024 * 1024;
  if (input.isTruncated || input.content.byteLength > maxBytes) throw new AppError('DOCUMENT_TOO_LARGE', { params: { maxMb: input.maxMb } });
  const filename = cleanFilename(input.filename);
  // Parsing a 10 MB PDF takes a while: do it before the transaction locks the proposal.
  const check = await checkPdf(input.content);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const notFound = new AppError('NOT_FOUND', { params: { kind: 'proposal', key: input.proposalRef } });
    const found = await findProposalForChange(tx, input.proposalRef);
    if (!found) throw notFound;
    try {
      assertCan(actor, { type: 'proposal.view', proposal: found.access });
    } catch {
      throw notFound;
    }
    if (input.teamPosition !== null && !found.proposal.teams[input.teamPosition]) {
      throw new AppError('VALIDATION_FAILED', {
        params: { count: 1 },
        issues: [{ path: 'teamPosition', message: { en: `The proposal has no team ${input.teamPosition + 1}.`, ja: `この提案にはチーム${input.teamPosition + 1}がありません。` } }],
      });
    }
    if (!canChangeDocuments(actor.kind === 'user' ? actor.personRef : null, found.proposal, input.teamPosition)) {
      throw new AppError('FORBIDDEN', { params: { action: 'document.upload' } });
    }
    if (found.proposal.status !== 'draft') {
      throw new AppError('PROPOSAL_NOT_DRAFT', { params: { proposal: found.proposal.ref, status: found.proposal.status } });
    }
    if (!check.isPdf) throw new AppError('DOCUMENT_NOT_PDF', { params: { filename, reason: check.reason } });
    const by = actorLabel(actor);
    const isNewBlob = await storeBlob(tx, { sha256, content: input.content, at: now });
    const record = {
      proposalId: found.id,
      teamPosition: input.teamPosition,
      kind: input.kind,
      filename,
      sha256,
      sizeBytes: input.content.byteLength,
      pages: check.pages,
      uploadedBy: by,
      uploadedAt: now,
    };
    const id = await insertDocument(tx, { ...record, uploadedByUserId: actor.kind === 'user' ? actor.userId : null });
    await appendAudit(tx, {
      at: now,
      actor: by,
      action: 'document.uploaded',
      subjectType: 'proposal',
      subject: found.proposal.ref,
      changes: { document: id, teamPosition: input.teamPosition, kind: input.kind, filename, sha256, sizeBytes: record.sizeBytes, pages: check.pages, isNewBlob },
    });
    return toDocumentView({ id, ...record });
  });
}
