import { useQuery } from '@tanstack/react-query';
import { fetchProposalReport, type ReportDimension } from './api.js';

/** A proposal report of a call grouped by the dimensions. */
export function useProposalReport(callCode: string, by: readonly ReportDimension[]) {
  return useQuery({ queryKey: ['report', callCode, by.join(',')], queryFn: () => fetchProposalReport(callCode, by) });
}
