import type { z } from 'zod';
import type { ProposalReportResponseSchema, ReportDimension } from '../../../../src/contracts/api.schemas.js';
import { apiRequest, buildApiUrl } from '../../api-client.js';
import type { Language } from '../../i18n.js';

export type ProposalReportResponse = z.infer<typeof ProposalReportResponseSchema>;
export type { ReportDimension };
export type ReportFormat = 'csv' | 'xlsx';

function reportPath(callCode: string): string {
  return `/api/calls/${encodeURIComponent(callCode)}/reports/proposals`;
}

/** Counts of proposals and selected proposals of a call, grouped by the dimensions. */
export function fetchProposalReport(callCode: string, by: readonly ReportDimension[]): Promise<ProposalReportResponse> {
  return apiRequest<ProposalReportResponse>(reportPath(callCode), { query: { by: by.join(','), format: 'json' } });
}

/** The address of the same table as a file, with labels in `language`. */
export function proposalReportFileUrl(options: { callCode: string; by: readonly ReportDimension[]; format: ReportFormat; language: Language }): string {
  return buildApiUrl(reportPath(options.callCode), { by: options.by.join(','), format: options.format, lang: options.language });
}
