import { Breadcrumb } from '../features/layout/components/breadcrumb.js';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { EmptyState, QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { AddReviewerForm } from '../features/pool/components/add-reviewer-form.js';
import { ReviewerPanel } from '../features/pool/components/reviewer-panel.js';
import { ReviewerTable } from '../features/pool/components/reviewer-table.js';
import { usePool } from '../features/pool/queries.js';
import { useSession } from '../features/auth/queries.js';
import '../features/pool/pool.css';

const MANAGING_ROLES: ReadonlySet<string> = new Set(['programme_officer', 'programme_director', 'partner_officer']);

/**
 * `/agencies/:agency/reviewers`: the agency's reviewer pool for its officers — search, add a
 * reviewer, and edit one's keywords, fields, loads, publications and affiliations. The search
 * and the open reviewer live in the query string so a view can be bookmarked.
 */
export function PoolPage() {
  const { agency = '' } = useParams();
  const { t } = useTranslation();
  const searchId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  const selected = searchParams.get('reviewer');
  const [isAdding, setIsAdding] = useState(false);
  const pool = usePool(agency, search);
  const session = useSession();
  // Who may change the pool (the server decides; this only hides controls that would be refused).
  const canManage = (session.data?.user.roles ?? []).some((grant) => grant.role === 'administrator' || (MANAGING_ROLES.has(grant.role) && grant.agency === agency));
  useDocumentTitle(t('pool:title', { agency }));

  const setParams = (next: { q?: string; reviewer?: string | null }) => {
    const params = new URLSearchParams(searchParams);
    if (next.q !== undefined) {
      if (next.q) params.set('q', next.q);
      else params.delete('q');
    }
    if (next.reviewer !== undefined) {
      if (next.reviewer) params.set('reviewer', next.reviewer);
      else params.delete('reviewer');
    }
    setSearchParams(params, { replace: true });
  };

  return (
    <div className="page">
      <Breadcrumb trail={[{ to: '/calls', label: t('nav.calls') }]} current={t('pool:title', { agency })} />
      <h1>{t('pool:title', { agency })}</h1>
      <p className="subtitle">{t('pool:intro')}</p>
      <div className="filters pool-filters">
        <div className="form-field filter-search">
          <label htmlFor={searchId}>{t('pool:search')}</label>
          <input id={searchId} type="search" value={search} onChange={(event) => setParams({ q: event.target.value })} />
        </div>
        {canManage ? (
          <button type="button" className="button-secondary" aria-expanded={isAdding} onClick={() => setIsAdding(!isAdding)}>
            {t('pool:add.open')}
          </button>
        ) : null}
      </div>
      {isAdding && canManage ? (
        <AddReviewerForm
          agency={agency}
          onAdded={(person) => {
            setIsAdding(false);
            setParams({ reviewer: person, q: '' });
          }}
        />
      ) : null}
      <QueryBoundary query={pool}>
        {(data) => {
          const open = data.reviewers.find((reviewer) => reviewer.person === selected);
          return (
            <>
              <p className="results-summary" aria-live="polite">
                {t('pool:count', { count: data.reviewers.length })}
              </p>
              {data.reviewers.length === 0 ? (
                <EmptyState>{search ? t('pool:emptySearch') : t('pool:empty')}</EmptyState>
              ) : (
                <ReviewerTable reviewers={data.reviewers} selected={open?.person ?? null} canManage={canManage} captionId="pool-caption" onSelect={(person) => setParams({ reviewer: person === selected ? null : person })} />
              )}
              {open ? <ReviewerPanel agency={agency} reviewer={open} canManage={canManage} onClose={() => setParams({ reviewer: null })} /> : null}
            </>
          );
        }}
      </QueryBoundary>
    </div>
  );
}
