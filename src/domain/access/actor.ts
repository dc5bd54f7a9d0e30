/** The roles of Kakehashi (BRIEF.md, "Users"). */
export const ROLES = [
  'applicant',
  'programme_officer',
  'programme_director',
  'partner_officer',
  'reviewer',
  'security_officer',
  'analyst',
  'administrator',
] as const;

export type Role = (typeof ROLES)[number];

/** A role held by a user, scoped to one agency where the role is an agency's. */
export type RoleGrant = { role: Role; agency: string | null };

/** Whoever acts: a signed-in user, or the platform itself (CLI, jobs), never a fake user. */
export type Actor =
  | { kind: 'user'; userId: number; email: string; personRef: string | null; roles: readonly RoleGrant[] }
  | { kind: 'system'; name: string };

/** The actor for command-line and background work; named so the audit log says who acted. */
export function systemActor(name: string): Actor {
  return { kind: 'system', name };
}

/** How the audit log names an actor. */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'system' ? `system:${actor.name}` : `user:${actor.userId}:${actor.email}`;
}

/** True when `label` (from actorLabel) names this signed-in user, whatever their email is now. */
export function isUserLabelOf(actor: Actor, label: string | null): boolean {
  return actor.kind === 'user' && label !== null && label.startsWith(`user:${actor.userId}:`);
}
