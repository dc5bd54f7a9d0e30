import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/queries.js';

// Who sees a call's conflicts: the staff of its agencies (the server decides; this only hides a link that would 403).
const STAFF_ROLES: ReadonlySet<string> = new Set(['programme_officer', 'programme_director', 'partner_officer', 'security_officer']);

/** A list item linking to the call's conflicts, for its agencies' staff and administrators. */
export function ConflictsLink({ code, agencies }: { code: string; agencies: readonly string[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const roles = session.data?.user.roles ?? [];
  const isStaff = roles.some((grant) => grant.role === 'administrator' || (STAFF_ROLES.has(grant.role) && grant.agency !== null && agencies.includes(grant.agency)));
  if (!isStaff) return null;
  return (
    <li>
      <Link className="button-secondary" to={`/calls/${encodeURIComponent(code)}/conflicts`}>
        {t('conflicts:link')}
      </Link>
    </li>
  );
}
