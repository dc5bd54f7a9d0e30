import type { DocumentRecord } from '../../db/repositories/document.repository.js';

/** A document as lists show it (its bytes are fetched separately). */
export type DocumentView = {
  id: number;
  teamPosition: number | null;
  kind: string;
  filename: string;
  sha256: string;
  sizeBytes: number;
  pages: number;
  uploadedAt: string;
};

export function toDocumentView(record: DocumentRecord): DocumentView {
  return {
    id: record.id,
    teamPosition: record.teamPosition,
    kind: record.kind,
    filename: record.filename,
    sha256: record.sha256,
    sizeBytes: record.sizeBytes,
    pages: record.pages,
    uploadedAt: record.uploadedAt.toISOString(),
  };
}
