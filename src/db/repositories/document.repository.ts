import type { Executor } from '../database.js';

export type DocumentRecord = {
  id: number;
  proposalId: number;
  teamPosition: number | null;
  kind: string;
  filename: string;
  sha256: string;
  sizeBytes: number;
  pages: number;
  uploadedBy: string;
  uploadedAt: Date;
};

export type NewDocument = Omit<DocumentRecord, 'id'> & { uploadedByUserId: number | null };

const DOCUMENT_COLUMNS = ['id', 'proposal_id', 'team_position', 'kind', 'filename', 'sha256', 'size_bytes', 'pages', 'uploaded_by', 'uploaded_at'] as const;

function toRecord(row: {
  id: number;
  proposal_id: number;
  team_position: number | null;
  kind: string;
  filename: string;
  sha256: string;
  size_bytes: number;
  pages: number;
  uploaded_by: string;
  uploaded_at: Date;
}): DocumentRecord {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    teamPosition: row.team_position,
    kind: row.kind,
    filename: row.filename,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    pages: row.pages,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
  };
}

/**
 * Stores a file's bytes under its SHA-256 unless a file with that hash is already stored (the
 * same CV uploaded to ten proposals is kept once). Returns true when the bytes were new.
 */
export async function storeBlob(db: Executor, blob: { sha256: string; content: Uint8Array; at: Date }): Promise<boolean> {
  const inserted = await db
    .insertInto('document_blobs')
    .values({ sha256: blob.sha256, size_bytes: blob.content.byteLength, content: blob.content, created_at: blob.at })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .returning('sha256')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Records a document of a proposal; returns its id. */
export async function insertDocument(db: Executor, document: NewDocument): Promise<number> {
  const { id } = await db
    .insertInto('documents')
    .values({
      proposal_id: document.proposalId,
      team_position: document.teamPosition,
      kind: document.kind,
      filename: document.filename,
      sha256: document.sha256,
      size_bytes: document.sizeBytes,
      pages: document.pages,
      uploaded_by_user_id: document.uploadedByUserId,
      uploaded_by: document.uploadedBy,
      uploaded_at: document.uploadedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The documents of a proposal that are not deleted, in upload order. */
export async function listDocumentsOfProposal(db: Executor, proposalId: number): Promise<DocumentRecord[]> {
  const rows = await db
    .selectFrom('documents')
    .select(DOCUMENT_COLUMNS)
    .where('proposal_id', '=', proposalId)
    .where('deleted_at', 'is', null)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}

/** One live document of a proposal, or null (deleted documents and other proposals' are not found). */
export async function findDocument(db: Executor, proposalId: number, id: number): Promise<DocumentRecord | null> {
  const row = await db
    .selectFrom('documents')
    .select(DOCUMENT_COLUMNS)
    .where('proposal_id', '=', proposalId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** The stored bytes of a file, or null. Both engines' byte arrays are returned as Uint8Array. */
export async function readBlob(db: Executor, sha256: string): Promise<Uint8Array | null> {
  const row = await db.selectFrom('document_blobs').select('content').where('sha256', '=', sha256).executeTakeFirst();
  if (!row) return null;
  // pg returns a Buffer (a Uint8Array subclass), PGlite a plain Uint8Array.
  return new Uint8Array(row.content.buffer, row.content.byteOffset, row.content.byteLength);
}

/** Marks a document deleted; its bytes stay, as a submitted proposal's receipt may name them. */
export async function markDocumentDeleted(db: Executor, id: number, options: { at: Date; by: string }): Promise<void> {
  await db.updateTable('documents').set({ deleted_at: options.at, deleted_by: options.by }).where('id', '=', id).execute();
}

/** The proposal's id, or null (used to scope document reads without loading the whole proposal). */
export async function findProposalId(db: Executor, ref: string): Promise<number | null> {
  const row = await db.selectFrom('proposals').select('id').where('ref', '=', ref).executeTakeFirst();
  return row?.id ?? null;
}
