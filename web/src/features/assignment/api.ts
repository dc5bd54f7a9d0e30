import type { Affinity, AssignmentView, ConstraintBody, PairEditBody, SolveAssignmentBody, Violation } from '../../../../src/contracts/assignment.schemas.js';
import { apiRequest } from '../../api-client.js';

export type { Affinity, AssignmentView, ConstraintBody, PairEditBody, SolveAssignmentBody, Violation };
export type AssignmentSide = { code: string; agency: string };

const sidePath = ({ code, agency }: AssignmentSide) => `/api/calls/${encodeURIComponent(code)}/review/${encodeURIComponent(agency)}`;

/** The agency's assignment; throws ApiError FORBIDDEN for anyone but the agency's officers. */
export function fetchAssignment(side: AssignmentSide): Promise<AssignmentView> {
  return apiRequest<AssignmentView>(`${sidePath(side)}/assignment`);
}

/** Solves exactly and stores the draft; ApiError ASSIGNMENT_INFEASIBLE lists every reason. */
export function solveAssignment(side: AssignmentSide, body: SolveAssignmentBody): Promise<AssignmentView> {
  return apiRequest<AssignmentView>(`${sidePath(side)}/assignment`, { method: 'POST', body });
}

export function publishAssignment(side: AssignmentSide): Promise<AssignmentView> {
  return apiRequest<AssignmentView>(`${sidePath(side)}/assignment/publish`, { method: 'POST' });
}

export function editPair(side: AssignmentSide, body: PairEditBody): Promise<AssignmentView> {
  return apiRequest<AssignmentView>(`${sidePath(side)}/assignment/pairs`, { method: 'POST', body });
}

export function setConstraint(side: AssignmentSide, body: ConstraintBody): Promise<AssignmentView> {
  return apiRequest<AssignmentView>(`${sidePath(side)}/constraints`, { method: 'POST', body });
}

export function fetchAffinity(side: AssignmentSide, pair: { proposal: string; reviewer: string }): Promise<Affinity> {
  return apiRequest<Affinity>(`${sidePath(side)}/affinity`, { query: pair });
}
