import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  editPair,
  fetchAffinity,
  fetchAssignment,
  publishAssignment,
  setConstraint,
  solveAssignment,
  type AssignmentSide,
  type AssignmentView,
  type ConstraintBody,
  type PairEditBody,
  type SolveAssignmentBody,
} from './api.js';

// Keys start with 'assignment': the conflicts page refreshes them after a waiver changes.
const assignmentKey = (side: AssignmentSide) => ['assignment', side.code, side.agency] as const;

export function useAssignment(side: AssignmentSide) {
  return useQuery({ queryKey: assignmentKey(side), queryFn: () => fetchAssignment(side), retry: false });
}

/** Every change answers with the whole view (violations included): it replaces the cached one at once. */
function useAssignmentMutation<Variables>(side: AssignmentSide, mutationFn: (variables: Variables) => Promise<AssignmentView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (view) => {
      queryClient.setQueryData(assignmentKey(side), view);
      void queryClient.invalidateQueries({ queryKey: ['assignment-affinity', side.code, side.agency] });
    },
  });
}

export function useSolveAssignment(side: AssignmentSide) {
  return useAssignmentMutation(side, (body: SolveAssignmentBody) => solveAssignment(side, body));
}

export function usePublishAssignment(side: AssignmentSide) {
  return useAssignmentMutation(side, () => publishAssignment(side));
}

export function useEditPair(side: AssignmentSide) {
  return useAssignmentMutation(side, (body: PairEditBody) => editPair(side, body));
}

export function useSetConstraint(side: AssignmentSide) {
  return useAssignmentMutation(side, (body: ConstraintBody) => setConstraint(side, body));
}

/** Why a reviewer fits a proposal; idle until both are chosen. */
export function useAffinity(side: AssignmentSide, pair: { proposal: string; reviewer: string }) {
  return useQuery({
    queryKey: ['assignment-affinity', side.code, side.agency, pair.proposal, pair.reviewer],
    queryFn: () => fetchAffinity(side, pair),
    enabled: pair.proposal !== '' && pair.reviewer !== '',
    retry: false,
  });
}
