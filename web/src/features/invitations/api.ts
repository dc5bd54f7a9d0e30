import type {
  AcceptInvitationBody,
  AcceptInvitationResponse,
  InvitationListResponse,
  InvitationPreviewResponse,
  InvitationResponse,
  InviteBody,
} from '../../../../src/contracts/invitation.schemas.js';
import { apiRequest } from '../../api-client.js';

export type { AcceptInvitationBody, AcceptInvitationResponse, InvitationListResponse, InvitationPreviewResponse, InvitationResponse, InviteBody };

const proposalPath = (ref: string) => `/api/proposals/${encodeURIComponent(ref)}/invitations`;

/** The invitations of a proposal; throws ApiError NOT_FOUND for a proposal the user may not see. */
export function fetchInvitations(ref: string, signal?: AbortSignal): Promise<InvitationListResponse> {
  return apiRequest<InvitationListResponse>(proposalPath(ref), { signal });
}

/** Sends an invitation; throws ApiError FORBIDDEN, VALIDATION_FAILED, PROPOSAL_NOT_DRAFT. */
export function sendInvitation(ref: string, body: InviteBody): Promise<InvitationResponse> {
  return apiRequest<InvitationResponse>(proposalPath(ref), { method: 'POST', body });
}

/** Revokes a pending invitation. */
export function revokeInvitation(ref: string, id: number): Promise<InvitationResponse> {
  return apiRequest<InvitationResponse>(`${proposalPath(ref)}/${id}/revoke`, { method: 'POST' });
}

/** What a link invites to; throws ApiError NOT_FOUND for an unknown link. */
export function fetchInvitationPreview(token: string, signal?: AbortSignal): Promise<InvitationPreviewResponse> {
  return apiRequest<InvitationPreviewResponse>(`/api/invitations/${encodeURIComponent(token)}`, { signal });
}

/** Accepts an invitation; with `account`, creates the account and signs it in. */
export function acceptInvitation(token: string, body: AcceptInvitationBody): Promise<AcceptInvitationResponse> {
  return apiRequest<AcceptInvitationResponse>(`/api/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body });
}
