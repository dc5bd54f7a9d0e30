import type { z } from 'zod';
import type { AgencySummarySchema } from '../../../../src/contracts/api.schemas.js';
import { apiRequest } from '../../api-client.js';

export type AgencySummary = z.infer<typeof AgencySummarySchema>;

/** All agencies the platform knows (names, countries, currencies, zones). */
export async function fetchAgencies(): Promise<AgencySummary[]> {
  const response = await apiRequest<{ items: AgencySummary[] }>('/api/agencies');
  return response.items;
}
