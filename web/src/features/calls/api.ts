import type { z } from 'zod';
import type { CallDetailSchema, CallListResponseSchema, CallSummarySchema } from '../../../../src/contracts/api.schemas.js';
import { apiRequest } from '../../api-client.js';

export type CallSummary = z.infer<typeof CallSummarySchema>;
export type CallDetail = z.infer<typeof CallDetailSchema>;
export type CallSide = CallSummary['sides'][number];
type CallListResponse = z.infer<typeof CallListResponseSchema>;

/** The calls the reader may see. */
export async function fetchCalls(): Promise<CallSummary[]> {
  const response = await apiRequest<CallListResponse>('/api/calls');
  return response.items;
}

/** One call with its criteria and rules; throws ApiError NOT_FOUND. */
export function fetchCall(code: string): Promise<CallDetail> {
  return apiRequest<CallDetail>(`/api/calls/${encodeURIComponent(code)}`);
}
