import { useQuery } from '@tanstack/react-query';
import { fetchCall, fetchCalls } from './api.js';

/** The list of calls. */
export function useCalls() {
  return useQuery({ queryKey: ['calls'], queryFn: fetchCalls });
}

/** One call by code; nothing is fetched for an empty code. */
export function useCall(code: string | undefined) {
  return useQuery({ queryKey: ['call', code ?? ''], queryFn: () => fetchCall(code ?? ''), enabled: Boolean(code) });
}
