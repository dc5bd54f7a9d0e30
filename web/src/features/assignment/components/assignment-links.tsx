import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/queries.js';

// Who runs an agency's assignment: its review officers (the server decides; this only hides links that would 403).
const REVIEW_OFFICER_ROLES: ReadonlySet<string> = new Set(['programme_officer', 'programme_director', 'partner_officer']);

/** List items linking to each reviewing agency's assignment, for that agency's officers and administrators. */
export function AssignmentLinks({ code, agencies }: { code: string; agencies: readonly string[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const roles = session.data?.user.roles ?? [];
  const isAdministrator = roles.some((grant) => grant.role === 'administrator');
  const mine = agencies.filter((agency) => isAdministrator || roles.some((grant) => grant.agency === agency && REVIEW_OFFICER_ROLES.has(grant.role)));
  return (
    <>
      {mine.map((agency) => (
        <li key={agency}>
          <Link className="button-secondary" to={`/calls/${encodeURIComponent(code)}/review/${encodeURIComponent(agency)}/assignment`}>
            {t('assignment:link', { agency })}
          </Link>
        </li>
      ))}
    </>
  );
}
