import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addConflict, fetchCallConflicts, unwaiveConflict, waiveConflict, type AddConflictBody, type ConflictPair } from './api.js';

export function useCallConflicts(code: string) {
  return useQuery({ queryKey: ['conflicts', code], queryFn: () => fetchCallConflicts(code), retry: false });
}

// Conflicts decide which pairs the assignment may use: refresh both after any change.
function useConflictMutation<Variables, Result>(code: string, mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['conflicts', code] }), queryClient.invalidateQueries({ queryKey: ['assignment'] })]);
    },
  });
}

export function useAddConflict(code: string) {
  return useConflictMutation(code, (body: AddConflictBody) => addConflict(code, body));
}

export function useWaiveConflict(code: string) {
  return useConflictMutation(code, ({ pair, reason }: { pair: ConflictPair; reason: string }) => waiveConflict(code, pair, reason));
}

export function useUnwaiveConflict(code: string) {
  return useConflictMutation(code, (pair: ConflictPair) => unwaiveConflict(code, pair));
}
