import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { pickBilingual } from '../../formatting/bilingual.js';
import { roleGrantLabel } from '../../formatting/labels.js';
import { useLanguage } from '../../language/use-language.js';
import { useSession, useSignOut } from '../queries.js';

/** Who is signed in, with their roles, and the sign-out button; or a sign-in link. */
export function UserMenu() {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();

  if (session.isPending) return null;
  const user = session.data?.user;
  if (!user) {
    // On the sign-in page the form itself is the way in.
    if (location.pathname === '/login') return null;
    return (
      <Link className="button-secondary" to="/login">
        {t('nav.signIn')}
      </Link>
    );
  }
  const name = pickBilingual(user.displayName, language) || user.email;
  return (
    <div className="user-menu">
      <div className="user-identity">
        <span className="visually-hidden">{t('user.signedInAs')}</span>
        <span className="user-name">{name}</span>
        {user.roles.length > 0 ? (
          <ul className="user-roles" aria-label={t('user.roles')}>
            {user.roles.map((grant) => (
              <li key={`${grant.role}-${grant.agency ?? ''}`}>{roleGrantLabel(t, grant)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <button
        type="button"
        className="button-secondary"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/login') })}
      >
        {t('nav.signOut')}
      </button>
    </div>
  );
}
