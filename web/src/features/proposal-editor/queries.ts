import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchDraft, fetchVersion, fetchVersions, startProposal, submitProposal, withdrawProposal, type DraftView } from './api.js';

export const draftKey = (ref: string) => ['proposal-draft', ref] as const;

/** The editor's view of a proposal. Never refetched behind the editor's back: autosave owns it. */
export function useDraft(ref: string) {
  return useQuery({ queryKey: draftKey(ref), queryFn: ({ signal }) => fetchDraft(ref, signal), staleTime: Infinity });
}

/** The version history (refetched after each save). */
export function useVersions(ref: string, version: number) {
  return useQuery({ queryKey: ['proposal-versions', ref, version], queryFn: () => fetchVersions(ref) });
}

/** One version's content, loaded when chosen. */
export function useVersion(ref: string, version: number | null) {
  return useQuery({ queryKey: ['proposal-version', ref, version], queryFn: () => fetchVersion(ref, version ?? 0), enabled: version !== null });
}

/** Starts a proposal. */
export function useStartProposal(callCode: string) {
  return useMutation({ mutationFn: (title: { en: string; ja: string }) => startProposal(callCode, title) });
}

function useStoreView(ref: string) {
  const queryClient = useQueryClient();
  return (view: DraftView) => {
    queryClient.setQueryData(draftKey(ref), view);
    void queryClient.invalidateQueries({ queryKey: ['proposal', ref] });
    void queryClient.invalidateQueries({ queryKey: ['proposals'] });
  };
}

/** Submits the version the lead PI reviewed; the view with the receipt replaces the draft. */
export function useSubmitProposal(ref: string) {
  const store = useStoreView(ref);
  return useMutation({ mutationFn: (version: number) => submitProposal(ref, version), onSuccess: store });
}

/** Withdraws the proposal. */
export function useWithdrawProposal(ref: string) {
  const store = useStoreView(ref);
  return useMutation({ mutationFn: () => withdrawProposal(ref), onSuccess: store });
}
