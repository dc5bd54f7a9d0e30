import { AppError } from '../../domain/app-error.js';
import type { BilingualText } from '../../domain/bilingual-text.js';
import { invitationStatus, type InvitationRole, type InvitationStatus } from '../../domain/proposals/invitation.js';
import { findInvitationByTokenHash } from '../../db/repositories/invitation.repository.js';
import { findProposal } from '../../db/repositories/proposal.repository.js';
import { findUserByEmail } from '../../db/repositories/user.repository.js';
import type { ServiceContext } from '../service-context.js';
import { hashInvitationToken } from './invitation-token.js';

/** What the invitation page shows before the invitee accepts. */
export type InvitationPreview = {
  proposal: { ref: string; title: BilingualText };
  call: { code: string; title: BilingualText };
  team: { position: number; role: 'lead' | 'partner'; country: string };
  role: InvitationRole;
  email: string;
  status: InvitationStatus;
  expiresAt: string;
  /** Whether an account with the invited address exists (then the invitee signs in rather than creating one). */
  hasAccount: boolean;
};

/**
 * The invitation behind a link, for whoever holds the link (the token is the credential: nobody
 * needs to be signed in to read what they are invited to). Throws NOT_FOUND for an unknown token
 * or a proposal that no longer has the team.
 */
export async function viewInvitation(ctx: ServiceContext, token: string): Promise<InvitationPreview> {
  const notFound = new AppError('NOT_FOUND', { params: { kind: 'invitation', key: '…' } });
  const invitation = await findInvitationByTokenHash(ctx.db, hashInvitationToken(token), { forUpdate: false });
  if (!invitation) throw notFound;
  const found = await findProposal(ctx.db, invitation.proposalRef);
  const team = found?.detail.teams[invitation.teamPosition];
  if (!found || !team) throw notFound;
  return {
    proposal: { ref: found.detail.ref, title: found.detail.title },
    call: { code: found.detail.call.code, title: found.detail.call.title },
    team: { position: invitation.teamPosition, role: team.role, country: team.country },
    role: invitation.role,
    email: invitation.email,
    status: invitationStatus(invitation, ctx.clock.now()),
    expiresAt: invitation.expiresAt.toISOString(),
    hasAccount: (await findUserByEmail(ctx.db, invitation.email)) !== null,
  };
}
