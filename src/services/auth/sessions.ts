import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { actorLabel } from '../../domain/access/actor.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { deleteExpiredSessions, deleteSession, findLiveSession, insertSession } from '../../db/repositories/session.repository.js';
import { findUserByEmail, findUserById, updateUserLocale, type UserRecord } from '../../db/repositories/user.repository.js';
import type { ServiceContext } from '../service-context.js';
import { hashPassword, verifyPassword } from './password.js';

export type SignedInUser = Omit<UserRecord, 'passwordHash'>;
export type Session = { token: string; csrfToken: string; expiresAt: Date; user: SignedInUser };

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

// Verifying against a fixed hash when the email is unknown makes both failures take as long,
// so response time does not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;

function publicUser(user: UserRecord): SignedInUser {
  const { passwordHash: _omitted, ...rest } = user;
  return rest;
}

/** The actor a signed-in user acts as. */
export function actorOf(user: SignedInUser): Actor {
  return { kind: 'user', userId: user.id, email: user.email, personRef: user.personRef, roles: user.roles };
}

/**
 * Checks email and password and opens a session. Throws INVALID_CREDENTIALS (the same for an
 * unknown email and a wrong password).
 */
export async function signIn(ctx: ServiceContext, input: { email: string; password: string; ttlHours: number }): Promise<Session> {
  const user = await findUserByEmail(ctx.db, input.email);
  dummyHash ??= hashPassword('not-a-real-password');
  const isValid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !isValid) throw new AppError('INVALID_CREDENTIALS');
  const now = ctx.clock.now();
  const session: Session = {
    token: randomBytes(32).toString('base64url'),
    csrfToken: randomBytes(24).toString('base64url'),
    expiresAt: new Date(now.getTime() + input.ttlHours * 3_600_000),
    user: publicUser(user),
  };
  await ctx.db.transaction().execute(async (tx) => {
    await deleteExpiredSessions(tx, now);
    await insertSession(tx, { tokenHash: hashToken(session.token), userId: user.id, csrfToken: session.csrfToken, createdAt: now, expiresAt: session.expiresAt });
    await appendAudit(tx, { at: now, actor: actorLabel(actorOf(session.user)), action: 'user.signed_in', subjectType: 'user', subject: String(user.id), changes: {} });
  });
  return session;
}

/** The session of a cookie token, or null when unknown or expired. */
export async function resumeSession(ctx: ServiceContext, token: string): Promise<Session | null> {
  const row = await findLiveSession(ctx.db, hashToken(token), ctx.clock.now());
  if (!row) return null;
  const user = await findUserById(ctx.db, row.userId);
  if (!user) return null;
  return { token, csrfToken: row.csrfToken, expiresAt: row.expiresAt, user: publicUser(user) };
}

/** Ends a session (idempotent). */
export async function signOut(ctx: ServiceContext, token: string): Promise<void> {
  await deleteSession(ctx.db, hashToken(token));
}

/** Remembers the user's interface language; returns the updated user. */
export async function setUserLocale(ctx: ServiceContext, actor: Actor | null, locale: 'en' | 'ja'): Promise<SignedInUser> {
  if (actor?.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  await updateUserLocale(ctx.db, actor.userId, locale);
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return publicUser(user);
}
