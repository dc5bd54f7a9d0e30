import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { CallStatusBadge } from '../features/call-editor/components/call-admin-panel.js';
import { useCanCreateCalls } from '../features/call-editor/use-officer-agency.js';
import { FieldNames, SideDeadlines } from '../features/calls/components/call-parts.js';
import { useCalls } from '../features/calls/queries.js';
import { pickBilingual } from '../features/formatting/bilingual.js';
import { LocalText } from '../features/formatting/components/bilingual-text.js';
import { CountText } from '../features/formatting/components/formatted.js';
import { modalityLabel } from '../features/formatting/labels.js';
import { EmptyState, QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { useLanguage } from '../features/language/use-language.js';
import { SearchBox } from '../features/search/components/search-box.js';
import { CallFilters } from '../features/calls/components/call-filters.js';
import type { CallListFilter } from '../features/calls/api.js';

const FILTER_KEYS = ['status', 'field', 'agency', 'partnerCountry', 'deadlineFrom', 'deadlineTo'] as const;

/** `/calls`: every call the reader may see, with each side's deadline in its own zone. */
export function CallsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('calls.title'));
  // The words live in the URL (?q=), so a search can be shared and Back restores it.
  const [searchParams, setSearchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim().slice(0, 200);
  // Every condition lives in the URL too; the server filters and, with words, ranks.
  const filter: CallListFilter = Object.fromEntries(FILTER_KEYS.map((key) => [key, searchParams.get(key) ?? ''])) as CallListFilter;
  const calls = useCalls({ ...filter, q });
  const updateParams = (change: Partial<CallListFilter>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearchParams(next);
  };
  const language = useLanguage();
  const canCreate = useCanCreateCalls();
  return (
    <div className="page">
      <h1>{t('calls.title')}</h1>
      {canCreate ? (
        <p className="page-actions">
          <Link className="button-primary" to="/calls/new">
            {t('call-editor:list.newCall')}
          </Link>
        </p>
      ) : null}
      <SearchBox
        label={t('search:calls.label')}
        fieldLabel={t('search:calls.field')}
        submitLabel={t('search:calls.submit')}
        value={q}
        onSearch={(words) => updateParams({ q: words })}
      />
      <CallFilters filter={filter} onChange={updateParams} onClear={() => setSearchParams(q ? { q } : {})} />
      {q ? (
        <p className="muted" role="status">
          {t('search:calls.ranked', { q })}{' '}
          <button type="button" className="button-secondary" onClick={() => updateParams({ q: '' })}>
            {t('search:calls.clear')}
          </button>
        </p>
      ) : null}
      <QueryBoundary query={calls}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState>{q ? t('search:calls.none', { q }) : t('calls.empty')}</EmptyState>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="calls-caption" tabIndex={0}>
              <table className="data-table data-table-wide calls-table">
                <caption id="calls-caption" className="visually-hidden">
                  {t('calls.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('calls.column.title')}</th>
                    <th scope="col">{t('calls.column.programme')}</th>
                    <th scope="col">{t('calls.column.modality')}</th>
                    <th scope="col">{t('call-editor:list.status')}</th>
                    <th scope="col">{t('calls.column.fields')}</th>
                    <th scope="col">{t('calls.column.deadlines')}</th>
                    <th scope="col" className="numeric">
                      {t('calls.column.proposals')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((call) => (
                    <tr key={call.code}>
                      <th scope="row" className="row-heading">
                        <Link to={`/calls/${encodeURIComponent(call.code)}`}>
                          <LocalText value={call.title} />
                        </Link>
                        <span className="muted code">{call.code}</span>
                      </th>
                      <td className="cell-programme">
                        <LocalText value={call.programme.name} />
                      </td>
                      <td>{modalityLabel(t, call.modality)}</td>
                      <td>
                        <CallStatusBadge status={call.status} />
                      </td>
                      <td>
                        <FieldNames fields={call.fields} />
                      </td>
                      <td className="cell-deadlines">
                        <SideDeadlines sides={call.sides} />
                      </td>
                      <td className="numeric">
                        <Link to={`/calls/${encodeURIComponent(call.code)}/proposals`} aria-label={t('calls.proposalsLink', { count: call.proposalCount, title: pickBilingual(call.title, language) })}>
                          <CountText value={call.proposalCount} />
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryBoundary>
    </div>
  );
}
