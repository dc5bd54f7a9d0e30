import type { z } from 'zod';
import type { CallListResponseSchema } from '../../../../src/contracts/api.schemas.js';
import { apiRequest } from '../../api-client.js';

type CallListResponse = z.infer<typeof CallListResponseSchema>;

/** Calls matching the words of `q` (either language), most relevant first. */
export async function fetchMatchingCalls(q: string, signal?: AbortSignal): Promise<CallListResponse['items']> {
  const response = await apiRequest<CallListResponse>('/api/calls', { query: { q }, signal });
  return response.items;
}
