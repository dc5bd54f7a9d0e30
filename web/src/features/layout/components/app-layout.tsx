import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { UserMenu } from '../../auth/components/user-menu.js';
import { useSession } from '../../auth/queries.js';
import { useSessionLanguage } from '../../auth/use-session-language.js';
import { LanguageSwitcher } from '../../language/components/language-switcher.js';
import { PoolNavLinks } from '../../pool/components/pool-nav-links.js';

/** The frame of every page: skip link, header with navigation, user and language, then the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);
  const session = useSession();
  useSessionLanguage();

  // After a client-side navigation, move focus to the new page as a full page load would, so that
  // keyboard and screen-reader users start at its content. Query-string changes (filters) do not.
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    mainRef.current?.focus();
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/calls" className="brand">
            <span lang="ja" className="brand-ja">
              {t('app.nameJa')}
            </span>
            <span lang="en" className="brand-en">
              {t('app.nameEn')}
            </span>
          </Link>
          {session.data ? (
            <nav aria-label={t('nav.label')} className="site-nav">
              <ul>
                <li>
                  <NavLink to="/calls">{t('nav.calls')}</NavLink>
                </li>
                <li>
                  <NavLink to="/proposals">{t('nav.proposals')}</NavLink>
                </li>
                {session.data.user.roles.some((grant) => grant.role === 'reviewer') ? (
                  <li>
                    <NavLink to="/reviews">{t('review:nav.myReviews')}</NavLink>
                  </li>
                ) : null}
                <PoolNavLinks roles={session.data.user.roles} />
                {session.data.user.roles.some((grant) => grant.role === 'administrator') ? (
                  <li>
                    <NavLink to="/admin/mail">{t('mail:admin.nav')}</NavLink>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
          <div className="header-tools">
            <UserMenu />
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
