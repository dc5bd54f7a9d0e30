import { CallBreadcrumb } from '../features/layout/components/breadcrumb.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { useAgencies } from '../features/agencies/queries.js';
import { useCall, useCalls } from '../features/calls/queries.js';
import { pickBilingual } from '../features/formatting/bilingual.js';
import { LocalText } from '../features/formatting/components/bilingual-text.js';
import { EmptyState, QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { useLanguage } from '../features/language/use-language.js';
import { Pagination } from '../features/proposals/components/pagination.js';
import { ProposalFilters } from '../features/proposals/components/proposal-filters.js';
import { ProposalTable } from '../features/proposals/components/proposal-table.js';
import {
  clearFilters,
  listStateToApiQuery,
  listStateToParams,
  pageCount,
  parseListState,
  sortBy,
  withFilters,
  withPageSize,
  type ProposalListState,
} from '../features/proposals/list-state.js';
import { useProposals } from '../features/proposals/queries.js';

/**
 * `/proposals` and `/calls/:code/proposals`: the proposals table with filters, sorting and pages.
 * Everything that decides what is shown lives in the query string, so a view can be bookmarked,
 * shared and reached again with Back.
 */
export function ProposalsPage() {
  const { code } = useParams();
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseListState(searchParams), [searchParams]);
  const apiQuery = useMemo(() => listStateToApiQuery(state, code), [state, code]);

  const proposals = useProposals(apiQuery);
  const call = useCall(code);
  const calls = useCalls();
  const agencies = useAgencies();

  const callTitle = call.data ? pickBilingual(call.data.title, language) : code;
  useDocumentTitle(code ? t('proposals.titleForCall', { call: callTitle }) : t('proposals.title'));

  const update = (next: ProposalListState) => setSearchParams(listStateToParams(next));
  const fields = call.data?.fields ?? Object.keys(i18n.getResourceBundle(language, 'fields') ?? {});

  return (
    <div className="page">
      {code ? (
        <CallBreadcrumb code={code} current={t('proposals.title')} />
      ) : null}
      <h1>{t('proposals.title')}</h1>
      {code && call.data ? (
        <p className="subtitle">
          <LocalText value={call.data.title} />
        </p>
      ) : null}

      <ProposalFilters
        state={state}
        fields={fields}
        agencies={agencies.data ?? []}
        calls={code ? undefined : calls.data}
        onChange={(filters) => update(withFilters(state, filters))}
        onClear={() => update(clearFilters(state))}
      />

      <QueryBoundary query={proposals}>
        {(data) => {
          const pages = pageCount(data.total, data.pageSize);
          const from = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
          const to = Math.min(data.total, data.page * data.pageSize);
          return (
            <>
              <p className="results-summary" aria-live="polite">
                {data.total === 0 ? t('proposals.results.none') : t('proposals.results.range', { from, to, count: data.total })}
                {proposals.isPlaceholderData ? <span className="muted updating">{t('state.updating')}</span> : null}
              </p>
              {data.items.length === 0 ? (
                <EmptyState>{t('proposals.empty')}</EmptyState>
              ) : (
                <ProposalTable
                  items={data.items}
                  state={state}
                  showCall={!code}
                  isUpdating={proposals.isPlaceholderData}
                  captionId="proposals-caption"
                  onSort={(column) => update(sortBy(state, column))}
                />
              )}
              <Pagination
                page={state.page}
                pageCount={pages}
                pageSize={state.pageSize}
                onPage={(page) => update({ ...state, page })}
                onPageSize={(pageSize) => update(withPageSize(state, pageSize))}
              />
            </>
          );
        }}
      </QueryBoundary>
    </div>
  );
}
