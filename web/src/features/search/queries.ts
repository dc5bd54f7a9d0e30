import { useQuery } from '@tanstack/react-query';
import { fetchMatchingCalls } from './api.js';

/** Calls matching `q`, ranked by the server; nothing is fetched for an empty `q`. */
export function useMatchingCalls(q: string) {
  return useQuery({ queryKey: ['calls', 'search', q], queryFn: ({ signal }) => fetchMatchingCalls(q, signal), enabled: q !== '' });
}
