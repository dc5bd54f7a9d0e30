import type {
  MyReviewList,
  ReopenReviewResponse,
  ReviewAssignmentView,
  ReviewCriterion,
  ReviewState,
  SaveReviewBody,
  ScoresView,
} from '../../../../src/contracts/review.schemas.js';
import { apiRequest } from '../../api-client.js';

export type { MyReviewList, ReopenReviewResponse, ReviewAssignmentView, ReviewCriterion, ReviewState, SaveReviewBody, ScoresView };
export type ProposalScores = ScoresView['proposals'][number];
export type ScoredReview = ProposalScores['reviews'][number];

const myReviewPath = (ref: string) => `/api/me/reviews/${encodeURIComponent(ref)}`;

/** The signed-in reviewer's assigned proposals. */
export function fetchMyReviews(signal?: AbortSignal): Promise<MyReviewList> {
  return apiRequest<MyReviewList>('/api/me/reviews', { signal });
}

/** One assigned proposal and its review; ApiError NOT_FOUND unless assigned and unconflicted. */
export function fetchReviewAssignment(ref: string, signal?: AbortSignal): Promise<ReviewAssignmentView> {
  return apiRequest<ReviewAssignmentView>(myReviewPath(ref), { signal });
}

/** Saves the review as a draft; ApiError CONFLICT (stale version), REVIEW_SUBMITTED, VALIDATION_FAILED. */
export function saveReviewDraft(ref: string, body: SaveReviewBody): Promise<ReviewState> {
  return apiRequest<ReviewState>(myReviewPath(ref), { method: 'PUT', body });
}

/** Submits the review with its last changes; final unless an officer reopens it. */
export function submitReview(ref: string, body: SaveReviewBody): Promise<ReviewState> {
  return apiRequest<ReviewState>(`${myReviewPath(ref)}/submit`, { method: 'POST', body });
}

const reviewPath = (code: string, agency: string) => `/api/calls/${encodeURIComponent(code)}/review/${encodeURIComponent(agency)}`;

/** One agency's scores of a call (the call's staff). */
export function fetchScores(code: string, agency: string, signal?: AbortSignal): Promise<ScoresView> {
  return apiRequest<ScoresView>(`${reviewPath(code, agency)}/scores`, { signal });
}

/** Reopens a submitted review (that agency's officers), with the reason the audit log keeps. */
export function reopenReview(input: { code: string; agency: string; proposal: string; reviewer: string; reason: string }): Promise<ReopenReviewResponse> {
  return apiRequest<ReopenReviewResponse>(`${reviewPath(input.code, input.agency)}/reviews/${encodeURIComponent(input.proposal)}/${encodeURIComponent(input.reviewer)}/reopen`, {
    method: 'POST',
    body: { reason: input.reason },
  });
}
