import { invitationStatus, type InvitationRole, type InvitationStatus } from '../../domain/proposals/invitation.js';
import type { InvitationRecord } from '../../db/repositories/invitation.repository.js';

/** An invitation as lists show it: never with its token. */
export type InvitationView = {
  id: number;
  proposal: string;
  teamPosition: number;
  role: InvitationRole;
  email: string;
  language: 'en' | 'ja';
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
};

/** The view of a stored invitation with its status at `now`. */
export function toInvitationView(record: InvitationRecord, now: Date): InvitationView {
  return {
    id: record.id,
    proposal: record.proposalRef,
    teamPosition: record.teamPosition,
    role: record.role,
    email: record.email,
    language: record.language,
    status: invitationStatus(record, now),
    createdAt: record.createdAt.toISOString(),
    expiresAt: record.expiresAt.toISOString(),
    acceptedAt: record.acceptedAt?.toISOString() ?? null,
    revokedAt: record.revokedAt?.toISOString() ?? null,
  };
}
