import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  addReviewer,
  declareOwnConflict,
  fetchOwnConflicts,
  fetchOwnProfile,
  fetchPool,
  removeReviewer,
  updateOwnProfile,
  updateReviewer,
  withdrawOwnConflict,
  type AddReviewerInput,
  type DeclareOwnConflictBody,
  type OwnConflicts,
  type UpdateOwnProfileBody,
  type UpdateReviewerBody,
} from './api.js';

/** An agency's pool as searched; the previous result stays while the next search loads. */
export function usePool(agency: string, search: string) {
  return useQuery({ queryKey: ['pool', agency, search], queryFn: ({ signal }) => fetchPool(agency, search, signal), placeholderData: keepPreviousData, retry: false });
}

/** Changes to a pool refresh every view of it, and the call conflicts that depend on it. */
function usePoolMutation<Variables, Result>(agency: string, mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['pool', agency] }), queryClient.invalidateQueries({ queryKey: ['conflicts'] })]);
    },
  });
}

export function useAddReviewer(agency: string) {
  return usePoolMutation(agency, (body: AddReviewerInput) => addReviewer(agency, body));
}

export function useUpdateReviewer(agency: string) {
  return usePoolMutation(agency, ({ person, body }: { person: string; body: UpdateReviewerBody }) => updateReviewer(agency, person, body));
}

export function useRemoveReviewer(agency: string) {
  return usePoolMutation(agency, (person: string) => removeReviewer(agency, person));
}

export function useOwnProfile() {
  return useQuery({ queryKey: ['me', 'reviewer-profile'], queryFn: fetchOwnProfile, retry: false });
}

export function useUpdateOwnProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOwnProfileBody) => updateOwnProfile(body),
    onSuccess: (profile) => queryClient.setQueryData(['me', 'reviewer-profile'], profile),
  });
}

export function useOwnConflicts() {
  return useQuery({ queryKey: ['me', 'conflicts'], queryFn: fetchOwnConflicts, retry: false });
}

export function useDeclareOwnConflict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DeclareOwnConflictBody) => declareOwnConflict(body),
    onSuccess: (conflicts) => storeOwnConflicts(queryClient, conflicts),
  });
}

export function useWithdrawOwnConflict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { proposal: string; agency: string }) => withdrawOwnConflict(input.proposal, input.agency),
    onSuccess: (conflicts) => storeOwnConflicts(queryClient, conflicts),
  });
}

/** Declaring or withdrawing answers with the new list; the profile shows declarations too. */
async function storeOwnConflicts(queryClient: QueryClient, conflicts: OwnConflicts): Promise<void> {
  queryClient.setQueryData(['me', 'conflicts'], conflicts);
  await queryClient.invalidateQueries({ queryKey: ['me', 'reviewer-profile'] });
}
