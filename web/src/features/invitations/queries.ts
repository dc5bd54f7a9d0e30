import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../auth/queries.js';
import { acceptInvitation, fetchInvitationPreview, fetchInvitations, revokeInvitation, sendInvitation, type AcceptInvitationBody, type InviteBody } from './api.js';

const invitationsKey = (ref: string) => ['invitations', ref] as const;

/** The invitations of a proposal. */
export function useInvitations(ref: string) {
  return useQuery({ queryKey: invitationsKey(ref), queryFn: ({ signal }) => fetchInvitations(ref, signal) });
}

/** Sends an invitation and refreshes the list. */
export function useSendInvitation(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteBody) => sendInvitation(ref, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(ref) }),
  });
}

/** Revokes an invitation and refreshes the list. */
export function useRevokeInvitation(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => revokeInvitation(ref, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(ref) }),
  });
}

/** What an invitation link invites to. */
export function useInvitationPreview(token: string) {
  return useQuery({ queryKey: ['invitation-preview', token], queryFn: ({ signal }) => fetchInvitationPreview(token, signal), retry: false });
}

/**
 * Accepts an invitation. A new account is signed in by the server's cookie, so the session is
 * fetched again; every other cached answer belonged to the signed-out visitor and is dropped.
 */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) => acceptInvitation(token, body),
    onSuccess: async (result) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      if (result.createdAccount) await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
