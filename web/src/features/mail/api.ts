import type { MailEntry, MailListResponse } from '../../../../src/contracts/mail.schemas.js';
import { apiRequest } from '../../api-client.js';

export type { MailEntry, MailListResponse };

export const MAIL_STATUS_FILTERS = ['pending', 'sending', 'sent', 'failed', 'logged'] as const;
export type MailStatusFilter = (typeof MAIL_STATUS_FILTERS)[number];

export type MailListQuery = { status?: MailStatusFilter; page: number; pageSize: number };

/** A page of the mail outbox; throws ApiError FORBIDDEN for anyone but an administrator. */
export function fetchOutbox(query: MailListQuery, signal?: AbortSignal): Promise<MailListResponse> {
  return apiRequest<MailListResponse>('/api/admin/mail', { query, signal });
}
