import type {
  CallAdminView,
  CallConfig,
  CopyCallBody,
  ExtendDeadlineBody,
  UpdateCallBody,
} from '../../../../src/contracts/call-admin.schemas.js';
import type { CallStatus } from '../../../../src/domain/calls/lifecycle.js';
import { apiRequest } from '../../api-client.js';

export type { CallAdminView, CallConfig, CallStatus };

const callPath = (code: string) => `/api/calls/${encodeURIComponent(code)}`;

/** A call as its officers manage it, with what the user may do; throws ApiError FORBIDDEN or NOT_FOUND. */
export function fetchCallAdmin(code: string): Promise<CallAdminView> {
  return apiRequest<CallAdminView>(`${callPath(code)}/admin`);
}

/** Creates a draft call; throws ApiError VALIDATION_FAILED (issues with JSON paths) or FORBIDDEN. */
export function createCall(config: CallConfig): Promise<CallAdminView> {
  return apiRequest<CallAdminView>('/api/calls', { method: 'POST', body: config });
}

/** Replaces parts of a draft or open call; throws ApiError VALIDATION_FAILED, FORBIDDEN or CONFLICT. */
export function updateCall(code: string, body: UpdateCallBody): Promise<CallAdminView> {
  return apiRequest<CallAdminView>(callPath(code), { method: 'PATCH', body });
}

/** A new draft copied from the call; throws ApiError VALIDATION_FAILED or FORBIDDEN. */
export function copyCall(code: string, body: CopyCallBody): Promise<CallAdminView> {
  return apiRequest<CallAdminView>(`${callPath(code)}/copy`, { method: 'POST', body });
}

/** Approves the draft for `agency` (the officer's own when null). */
export function approveCall(code: string, agency: string | null): Promise<CallAdminView> {
  return apiRequest<CallAdminView>(`${callPath(code)}/approvals`, { method: 'POST', body: agency ? { agency } : {} });
}

/** Publishes the draft; throws ApiError CALL_TRANSITION_REFUSED with every reason as an issue. */
export function publishCall(code: string): Promise<CallAdminView> {
  return apiRequest<CallAdminView>(`${callPath(code)}/publish`, { method: 'POST' });
}

/** Moves the call to `to`; throws ApiError CALL_TRANSITION_REFUSED with every reason. */
export function transitionCall(code: string, to: CallStatus): Promise<CallAdminView> {
  return apiRequest<CallAdminView>(`${callPath(code)}/transitions`, { method: 'POST', body: { to } });
}

/** Extends one side's deadline of an open call; applicants are mailed the reason. */
export function extendDeadline(code: string, body: ExtendDeadlineBody): Promise<CallAdminView> {
  return apiRequest<CallAdminView>(`${callPath(code)}/deadline-extensions`, { method: 'POST', body });
}
