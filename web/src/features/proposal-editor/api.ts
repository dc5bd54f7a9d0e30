import type { SaveDraftBody, DraftView, StartProposalResponse, VersionDetail, VersionSummary } from '../../../../src/contracts/proposal-editor.schemas.js';
import { apiRequest } from '../../api-client.js';

export type { DraftView, SaveDraftBody, VersionDetail, VersionSummary };
export type DraftPerson = DraftView['people'][number];
export type DraftTeam = DraftView['proposal']['teams'][number];
export type TeamChanges = NonNullable<SaveDraftBody['teams']>[number];
export type PersonInput = NonNullable<TeamChanges['members']>[number];

const base = (ref: string) => `/api/proposals/${encodeURIComponent(ref)}`;

/** Starts a proposal in a call; throws ApiError CALL_NOT_OPEN, FORBIDDEN or VALIDATION_FAILED. */
export function startProposal(callCode: string, title: { en: string; ja: string }): Promise<StartProposalResponse> {
  return apiRequest<StartProposalResponse>(`/api/calls/${encodeURIComponent(callCode)}/proposals`, { method: 'POST', body: { title } });
}

/** The editor's view of a proposal; throws ApiError NOT_FOUND. */
export function fetchDraft(ref: string, signal?: AbortSignal): Promise<DraftView> {
  return apiRequest<DraftView>(`${base(ref)}/draft`, { signal });
}

/** Saves changed parts; throws ApiError CONFLICT (stale version), FORBIDDEN, VALIDATION_FAILED, PROPOSAL_NOT_DRAFT. */
export function saveDraft(ref: string, body: SaveDraftBody): Promise<DraftView> {
  return apiRequest<DraftView>(`${base(ref)}/draft`, { method: 'PATCH', body });
}

/** Submits; throws ApiError DEADLINE_PASSED, PROPOSAL_INELIGIBLE, CONFLICT, FORBIDDEN. */
export function submitProposal(ref: string, version: number): Promise<DraftView> {
  return apiRequest<DraftView>(`${base(ref)}/submit`, { method: 'POST', body: { version } });
}

/** Withdraws; throws ApiError DEADLINE_PASSED, FORBIDDEN. */
export function withdrawProposal(ref: string): Promise<DraftView> {
  return apiRequest<DraftView>(`${base(ref)}/withdraw`, { method: 'POST' });
}

/** Every saved version, newest first. */
export async function fetchVersions(ref: string): Promise<VersionSummary[]> {
  return (await apiRequest<{ items: VersionSummary[] }>(`${base(ref)}/versions`)).items;
}

/** One version with its content. */
export function fetchVersion(ref: string, version: number): Promise<VersionDetail> {
  return apiRequest<VersionDetail>(`${base(ref)}/versions/${version}`);
}
