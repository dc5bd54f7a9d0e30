import type { CallEligibilityReportOut, ProposalEligibilityOut } from '../../../../src/contracts/eligibility.schemas.js';
import { apiRequest } from '../../api-client.js';

export type ProposalEligibility = ProposalEligibilityOut;
export type CallEligibilityReport = CallEligibilityReportOut;

/** The eligibility of one proposal as it stands; throws ApiError NOT_FOUND when the user may not see it. */
export function fetchProposalEligibility(ref: string): Promise<ProposalEligibility> {
  return apiRequest<ProposalEligibility>(`/api/proposals/${encodeURIComponent(ref)}/eligibility`);
}

/** The eligibility of every proposal of a call (its agencies' staff); throws ApiError FORBIDDEN otherwise. */
export function fetchCallEligibility(code: string): Promise<CallEligibilityReport> {
  return apiRequest<CallEligibilityReport>(`/api/calls/${encodeURIComponent(code)}/eligibility`);
}
