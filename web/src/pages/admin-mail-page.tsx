import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { MAIL_STATUS_FILTERS, type MailStatusFilter } from '../features/mail/api.js';
import { MailStatusFilterSelect } from '../features/mail/components/mail-status-filter.js';
import { MailTable } from '../features/mail/components/mail-table.js';
import { useOutbox } from '../features/mail/queries.js';
import { EmptyState, QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import '../features/mail/mail.css';

const PAGE_SIZE = 25;

function parseStatus(value: string | null): MailStatusFilter | undefined {
  return MAIL_STATUS_FILTERS.find((status) => status === value);
}

/**
 * `/admin/mail`: every mail of the outbox for administrators, newest first, with a status filter
 * and each mail's rendered body. Without SMTP settings this is where mail can be read. The filter
 * and page live in the query string so a view can be bookmarked.
 */
export function AdminMailPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = parseStatus(searchParams.get('status'));
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const outbox = useOutbox({ status, page, pageSize: PAGE_SIZE });
  useDocumentTitle(t('mail:admin.title'));

  const update = (next: { status: MailStatusFilter | undefined; page: number }) => {
    const params = new URLSearchParams();
    if (next.status) params.set('status', next.status);
    if (next.page > 1) params.set('page', String(next.page));
    setSearchParams(params);
  };

  return (
    <div className="page">
      <h1>{t('mail:admin.title')}</h1>
      <p className="subtitle">{t('mail:admin.intro')}</p>
      <div className="filters mail-filters">
        <MailStatusFilterSelect value={status} onChange={(next) => update({ status: next, page: 1 })} />
      </div>
      <QueryBoundary query={outbox}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
          return (
            <>
              <p className="results-summary" aria-live="polite">
                {t('mail:admin.total', { count: data.total })}
              </p>
              {data.items.length === 0 ? <EmptyState>{t('mail:admin.empty')}</EmptyState> : <MailTable items={data.items} captionId="mail-caption" />}
              {pages > 1 ? (
                <nav className="pagination" aria-label={t('mail:admin.pages')}>
                  <div className="pagination-pages">
                    <button type="button" className="button-secondary" disabled={page <= 1} onClick={() => update({ status, page: page - 1 })}>
                      {t('mail:admin.previous')}
                    </button>
                    <span className="pagination-status">{t('mail:admin.page', { page, pages })}</span>
                    <button type="button" className="button-secondary" disabled={page >= pages} onClick={() => update({ status, page: page + 1 })}>
                      {t('mail:admin.next')}
                    </button>
                  </div>
                </nav>
              ) : null}
            </>
          );
        }}
      </QueryBoundary>
    </div>
  );
}
