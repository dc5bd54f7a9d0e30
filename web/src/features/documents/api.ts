import type { DocumentListResponse, DocumentResponse } from '../../../../src/contracts/document.schemas.js';
import { ApiError, apiRequest, currentCsrfToken, NETWORK_ERROR, type ApiIssue, type LocalisedMessage } from '../../api-client.js';

export type { DocumentListResponse, DocumentResponse };

const documentsPath = (ref: string) => `/api/proposals/${encodeURIComponent(ref)}/documents`;

/** Where a document is downloaded (the browser sends the session cookie). */
export function documentUrl(ref: string, id: number): string {
  return `${documentsPath(ref)}/${id}`;
}

/** The documents of a proposal. */
export function fetchDocuments(ref: string, signal?: AbortSignal): Promise<DocumentListResponse> {
  return apiRequest<DocumentListResponse>(documentsPath(ref), { signal });
}

/** Deletes a document of a draft proposal. */
export function deleteDocument(ref: string, id: number): Promise<void> {
  return apiRequest<void>(documentUrl(ref, id), { method: 'DELETE' });
}

export type UploadInput = { kind: string; teamPosition: number | null; file: File };

/**
 * Uploads a PDF as multipart/form-data (fields first, then the file, as the server reads them).
 * Throws ApiError with the server's code (DOCUMENT_NOT_PDF, DOCUMENT_TOO_LARGE, …).
 */
export async function uploadDocument(ref: string, input: UploadInput): Promise<DocumentResponse> {
  const form = new FormData();
  form.append('kind', input.kind);
  form.append('teamPosition', input.teamPosition === null ? '' : String(input.teamPosition));
  form.append('file', input.file, input.file.name);
  const token = currentCsrfToken();
  let response: Response;
  try {
    response = await fetch(documentsPath(ref), { method: 'POST', body: form, credentials: 'same-origin', headers: { accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) } });
  } catch {
    throw new ApiError({ code: NETWORK_ERROR, status: 0 });
  }
  const payload = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return payload as DocumentResponse;
  const error = (payload as { error?: { code?: string; message?: LocalisedMessage; details?: { issues?: ApiIssue[] } } } | null)?.error;
  throw new ApiError({ code: error?.code ?? (response.status === 413 ? 'DOCUMENT_TOO_LARGE' : 'SERVER_ERROR'), status: response.status, serverMessage: error?.message ?? null, issues: error?.details?.issues ?? [] });
}
