import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LocalText, OtherLanguageText } from '../features/formatting/components/bilingual-text.js';
import { LocalInstant } from '../features/formatting/components/formatted.js';
import { EmptyState, QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import type { MyReviewList } from '../features/review/api.js';
import { ReviewStatusBadge } from '../features/review/components/review-status.js';
import { useMyReviews } from '../features/review/queries.js';
import '../features/review/review.css';

/** `/reviews`: the proposals assigned to the signed-in reviewer, with the state of each review. */
export function MyReviewsPage() {
  const { t } = useTranslation();
  const reviews = useMyReviews();
  useDocumentTitle(t('review:mine.title'));
  return (
    <div className="page">
      <h1>{t('review:mine.title')}</h1>
      <p className="muted">{t('review:mine.intro')}</p>
      <QueryBoundary query={reviews}>{(data) => <ReviewList list={data} />}</QueryBoundary>
    </div>
  );
}

function ReviewList({ list }: { list: MyReviewList }) {
  const { t } = useTranslation();
  if (list.items.length === 0) return <EmptyState>{t('review:mine.empty')}</EmptyState>;
  const done = list.items.filter((item) => item.status === 'submitted').length;
  return (
    <>
      <p>{t('review:mine.progress', { done, count: list.items.length })}</p>
      <ul className="plain-list review-list">
        {list.items.map((item) => (
          <li key={`${item.agency}-${item.proposal}`} className="card">
            <p className="eyebrow">
              {t('review:mine.meta', { proposal: item.proposal, call: item.call.code, agency: item.agency })}
            </p>
            <h2 className="review-list-title">
              <Link to={`/reviews/${encodeURIComponent(item.proposal)}`}>
                <LocalText value={item.title} />
              </Link>
            </h2>
            <OtherLanguageText value={item.title} className="subtitle" />
            <p>
              <ReviewStatusBadge status={item.status} />{' '}
              {item.submittedAt ? (
                <span className="muted">
                  {t('review:form.submittedAt')} <LocalInstant iso={item.submittedAt} />
                </span>
              ) : item.updatedAt ? (
                <span className="muted">
                  {t('review:form.savedAt')} <LocalInstant iso={item.updatedAt} />
                </span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
