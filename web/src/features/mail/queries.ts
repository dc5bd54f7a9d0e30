import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchOutbox, type MailListQuery } from './api.js';

/** A page of the mail outbox; refreshed every few seconds so a mail's sending shows as it happens. */
export function useOutbox(query: MailListQuery) {
  return useQuery({
    queryKey: ['admin-mail', query],
    queryFn: ({ signal }) => fetchOutbox(query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 5000,
  });
}
