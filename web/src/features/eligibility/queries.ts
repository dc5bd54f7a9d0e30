import { useQuery } from '@tanstack/react-query';
import { fetchCallEligibility, fetchProposalEligibility } from './api.js';

/** One proposal's eligibility; refetched when the proposal changes (the editor invalidates ['proposal', ref]). */
export function useProposalEligibility(ref: string) {
  return useQuery({ queryKey: ['proposal', ref, 'eligibility'], queryFn: () => fetchProposalEligibility(ref), retry: false });
}

/** The eligibility report of a whole call. */
export function useCallEligibility(code: string, enabled = true) {
  return useQuery({ queryKey: ['call', code, 'eligibility'], queryFn: () => fetchCallEligibility(code), retry: false, enabled });
}
