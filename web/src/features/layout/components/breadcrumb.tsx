import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export type Crumb = { to: string; label: string };

/** Where a page sits: the pages above it as links, then the page itself. */
export function Breadcrumb({ trail, current }: { trail: readonly Crumb[]; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.to}>
            <Link to={crumb.to}>{crumb.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

/** The trail of a page of one call: Calls › the call › `current`. */
export function CallBreadcrumb({ code, current }: { code: string; current: string }) {
  const { t } = useTranslation();
  return <Breadcrumb trail={[{ to: '/calls', label: t('nav.calls') }, { to: `/calls/${encodeURIComponent(code)}`, label: code }]} current={current} />;
}
