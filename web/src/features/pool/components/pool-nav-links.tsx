import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { RoleGrant } from '../../formatting/labels.js';

// Who keeps or reads an agency's pool (the server decides; these roles only choose which links to show).
const POOL_ROLES: ReadonlySet<string> = new Set(['programme_officer', 'programme_director', 'partner_officer', 'security_officer']);

/** Navigation items: "Reviewer pool" for each agency the user is staff of, "Reviewer profile" for reviewers. */
export function PoolNavLinks({ roles }: { roles: readonly RoleGrant[] }) {
  const { t } = useTranslation();
  const agencies = [...new Set(roles.flatMap((grant) => (POOL_ROLES.has(grant.role) && grant.agency ? [grant.agency] : [])))];
  const isReviewer = roles.some((grant) => grant.role === 'reviewer');
  return (
    <>
      {agencies.map((agency) => (
        <li key={agency}>
          <NavLink to={`/agencies/${encodeURIComponent(agency)}/reviewers`}>{agencies.length > 1 ? t('pool:navAgency', { agency }) : t('pool:nav')}</NavLink>
        </li>
      ))}
      {isReviewer ? (
        <li>
          <NavLink to="/me/reviewer-profile">{t('pool:profile.nav')}</NavLink>
        </li>
      ) : null}
    </>
  );
}
