import { useQuery } from '@tanstack/react-query';
import { fetchAgencies, type AgencySummary } from './api.js';

/** The agencies, cached for the visit (reference data changes rarely). */
export function useAgencies() {
  return useQuery({ queryKey: ['agencies'], queryFn: fetchAgencies, staleTime: 10 * 60_000 });
}

/** Agencies by code; empty while loading or when the list failed (callers then show codes). */
export function useAgencyMap(): Map<string, AgencySummary> {
  const { data } = useAgencies();
  return new Map((data ?? []).map((agency) => [agency.code, agency]));
}
