import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteDocument, fetchDocuments, uploadDocument, type UploadInput } from './api.js';

const documentsKey = (ref: string) => ['documents', ref] as const;

/** The documents of a proposal. */
export function useDocuments(ref: string) {
  return useQuery({ queryKey: documentsKey(ref), queryFn: ({ signal }) => fetchDocuments(ref, signal) });
}

/** Uploads a document and refreshes the list. */
export function useUploadDocument(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadInput) => uploadDocument(ref, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(ref) }),
  });
}

/** Deletes a document and refreshes the list. */
export function useDeleteDocument(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteDocument(ref, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(ref) }),
  });
}
