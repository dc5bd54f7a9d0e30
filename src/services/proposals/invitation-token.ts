import { createHash, randomBytes } from 'node:crypto';

/**
 * Invitation tokens: 32 random bytes in base64url (256 bits, unguessable), stored only as their
 * SHA-256, so that the database alone never yields a working link.
 */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 (hex) under which a token is stored and looked up. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The link an invitee opens: the web page that shows and accepts the invitation. */
export function invitationUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/invitations/${encodeURIComponent(token)}`;
}

/** An instant as mails show it: minutes in UTC, named, so no reader guesses the zone. */
export function mailInstant(instant: Date): string {
  return `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
