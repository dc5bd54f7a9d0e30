import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.js';
import type { Proposal, Team } from '../model.js';
import {
  applyAcceptance,
  assertCanInvite,
  assertInvitationUsable,
  canInvite,
  canRevokeInvitation,
  INVITATION_TTL_DAYS,
  invitationExpiresAt,
  invitationStatus,
  normaliseEmail,
} from './invitation.js';

const team = (role: Team['role'], pi: string, members: string[] = []): Team => ({ role, country: role === 'lead' ? 'JP' : 'FR', pi, members, budget: [], funding: [] });
// The lead PI holds the partner team's place until the partner PI accepts.
const proposal: Proposal = {
  ref: 'P1', call: 'C1', field: 'quantum', title: { en: 'T' }, keywords: [], teams: [team('lead', 'lead-pi', ['lead-member']), team('partner', 'lead-pi')], exchanges: [], status: 'draft',
};
const withPartner: Proposal = { ...proposal, teams: [team('lead', 'lead-pi'), team('partner', 'partner-pi', ['partner-member'])] };

const createdAt = new Date('2026-04-01T00:00:00Z');
const expiresAt = invitationExpiresAt(createdAt);

function codeOf(action: () => void): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('invitation expiry', () => {
  it('expires exactly INVITATION_TTL_DAYS after it was made', () => {
    expect(INVITATION_TTL_DAYS).toBe(14);
    expect(expiresAt.toISOString()).toBe('2026-04-15T00:00:00.000Z');
  });

  it('works up to and including the expiry instant, and not one millisecond later', () => {
    const state = { expiresAt, acceptedAt: null, revokedAt: null };
    expect(invitationStatus(state, createdAt)).toBe('pending');
    expect(invitationStatus(state, new Date(expiresAt.getTime()))).toBe('pending');
    expect(invitationStatus(state, new Date(expiresAt.getTime() + 1))).toBe('expired');
    expect(codeOf(() => assertInvitationUsable(state, expiresAt))).toBeUndefined();
    expect(codeOf(() => assertInvitationUsable(state, new Date(expiresAt.getTime() + 1000)))).toBe('INVITATION_EXPIRED');
  });

  it('says accepted or revoked rather than expired once that happened', () => {
    const later = new Date(expiresAt.getTime() + 86_400_000);
    expect(invitationStatus({ expiresAt, acceptedAt: createdAt, revokedAt: null }, later)).toBe('accepted');
    expect(invitationStatus({ expiresAt, acceptedAt: null, revokedAt: createdAt }, later)).toBe('revoked');
    expect(codeOf(() => assertInvitationUsable({ expiresAt, acceptedAt: createdAt, revokedAt: null }, createdAt))).toBe('INVITATION_USED');
    expect(codeOf(() => assertInvitationUsable({ expiresAt, acceptedAt: null, revokedAt: createdAt }, createdAt))).toBe('INVITATION_REVOKED');
  });
});

describe('who may invite', () => {
  it('lets the lead PI invite a partner PI and members of any team, but not a PI for the lead team', () => {
    expect(canInvite({ inviterPersonRef: 'lead-pi', teamPosition: 1, role: 'pi' }, proposal)).toBe(true);
    expect(canInvite({ inviterPersonRef: 'lead-pi', teamPosition: 1, role: 'member' }, proposal)).toBe(true);
    expect(canInvite({ inviterPersonRef: 'lead-pi', teamPosition: 0, role: 'member' }, proposal)).toBe(true);
    expect(canInvite({ inviterPersonRef: 'lead-pi', teamPosition: 0, role: 'pi' }, proposal)).toBe(false);
  });

  it('lets a partner PI invite members of their own team only', () => {
    expect(canInvite({ inviterPersonRef: 'partner-pi', teamPosition: 1, role: 'member' }, withPartner)).toBe(true);
    expect(canInvite({ inviterPersonRef: 'partner-pi', teamPosition: 1, role: 'pi' }, withPartner)).toBe(false);
    expect(canInvite({ inviterPersonRef: 'partner-pi', teamPosition: 0, role: 'member' }, withPartner)).toBe(false);
  });

  it('refuses members, strangers and actors without a person', () => {
    expect(canInvite({ inviterPersonRef: 'partner-member', teamPosition: 1, role: 'member' }, withPartner)).toBe(false);
    expect(canInvite({ inviterPersonRef: 'lead-member', teamPosition: 0, role: 'member' }, proposal)).toBe(false);
    expect(canInvite({ inviterPersonRef: 'stranger', teamPosition: 1, role: 'member' }, proposal)).toBe(false);
    expect(canInvite({ inviterPersonRef: null, teamPosition: 1, role: 'member' }, proposal)).toBe(false);
  });

  it('reports a missing team as a validation problem and a refusal as FORBIDDEN', () => {
    expect(codeOf(() => assertCanInvite({ inviterPersonRef: 'lead-pi', teamPosition: 2, role: 'pi' }, proposal))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => assertCanInvite({ inviterPersonRef: 'stranger', teamPosition: 1, role: 'pi' }, proposal))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanInvite({ inviterPersonRef: 'lead-pi', teamPosition: 1, role: 'pi' }, proposal))).toBeUndefined();
  });

  it('lets the lead PI revoke any invitation and a team PI those of their team', () => {
    expect(canRevokeInvitation('lead-pi', 0, withPartner)).toBe(true);
    expect(canRevokeInvitation('lead-pi', 1, withPartner)).toBe(true);
    expect(canRevokeInvitation('partner-pi', 1, withPartner)).toBe(true);
    expect(canRevokeInvitation('partner-pi', 0, withPartner)).toBe(false);
    expect(canRevokeInvitation('partner-member', 1, withPartner)).toBe(false);
    expect(canRevokeInvitation(null, 1, withPartner)).toBe(false);
  });
});

describe('accepting', () => {
  it('makes the invitee the team PI in place of the lead PI holding the place', () => {
    const accepted = applyAcceptance(proposal, { teamPosition: 1, role: 'pi', personRef: 'new-pi' });
    expect(accepted.teams[1]).toMatchObject({ pi: 'new-pi', members: [] });
    expect(accepted.teams[0]).toBe(proposal.teams[0]);
    expect(proposal.teams[1]?.pi).toBe('lead-pi');
  });

  it('moves a member who becomes PI out of the member list', () => {
    const accepted = applyAcceptance(withPartner, { teamPosition: 1, role: 'pi', personRef: 'partner-member' });
    expect(accepted.teams[1]).toMatchObject({ pi: 'partner-member', members: [] });
  });

  it('adds a member once, and not the PI as their own member', () => {
    const once = applyAcceptance(withPartner, { teamPosition: 1, role: 'member', personRef: 'second' });
    expect(once.teams[1]?.members).toEqual(['partner-member', 'second']);
    expect(applyAcceptance(once, { teamPosition: 1, role: 'member', personRef: 'second' }).teams[1]?.members).toEqual(['partner-member', 'second']);
    expect(applyAcceptance(withPartner, { teamPosition: 1, role: 'member', personRef: 'partner-pi' }).teams[1]?.members).toEqual(['partner-member']);
  });

  it('fails clearly when the team is gone', () => {
    expect(codeOf(() => applyAcceptance(proposal, { teamPosition: 5, role: 'member', personRef: 'x' }))).toBe('VALIDATION_FAILED');
  });

  it('compares emails without case or surrounding spaces', () => {
    expect(normaliseEmail('  Claire.Morel@Example.FR ')).toBe('claire.morel@example.fr');
  });
});
