import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/app-error.js';
import { systemActor, type Actor } from '../../domain/access/actor.js';
import { listAudit } from '../../db/repositories/audit.repository.js';
import { insertUser } from '../../db/repositories/user.repository.js';
import { makeJointCallBundle, uniquePrefix } from '../../../test/support/factories.js';
import { useTestDatabase } from '../../../test/support/test-db.js';
import { signIn } from '../auth/sessions.js';
import { importBundle } from '../bundle/import-bundle.js';
import type { ServiceContext } from '../service-context.js';
import { acceptInvitation } from './accept-invitation.js';
import { inviteToTeam } from './invite-to-team.js';
import { listInvitations } from './list-invitations.js';
import { revokeInvitation } from './revoke-invitation.js';
import { viewInvitation } from './view-invitation.js';
import { findProposal } from '../../db/repositories/proposal.repository.js';

const database = useTestDatabase();
const PUBLIC_URL = 'https://kakehashi.example.org';

async function errorCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error.code;
}

async function userFor(ctx: ServiceContext, email: string, personRef: string | null): Promise<Actor> {
  const userId = await insertUser(ctx.db, { email, passwordHash: 'x', displayName: { en: email.split('@')[0] ?? email, ja: null }, locale: 'en', personRef, roles: [{ role: 'applicant', agency: null }] });
  return { kind: 'user', userId, email, personRef, roles: [{ role: 'applicant', agency: null }] };
}

/** A joint call with draft proposal P2 (lead PI p4, partner PI p5) and users for both PIs and a stranger. */
async function setUp() {
  const prefix = uniquePrefix();
  await importBundle(database.ctx, systemActor('test'), makeJointCallBundle(prefix));
  const lower = prefix.toLowerCase();
  return {
    prefix,
    ref: `${prefix}-P2`,
    submittedRef: `${prefix}-P1`,
    leadPi: await userFor(database.ctx, `lead.${lower}@example.org`, `${prefix}-p4`),
    partnerPi: await userFor(database.ctx, `partner.${lower}@example.org`, `${prefix}-p5`),
    stranger: await userFor(database.ctx, `stranger.${lower}@example.org`, `${prefix}-p1`),
  };
}

async function outboxFor(recipient: string) {
  return database.ctx.db.selectFrom('mail_outbox').selectAll().where('recipient', '=', recipient).orderBy('id').execute();
}

const tokenOf = (acceptUrl: string) => decodeURIComponent(acceptUrl.split('/invitations/')[1] ?? '');

describe('inviting to a team', () => {
  it('stores only the token hash and writes the mail in the same transaction', async () => {
    const { ref, leadPi } = await setUp();
    database.setNow('2026-05-01T09:00:00Z');
    const email = `New.PI.${uniquePrefix()}@Example.FR`;
    const { invitation, acceptUrl } = await inviteToTeam(database.ctx, leadPi, { proposalRef: ref, email, teamPosition: 1, role: 'pi', language: 'ja', publicUrl: PUBLIC_URL });
    expect(invitation).toMatchObject({ proposal: ref, teamPosition: 1, role: 'pi', email: email.toLowerCase(), status: 'pending', expiresAt: '2026-05-15T09:00:00.000Z' });
    expect(acceptUrl.startsWith(`${PUBLIC_URL}/invitations/`)).toBe(true);
    const token = tokenOf(acceptUrl);
    const stored = await database.ctx.db.selectFrom('invitations').select('token_hash').where('id', '=', invitation.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(token);
    const mails = await outboxFor(email.toLowerCase());
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'invitation', language: 'ja' });
    expect(mails[0]?.params).toMatchObject({ acceptUrl, expiresAt: '2026-05-15 09:00 UTC', proposalTitle: 'トポロジカル磁性体', teamRole: 'パートナー側（FR・研究代表者として）' });
    expect((await listAudit(database.ctx.db, 5)).find((entry) => entry.action === 'invitation.created' && entry.subject === ref)).toBeDefined();
  });

  it('writes neither invitation nor mail when the invitation is refused', async () => {
    const { ref, partnerPi, stranger } = await setUp();
    const email = `refused.${uniquePrefix()}@example.org`;
    expect(await errorCode(inviteToTeam(database.ctx, partnerPi, { proposalRef: ref, email, teamPosition: 1, role: 'pi', language: 'en', publicUrl: PUBLIC_URL }))).toBe('FORBIDDEN');
    expect(await errorCode(inviteToTeam(database.ctx, partnerPi, { proposalRef: ref, email, teamPosition: 0, role: 'member', language: 'en', publicUrl: PUBLIC_URL }))).toBe('FORBIDDEN');
    // Someone who may not even see the proposal learns nothing about it.
    expect(await errorCode(inviteToTeam(database.ctx, stranger, { proposalRef: ref, email, teamPosition: 1, role: 'member', language: 'en', publicUrl: PUBLIC_URL }))).toBe('NOT_FOUND');
    expect(await outboxFor(email)).toHaveLength(0);
  });

  it('lets the partner PI invite members of their own team, and refuses changes to a submitted proposal', async () => {
    const { ref, submittedRef, partnerPi, prefix } = await setUp();
    const email = `member.${uniquePrefix()}@example.org`;
    const { invitation } = await inviteToTeam(database.ctx, partnerPi, { proposalRef: ref, email, teamPosition: 1, role: 'member', language: 'en', publicUrl: PUBLIC_URL });
    expect(invitation.status).toBe('pending');
    const p1Lead = await userFor(database.ctx, `p1.${prefix.toLowerCase()}@example.org`, `${prefix}-p1`);
    expect(await errorCode(inviteToTeam(database.ctx, p1Lead, { proposalRef: submittedRef, email, teamPosition: 1, role: 'member', language: 'en', publicUrl: PUBLIC_URL }))).toBe('PROPOSAL_NOT_DRAFT');
  });
});

