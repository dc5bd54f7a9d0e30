import { CallBreadcrumb } from '../features/layout/components/breadcrumb.js';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { EmptyState, QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import type { ScoresView } from '../features/review/api.js';
import { ScoresTable } from '../features/review/components/scores-table.js';
import { useScores } from '../features/review/queries.js';
import '../features/review/review.css';

/** `/calls/:code/review/:agency/scores`: one agency's scores of a call, for the call's staff. */
export function ScoresPage() {
  const { code = '', agency = '' } = useParams();
  const { t } = useTranslation();
  const scores = useScores(code, agency);
  useDocumentTitle(t('review:scores.documentTitle', { call: code, agency }));
  return (
    <div className="page">
      <CallBreadcrumb code={code} current={t('review:scores.title', { agency })} />
      <h1>{t('review:scores.title', { agency })}</h1>
      <QueryBoundary query={scores}>{(data) => <ScoresBody scores={data} />}</QueryBoundary>
    </div>
  );
}

function ScoresBody({ scores }: { scores: ScoresView }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted">{t('review:scores.explain')}</p>
      {scores.drafts > 0 ? <p>{t('review:scores.drafts', { count: scores.drafts })}</p> : null}
      {scores.incomplete.length > 0 ? (
        <div className="alert">
          <p>{t('review:scores.incomplete', { count: scores.incomplete.length })}</p>
          <ul className="bullet-list">
            {scores.incomplete.map((item) => (
              <li key={`${item.proposal}-${item.reviewer}`}>
                {t('review:scores.incompleteItem', { proposal: item.proposal, reviewer: item.reviewer, missing: item.missing.join(', ') })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {scores.proposals.length === 0 ? <EmptyState>{t('review:scores.empty')}</EmptyState> : <ScoresTable scores={scores} />}
    </>
  );
}
