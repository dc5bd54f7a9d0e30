import type { z } from 'zod';
import type { CallDetailSchema, CallListResponseSchema, CallSummarySchema } from '../../../../src/contracts/api.schemas.js';
import { apiRequest } from '../../api-client.js';

export type CallSummary = z.infer<typeof CallSummarySchema>;
export type CallDetail = z.infer<typeof CallDetailSchema>;
export type CallSide = CallSummary['sides'][number];
type CallListResponse = z.infer<typeof CallListResponseSchema>;

/** Conditions of the calls list (all optional); dates are `YYYY-MM-DD`. */
export type CallListFilter = {
  q?: string;
  status?: string;
  field?: string;
  agency?: string;
  partnerCountry?: string;
  deadlineFrom?: string;
  deadlineTo?: string;
};

/** The calls the reader may see, narrowed by the filter. */
export async function fetchCalls(filter: CallListFilter = {}, signal?: AbortSignal): Promise<CallSummary[]> {
  const query = Object.fromEntries(Object.entries(filter).filter(([, value]) => value));
  const response = await apiRequest<CallListResponse>('/api/calls', { query, ...(signal ? { signal } : {}) });
  return response.items;
}

/** One call with its criteria and rules; throws ApiError NOT_FOUND. */
export function fetchCall(code: string): Promise<CallDetail> {
  return apiRequest<CallDetail>(`/api/calls/${encodeURIComponent(code)}`);
}
