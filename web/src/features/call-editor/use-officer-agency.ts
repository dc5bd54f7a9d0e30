import { useSession } from '../auth/queries.js';

// Who configures calls: the officers and directors of an agency (the server checks again).
const OFFICER_ROLES: ReadonlySet<string> = new Set(['programme_officer', 'programme_director', 'partner_officer']);
const CREATOR_ROLES: ReadonlySet<string> = new Set(['programme_officer', 'programme_director']);

/** The agency the signed-in officer works for (their first agency-scoped officer role), if any. */
export function useOfficerAgency(): string | null {
  const session = useSession();
  return session.data?.user.roles.find((grant) => OFFICER_ROLES.has(grant.role) && grant.agency)?.agency ?? null;
}

/** Whether the signed-in user may start a new call: a programme officer or director of an agency. */
export function useCanCreateCalls(): boolean {
  const session = useSession();
  return Boolean(session.data?.user.roles.some((grant) => CREATOR_ROLES.has(grant.role) && grant.agency));
}
