import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchProposal, fetchProposals } from './api.js';

/** A page of proposals; the previous page stays on screen while the next one loads. */
export function useProposals(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['proposals', query],
    queryFn: ({ signal }) => fetchProposals(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** One proposal by reference. */
export function useProposal(ref: string) {
  return useQuery({ queryKey: ['proposal', ref], queryFn: () => fetchProposal(ref) });
}
