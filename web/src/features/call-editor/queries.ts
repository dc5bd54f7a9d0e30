import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchCallAdmin, type CallAdminView } from './api.js';

/** The cache key of a call's officer view. */
export function callAdminKey(code: string) {
  return ['call-admin', code] as const;
}

/**
 * A call's officer view. Staff without rights on the call (and applicants) get 403 or 404: the
 * caller then shows nothing of the officer controls, so no retry.
 */
export function useCallAdmin(code: string | undefined, enabled = true) {
  return useQuery({ queryKey: callAdminKey(code ?? ''), queryFn: () => fetchCallAdmin(code ?? ''), enabled: Boolean(code) && enabled, retry: false });
}

/**
 * A change to a call whose answer is the new officer view: stores it and refreshes what readers
 * see of the call (its page and the list), which the change may have altered.
 */
export function useCallAdminMutation<Variables>(mutationFn: (variables: Variables) => Promise<CallAdminView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (view) => {
      queryClient.setQueryData(callAdminKey(view.code), view);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['call', view.code] }),
        queryClient.invalidateQueries({ queryKey: ['calls'] }),
      ]);
    },
  });
}
