import { useQuery } from '@tanstack/react-query';
import { fetchCall, fetchCalls, type CallListFilter } from './api.js';

/** The list of calls, narrowed by the filter. */
export function useCalls(filter: CallListFilter = {}) {
  return useQuery({ queryKey: ['calls', filter], queryFn: ({ signal }) => fetchCalls(filter, signal) });
}

/** One call by code; nothing is fetched for an empty code. */
export function useCall(code: string | undefined) {
  return useQuery({ queryKey: ['call', code ?? ''], queryFn: () => fetchCall(code ?? ''), enabled: Boolean(code) });
}
