import { CallBreadcrumb } from '../features/layout/components/breadcrumb.js';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { useCall } from '../features/calls/queries.js';
import { AddConflictForm } from '../features/conflicts/components/add-conflict-form.js';
import { ConflictTable } from '../features/conflicts/components/conflict-table.js';
import { useCallConflicts } from '../features/conflicts/queries.js';
import { EmptyState, QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import '../features/conflicts/conflicts.css';

/**
 * `/calls/:code/conflicts`: every conflicted (proposal, reviewer) pair of the call, a tab per
 * reviewing agency, each pair with its reasons, declarations and waivers; officers of an agency
 * waive, withdraw waivers and add conflicts for their own pool.
 */
export function ConflictsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const call = useCall(code);
  const conflicts = useCallConflicts(code);
  const [searchParams, setSearchParams] = useSearchParams();
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const [isAdding, setIsAdding] = useState(false);
  useDocumentTitle(t('conflicts:title', { call: code }));

  return (
    <div className="page">
      <CallBreadcrumb code={code} current={t('conflicts:breadcrumb')} />
      <h1>{t('conflicts:title', { call: code })}</h1>
      <p className="subtitle">{t('conflicts:intro')}</p>
      <QueryBoundary query={conflicts}>
        {(data) => {
          const reviewing = call.data?.sides.filter((side) => side.reviews).flatMap((side) => side.agencies) ?? [];
          const agencies = [...new Set([...reviewing, ...data.agencies, ...data.conflicts.map((entry) => entry.agency)])];
          const requested = searchParams.get('agency');
          const active = agencies.find((agency) => agency === requested) ?? data.agencies[0] ?? agencies[0] ?? '';
          const entries = data.conflicts.filter((entry) => entry.agency === active);
          const canManage = data.agencies.includes(active);
          const choose = (agency: string) => setSearchParams({ agency }, { replace: true });
          const onKey = (event: KeyboardEvent, index: number) => {
            const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (step === 0) return;
            event.preventDefault();
            const next = (index + step + agencies.length) % agencies.length;
            const agency = agencies[next];
            if (agency) choose(agency);
            tabRefs.current[next]?.focus();
          };
          if (agencies.length === 0) return <EmptyState>{t('conflicts:none')}</EmptyState>;
          return (
            <>
              <div role="tablist" aria-label={t('conflicts:tabs')} className="conflict-tabs">
                {agencies.map((agency, index) => {
                  const count = data.conflicts.filter((entry) => entry.agency === agency).length;
                  return (
                    <button
                      key={agency}
                      type="button"
                      role="tab"
                      id={`conflicts-tab-${agency}`}
                      aria-selected={agency === active}
                      aria-controls="conflicts-panel"
                      tabIndex={agency === active ? 0 : -1}
                      ref={(element) => {
                        tabRefs.current[index] = element;
                      }}
                      onClick={() => choose(agency)}
                      onKeyDown={(event) => onKey(event, index)}
                    >
                      {t('conflicts:tab', { agency, count })}
                    </button>
                  );
                })}
              </div>
              <div role="tabpanel" id="conflicts-panel" aria-labelledby={`conflicts-tab-${active}`} tabIndex={0}>
                <p className="results-summary" id="conflicts-caption" aria-live="polite">
                  {t('conflicts:summary', { count: entries.length, waived: entries.filter((entry) => entry.waived).length, agency: active })}
                </p>
                {canManage ? (
                  <>
                    <button type="button" className="button-secondary" aria-expanded={isAdding} onClick={() => setIsAdding(!isAdding)}>
                      {t('conflicts:add.open')}
                    </button>
                    {isAdding ? <AddConflictForm code={code} agency={active} /> : null}
                  </>
                ) : null}
                {entries.length === 0 ? <EmptyState>{t('conflicts:emptyAgency', { agency: active })}</EmptyState> : <ConflictTable code={code} entries={entries} canManage={canManage} captionId="conflicts-caption" />}
              </div>
            </>
          );
        }}
      </QueryBoundary>
    </div>
  );
}
