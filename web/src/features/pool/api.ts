import type {
  AddReviewerBody,
  DeclareOwnConflictBody,
  OwnConflictsOut,
  OwnProfileOut,
  ReviewerOut,
  ReviewerPoolOut,
  UpdateOwnProfileBody,
  UpdateReviewerBody,
} from '../../../../src/contracts/pool.schemas.js';
import { apiRequest } from '../../api-client.js';

export type Reviewer = ReviewerOut;
export type ReviewerPool = ReviewerPoolOut;
export type OwnProfile = OwnProfileOut;
export type OwnConflicts = OwnConflictsOut;
export type DeclarableProposal = OwnConflictsOut['pools'][number]['proposals'][number];
export type PublicationInput = NonNullable<UpdateReviewerBody['publications']>[number];
export type AffiliationInput = NonNullable<UpdateReviewerBody['affiliations']>[number];
// The form sends only what the reader filled in; the server applies the defaults.
export type AddReviewerInput = Partial<AddReviewerBody>;
export type { UpdateOwnProfileBody, UpdateReviewerBody, DeclareOwnConflictBody };

const poolPath = (agency: string) => `/api/agencies/${encodeURIComponent(agency)}/reviewers`;
const reviewerPath = (agency: string, person: string) => `${poolPath(agency)}/${encodeURIComponent(person)}`;

/** An agency's pool, optionally searched; throws ApiError FORBIDDEN for anyone but its staff. */
export function fetchPool(agency: string, search: string, signal?: AbortSignal): Promise<ReviewerPool> {
  return apiRequest<ReviewerPool>(poolPath(agency), { query: { q: search }, signal });
}

export function addReviewer(agency: string, body: AddReviewerInput): Promise<Reviewer> {
  return apiRequest<Reviewer>(poolPath(agency), { method: 'POST', body });
}

export function updateReviewer(agency: string, person: string, body: UpdateReviewerBody): Promise<Reviewer> {
  return apiRequest<Reviewer>(reviewerPath(agency, person), { method: 'PATCH', body });
}

/** Throws ApiError REVIEWER_HAS_REVIEWS while the reviewer holds reviews. */
export function removeReviewer(agency: string, person: string): Promise<void> {
  return apiRequest<void>(reviewerPath(agency, person), { method: 'DELETE' });
}

/** The signed-in reviewer's profile; throws ApiError FORBIDDEN for someone in no pool. */
export function fetchOwnProfile(): Promise<OwnProfile> {
  return apiRequest<OwnProfile>('/api/me/reviewer-profile');
}

export function updateOwnProfile(body: UpdateOwnProfileBody): Promise<OwnProfile> {
  return apiRequest<OwnProfile>('/api/me/reviewer-profile', { method: 'PATCH', body });
}

export function fetchOwnConflicts(): Promise<OwnConflicts> {
  return apiRequest<OwnConflicts>('/api/me/conflicts');
}

export function declareOwnConflict(body: DeclareOwnConflictBody): Promise<OwnConflicts> {
  return apiRequest<OwnConflicts>('/api/me/conflicts', { method: 'POST', body });
}

/** Withdraws a conflict the reviewer declared; throws ApiError NOT_FOUND for any other. */
export function withdrawOwnConflict(proposal: string, agency: string): Promise<OwnConflicts> {
  return apiRequest<OwnConflicts>(`/api/me/conflicts/${encodeURIComponent(proposal)}?agency=${encodeURIComponent(agency)}`, { method: 'DELETE' });
}
