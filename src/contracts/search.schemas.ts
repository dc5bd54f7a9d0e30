import { z } from 'zod';
import { BilingualTextSchema } from './common.schemas.js';

/** `q` on the calls list: words in either language. */
const DateQuerySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD');

export const CallListQuerySchema = z.object({
  q: z.string().max(200).optional().describe('Words in either language, found in the code, title, programme, fields or description; results come most relevant first'),
  status: z.enum(['draft', 'open', 'closed', 'under_review', 'decided', 'archived']).optional().describe('Only calls in this state'),
  field: z.string().max(64).optional().describe('Only calls open to this field'),
  agency: z.string().max(64).optional().describe('Only calls in which this agency takes part (on a side, or accepted as funder)'),
  partnerCountry: z.string().length(2).optional().describe('Only calls with a partner side from this country (ISO 3166-1 alpha-2)'),
  deadlineFrom: DateQuerySchema.optional().describe('Only calls with a side deadline on or after this day (UTC)'),
  deadlineTo: DateQuerySchema.optional().describe('Only calls with a side deadline on or before this day (UTC)'),
});

export const SEARCH_TYPES = ['all', 'proposal', 'call'] as const;

export const SearchQuerySchema = z.object({
  q: z.string().min(1).max(200).describe('Words in either language (Japanese is split into morphemes, English into words)'),
  type: z.enum(SEARCH_TYPES).default('all').describe('Search proposals, calls, or both'),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe('Most results of each type'),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = z.object({
  type: z.enum(['proposal', 'call']).describe('What was found'),
  key: z.string().describe('The proposal reference or call code'),
  title: BilingualTextSchema.describe('Its title in both languages'),
  call: z.string().nullable().describe('For a proposal, the code of its call'),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResponseSchema = z.object({
  proposals: z.object({ items: z.array(SearchHitSchema), total: z.number().int().describe('All matching proposals the user may see') }),
  calls: z.object({ items: z.array(SearchHitSchema), total: z.number().int().describe('All matching calls') }),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
