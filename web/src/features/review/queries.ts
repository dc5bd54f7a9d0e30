import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMyReviews, fetchReviewAssignment, fetchScores, reopenReview, saveReviewDraft, submitReview, type ReviewAssignmentView, type ReviewState, type SaveReviewBody } from './api.js';

const myReviewsKey = ['my-reviews'] as const;
const assignmentKey = (ref: string) => ['my-reviews', ref] as const;
const scoresKey = (code: string, agency: string) => ['call', code, 'scores', agency] as const;

/** The signed-in reviewer's assigned proposals. */
export function useMyReviews() {
  return useQuery({ queryKey: myReviewsKey, queryFn: ({ signal }) => fetchMyReviews(signal), retry: false });
}

/** One assigned proposal and its review. */
export function useReviewAssignment(ref: string) {
  return useQuery({ queryKey: assignmentKey(ref), queryFn: ({ signal }) => fetchReviewAssignment(ref, signal), retry: false, staleTime: 0 });
}

/** Saves (or, with `isSubmitting`, submits) the review and puts the new state into the cached view. */
export function useWriteReview(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, isSubmitting }: { body: SaveReviewBody; isSubmitting: boolean }) => (isSubmitting ? submitReview(ref, body) : saveReviewDraft(ref, body)),
    onSuccess: (review: ReviewState) => {
      queryClient.setQueryData<ReviewAssignmentView>(assignmentKey(ref), (view) => (view ? { ...view, review } : view));
      void queryClient.invalidateQueries({ queryKey: myReviewsKey, exact: true });
    },
  });
}

/** One agency's scores of a call. */
export function useScores(code: string, agency: string) {
  return useQuery({ queryKey: scoresKey(code, agency), queryFn: ({ signal }) => fetchScores(code, agency, signal), retry: false });
}

/** Reopens a submitted review and refreshes the scores (a reopened review no longer counts). */
export function useReopenReview(code: string, agency: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { proposal: string; reviewer: string; reason: string }) => reopenReview({ code, agency, ...input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scoresKey(code, agency) }),
  });
}