describe('accepting an invitation', () => {
  it('creates an account and a person for a newcomer, who becomes the partner PI and can sign in', async () => {
    const { ref, leadPi, prefix } = await setUp();
    database.setNow('2026-05-01T09:00:00Z');
    const email = `claire.${uniquePrefix().toLowerCase()}@example.fr`;
    const { acceptUrl } = await inviteToTeam(database.ctx, leadPi, { proposalRef: ref, email, teamPosition: 1, role: 'pi', language: 'en', publicUrl: PUBLIC_URL });
    const token = tokenOf(acceptUrl);
    expect(await viewInvitation(database.ctx, token)).toMatchObject({ proposal: { ref }, role: 'pi', email, status: 'pending', hasAccount: false, team: { position: 1, role: 'partner', country: 'FR' } });

    expect(await errorCode(acceptInvitation(database.ctx, null, { token }))).toBe('UNAUTHENTICATED');
    expect(await errorCode(acceptInvitation(database.ctx, null, { token, newAccount: { password: 'short', displayName: {}, locale: 'en' } }))).toBe('VALIDATION_FAILED');

    database.setNow('2026-05-15T09:00:00Z'); // the last instant the link works
    const result = await acceptInvitation(database.ctx, null, { token, newAccount: { password: 'a long enough password', displayName: { en: 'Claire Fontaine', ja: 'クレール・フォンテーヌ' }, locale: 'en' } });
    expect(result).toMatchObject({ proposalRef: ref, role: 'pi', teamPosition: 1, email, createdAccount: true });

    const proposal = await findProposal(database.ctx.db, ref);
    expect(proposal?.detail.teams[1]?.pi).toMatchObject({ ref: result.personRef, name: { en: 'Claire Fontaine', ja: 'クレール・フォンテーヌ' } });
    expect(proposal?.access.teamPersonRefs).not.toContain(`${prefix}-p5`);
    const version = await database.ctx.db.selectFrom('proposals').select('version').where('ref', '=', ref).executeTakeFirstOrThrow();
    expect(version.version).toBe(1);
    const session = await signIn(database.ctx, { email, password: 'a long enough password', ttlHours: 1 });
    expect(session.user.personRef).toBe(result.personRef);
    const actions = (await listAudit(database.ctx.db, 10)).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['user.created', 'invitation.accepted']));

    // Single use.
    expect(await errorCode(acceptInvitation(database.ctx, null, { token, newAccount: { password: 'a long enough password', displayName: {}, locale: 'en' } }))).toBe('INVITATION_USED');
    expect((await viewInvitation(database.ctx, token)).status).toBe('accepted');
  });

  it('links a signed-in user and adds them once as a member', async () => {
    const { ref, leadPi, stranger } = await setUp();
    database.setNow('2026-05-01T09:00:00Z');
    const { acceptUrl } = await inviteToTeam(database.ctx, leadPi, { proposalRef: ref, email: stranger.kind === 'user' ? stranger.email : '', teamPosition: 1, role: 'member', language: 'en', publicUrl: PUBLIC_URL });
    const result = await acceptInvitation(database.ctx, stranger, { token: tokenOf(acceptUrl) });
    expect(result.createdAccount).toBe(false);
    expect(result.personRef).toBe(stranger.kind === 'user' ? stranger.personRef : null);
    const proposal = await findProposal(database.ctx.db, ref);
    expect(proposal?.detail.teams[1]?.members.map((member) => member.ref)).toEqual([result.personRef]);
    expect(await listInvitations(database.ctx, stranger, ref)).toEqual([expect.objectContaining({ status: 'accepted' })]);
  });

  it('asks an invitee whose address has an account to sign in, and gives a signed-in user without a person one', async () => {
    const { ref, leadPi, prefix } = await setUp();
    database.setNow('2026-05-01T09:00:00Z');
    const email = `noperson.${prefix.toLowerCase()}@example.org`;
    const withoutPerson = await userFor(database.ctx, email, null);
    const { acceptUrl } = await inviteToTeam(database.ctx, leadPi, { proposalRef: ref, email, teamPosition: 0, role: 'member', language: 'en', publicUrl: PUBLIC_URL });
    const token = tokenOf(acceptUrl);
    expect((await viewInvitation(database.ctx, token)).hasAccount).toBe(true);
    expect(await errorCode(acceptInvitation(database.ctx, null, { token, newAccount: { password: 'a long enough password', displayName: {}, locale: 'en' } }))).toBe('INVITATION_ACCOUNT_EXISTS');
    const result = await acceptInvitation(database.ctx, withoutPerson, { token });
    expect(result.personRef).toMatch(/^person-[0-9a-f]{12}$/);
    const person = await database.ctx.db.selectFrom('people').select(['email', 'name_en']).where('ref', '=', result.personRef).executeTakeFirstOrThrow();
    expect(person).toEqual({ email, name_en: email.split('@')[0] });
  });

  it('refuses an expired link one second after its expiry, a revoked link and an unknown one', async () => {
    const { ref, leadPi, partnerPi } = await setUp();
    database.setNow('2026-05-01T09:00:00Z');
    const first = await inviteToTeam(database.ctx, leadPi, { proposalRef: ref, email: `late.${uniquePrefix()}@example.org`, teamPosition: 1, role: 'member', language: 'en', publicUrl: PUBLIC_URL });
    const second = await inviteToTeam(database.ctx, leadPi, { proposalRef: ref, email: `revoked.${uniquePrefix()}@example.org`, teamPosition: 1, role: 'member', language: 'en', publicUrl: PUBLIC_URL });
    // The partner PI may revoke invitations to their own team.
    expect((await revokeInvitation(database.ctx, partnerPi, { proposalRef: ref, invitationId: second.invitation.id })).status).toBe('revoked');
    expect(await errorCode(revokeInvitation(database.ctx, partnerPi, { proposalRef: ref, invitationId: second.invitation.id }))).toBe('INVITATION_REVOKED');
    database.setNow('2026-05-15T09:00:01Z');
    const account = { password: 'a long enough password', displayName: {}, locale: 'en' as const };
    expect(await errorCode(acceptInvitation(database.ctx, null, { token: tokenOf(first.acceptUrl), newAccount: account }))).toBe('INVITATION_EXPIRED');
    expect(await errorCode(acceptInvitation(database.ctx, null, { token: tokenOf(second.acceptUrl), newAccount: account }))).toBe('INVITATION_REVOKED');
    expect(await errorCode(acceptInvitation(database.ctx, null, { token: 'not-a-token', newAccount: account }))).toBe('NOT_FOUND');
    const statuses = (await listInvitations(database.ctx, leadPi, ref)).map((invitation) => invitation.status);
    expect(statuses).toEqual(['revoked', 'expired']);
  });

  it('replaces a pending invitation of the same address to the same place', async () => {
    const { ref, leadPi } = await setUp();
    database.setNow('2026-05-01T09:00:00Z');
    const email = `twice.${uniquePrefix().toLowerCase()}@example.org`;
    const first = await inviteToTeam(database.ctx, leadPi, { proposalRef: ref, email, teamPosition: 1, role: 'pi', language: 'en', publicUrl: PUBLIC_URL });
    await inviteToTeam(database.ctx, leadPi, { proposalRef: ref, email, teamPosition: 1, role: 'pi', language: 'en', publicUrl: PUBLIC_URL });
    expect(await errorCode(acceptInvitation(database.ctx, null, { token: tokenOf(first.acceptUrl), newAccount: { password: 'a long enough password', displayName: {}, locale: 'en' } }))).toBe('INVITATION_REVOKED');
    expect(await outboxFor(email)).toHaveLength(2);
  });
});
