import type { z } from 'zod';
import type { ProposalDetailSchema, ProposalListItemSchema, ProposalListResponseSchema } from '../../../../src/contracts/api.schemas.js';
import { apiRequest } from '../../api-client.js';

export type ProposalListItem = z.infer<typeof ProposalListItemSchema>;
export type ProposalListResponse = z.infer<typeof ProposalListResponseSchema>;
export type ProposalDetail = z.infer<typeof ProposalDetailSchema>;
export type ProposalTeam = ProposalDetail['teams'][number];
export type Person = ProposalTeam['pi'];

/** A page of proposals matching the filters; throws ApiError VALIDATION_FAILED for a bad query. */
export function fetchProposals(query: Record<string, string | number | undefined>, signal?: AbortSignal): Promise<ProposalListResponse> {
  return apiRequest<ProposalListResponse>('/api/proposals', { query, signal });
}

/** One proposal with its teams, budgets and exchanges; throws ApiError NOT_FOUND or FORBIDDEN. */
export function fetchProposal(ref: string): Promise<ProposalDetail> {
  return apiRequest<ProposalDetail>(`/api/proposals/${encodeURIComponent(ref)}`);
}
