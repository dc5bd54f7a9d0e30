import type { AddConflictBody, CallConflictsOut, ConflictEntryOut } from '../../../../src/contracts/conflict.schemas.js';
import { apiRequest } from '../../api-client.js';

export type CallConflicts = CallConflictsOut;
export type ConflictEntry = ConflictEntryOut;
export type ConflictReason = ConflictEntryOut['reasons'][number];
export type { AddConflictBody };
export type ConflictPair = { agency: string; proposal: string; reviewer: string };

const conflictsPath = (code: string) => `/api/calls/${encodeURIComponent(code)}/conflicts`;
const waiverPath = (code: string, pair: ConflictPair) =>
  `${conflictsPath(code)}/${encodeURIComponent(pair.agency)}/${encodeURIComponent(pair.proposal)}/${encodeURIComponent(pair.reviewer)}/waiver`;

/** Every conflicted pair of a call; throws ApiError FORBIDDEN for anyone but the call's staff. */
export function fetchCallConflicts(code: string): Promise<CallConflicts> {
  return apiRequest<CallConflicts>(conflictsPath(code));
}

export function addConflict(code: string, body: AddConflictBody): Promise<ConflictEntry> {
  return apiRequest<ConflictEntry>(conflictsPath(code), { method: 'POST', body });
}

export function waiveConflict(code: string, pair: ConflictPair, reason: string): Promise<ConflictEntry> {
  return apiRequest<ConflictEntry>(waiverPath(code, pair), { method: 'POST', body: { reason } });
}

export function unwaiveConflict(code: string, pair: ConflictPair): Promise<ConflictEntry | null> {
  return apiRequest<ConflictEntry | null>(waiverPath(code, pair), { method: 'DELETE' });
}
