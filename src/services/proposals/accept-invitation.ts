import { randomBytes } from 'node:crypto';
import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { actorLabel } from '../../domain/access/actor.js';
import type { BilingualText } from '../../domain/bilingual-text.js';
import { applyAcceptance, assertInvitationUsable, type InvitationRole } from '../../domain/proposals/invitation.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import {
  createPersonForUser,
  findInvitationByTokenHash,
  findPersonId,
  findProposalForChange,
  markInvitationAccepted,
  saveChangedProposal,
} from '../../db/repositories/invitation.repository.js';
import { findUserByEmail, findUserById, insertUser, type UserRecord } from '../../db/repositories/user.repository.js';
import { hashPassword } from '../auth/password.js';
import type { ServiceContext } from '../service-context.js';
import { hashInvitationToken } from './invitation-token.js';

/** The account an invitee without one creates while accepting; the address is the invitation's. */
export type NewAccount = { password: string; displayName: BilingualText; locale: 'en' | 'ja' };

export type AcceptInvitationInput = { token: string; newAccount?: NewAccount | undefined };

export type AcceptInvitationResult = {
  proposalRef: string;
  teamPosition: number;
  role: InvitationRole;
  userId: number;
  email: string;
  personRef: string;
  createdAccount: boolean;
};

/** Shortest password for an account created here (NIST SP 800-63B asks at least 8; a little more costs users nothing). */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Accepts an invitation: the signed-in user (or, with no one signed in, a new account for the
 * invited address) joins the team as PI or member. A user without a person record gets one, made
 * from their account. In one transaction: the invitation is locked and checked, the proposal is
 * written through the one write path for proposals and saved as a new version, the invitation is
 * marked accepted, and audit entries are appended.
 * Throws NOT_FOUND (unknown token), INVITATION_EXPIRED, INVITATION_USED, INVITATION_REVOKED,
 * UNAUTHENTICATED (no one signed in and no account given), INVITATION_ACCOUNT_EXISTS (an account
 * with the invited address exists: sign in first), VALIDATION_FAILED (password too short, team
 * gone) and PROPOSAL_NOT_DRAFT.
 */
export async function acceptInvitation(ctx: ServiceContext, actor: Actor | null, input: AcceptInvitationInput): Promise<AcceptInvitationResult> {
  const userActor = actor?.kind === 'user' ? actor : null;
  if (!userActor && !input.newAccount) throw new AppError('UNAUTHENTICATED');
  const newAccount = userActor ? undefined : input.newAccount;
  if (newAccount && newAccount.password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('VALIDATION_FAILED', {
      params: { count: 1 },
      issues: [{ path: 'password', message: { en: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`, ja: `パスワードは ${MIN_PASSWORD_LENGTH} 文字以上にしてください。` } }],
    });
  }
  // argon2 takes tens of milliseconds: hash before the transaction so no row stays locked meanwhile.
  const passwordHash = newAccount ? await hashPassword(newAccount.password) : null;
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const invitation = await findInvitationByTokenHash(tx, hashInvitationToken(input.token), { forUpdate: true });
    if (!invitation) throw new AppError('NOT_FOUND', { params: { kind: 'invitation', key: '…' } });
    assertInvitationUsable(invitation, now);

    let user: UserRecord;
    let createdAccount = false;
    if (userActor) {
      const signedIn = await findUserById(tx, userActor.userId);
      if (!signedIn) throw new AppError('UNAUTHENTICATED');
      user = signedIn;
    } else {
      if (!newAccount || passwordHash === null) throw new AppError('UNAUTHENTICATED');
      if (await findUserByEmail(tx, invitation.email)) throw new AppError('INVITATION_ACCOUNT_EXISTS', { params: { email: invitation.email } });
      const userId = await insertUser(tx, {
        email: invitation.email,
        passwordHash,
        displayName: { en: newAccount.displayName.en?.trim() || null, ja: newAccount.displayName.ja?.trim() || null },
        locale: newAccount.locale,
        personRef: null,
        roles: [{ role: 'applicant', agency: null }],
      });
      const created = await findUserById(tx, userId);
      if (!created) throw new Error(`user ${userId} was not written`);
      user = created;
      createdAccount = true;
    }

    let personRef = user.personRef;
    let personId = personRef ? await findPersonId(tx, personRef) : null;
    if (personRef === null || personId === null) {
      const name = { en: user.displayName.en ?? (user.displayName.ja ? null : user.email), ja: user.displayName.ja };
      const person = await createPersonForUser(tx, { ref: `person-${randomBytes(6).toString('hex')}`, name, email: user.email, userId: user.id });
      personRef = person.ref;
      personId = person.id;
    }

    const found = await findProposalForChange(tx, invitation.proposalRef);
    if (!found) throw new AppError('NOT_FOUND', { params: { kind: 'proposal', key: invitation.proposalRef } });
    if (found.proposal.status !== 'draft') {
      throw new AppError('PROPOSAL_NOT_DRAFT', { params: { proposal: found.proposal.ref, status: found.proposal.status } });
    }
    const changed = applyAcceptance(found.proposal, { teamPosition: invitation.teamPosition, role: invitation.role, personRef });
    const version = await saveChangedProposal(tx, { proposalId: found.id, proposal: changed, at: now, userId: user.id });
    await markInvitationAccepted(tx, invitation.id, { at: now, userId: user.id, personId });

    const by = actorLabel({ kind: 'user', userId: user.id, email: user.email, personRef, roles: user.roles });
    if (createdAccount) {
      await appendAudit(tx, { at: now, actor: by, action: 'user.created', subjectType: 'user', subject: String(user.id), changes: { email: user.email, person: personRef, through: `invitation:${invitation.id}` } });
    }
    const previous = found.proposal.teams[invitation.teamPosition];
    await appendAudit(tx, {
      at: now,
      actor: by,
      action: 'invitation.accepted',
      subjectType: 'proposal',
      subject: found.proposal.ref,
      changes: { invitation: invitation.id, teamPosition: invitation.teamPosition, role: invitation.role, person: personRef, previousPi: previous?.pi ?? null, version },
    });
    return { proposalRef: found.proposal.ref, teamPosition: invitation.teamPosition, role: invitation.role, userId: user.id, email: user.email, personRef, createdAccount };
  });
}
