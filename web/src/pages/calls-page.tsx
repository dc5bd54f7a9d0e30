import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FieldNames, SideDeadlines } from '../features/calls/components/call-parts.js';
import { useCalls } from '../features/calls/queries.js';
import { pickBilingual } from '../features/formatting/bilingual.js';
import { LocalText } from '../features/formatting/components/bilingual-text.js';
import { CountText } from '../features/formatting/components/formatted.js';
import { modalityLabel } from '../features/formatting/labels.js';
import { EmptyState, QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { useLanguage } from '../features/language/use-language.js';

/** `/calls`: every call the reader may see, with each side's deadline in its own zone. */
export function CallsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('calls.title'));
  const calls = useCalls();
  const language = useLanguage();
  return (
    <div className="page">
      <h1>{t('calls.title')}</h1>
      <QueryBoundary query={calls}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState>{t('calls.empty')}</EmptyState>
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
