import { Breadcrumb } from '../features/layout/components/breadcrumb.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { documentUrl } from '../features/documents/api.js';
import { pickBilingual } from '../features/formatting/bilingual.js';
import { BilingualParagraphs, LocalText, OtherLanguageText } from '../features/formatting/components/bilingual-text.js';
import { fieldLabel } from '../features/formatting/labels.js';
import { QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { useLanguage } from '../features/language/use-language.js';
import { TeamSection } from '../features/proposals/components/team-section.js';
import type { ReviewAssignmentView } from '../features/review/api.js';
import { ReviewForm } from '../features/review/components/review-form.js';
import { ReviewStatusBadge } from '../features/review/components/review-status.js';
import { useReviewAssignment } from '../features/review/queries.js';
import '../features/review/review.css';

/** `/reviews/:ref`: an assigned proposal in both languages, its documents, and the review form. */
export function ReviewPage() {
  const { ref = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const assignment = useReviewAssignment(ref);
  const [reloads, setReloads] = useState(0);
  useDocumentTitle(assignment.data ? t('review:page.documentTitle', { ref, title: pickBilingual(assignment.data.proposal.title, language) }) : t('review:page.title'));
  return (
    <div className="page">
      <QueryBoundary query={assignment}>
        {(view) => (
          <ReviewDetails
            // A new status (submitted, reopened) or a reload after a conflict starts the form from the server's copy.
            key={`${view.review.status}-${reloads}`}
            view={view}
            onReload={() => {
              void assignment.refetch().then(() => setReloads((count) => count + 1));
            }}
          />
        )}
      </QueryBoundary>
    </div>
  );
}

function ReviewDetails({ view, onReload }: { view: ReviewAssignmentView; onReload: () => void }) {
  const { t } = useTranslation();
  const { proposal } = view;
  return (
    <>
      <Breadcrumb trail={[{ to: '/reviews', label: t('review:mine.title') }]} current={proposal.ref} />
      <p className="eyebrow">
        {t('review:page.meta', { ref: proposal.ref, call: proposal.call.code, agency: view.agency })}
      </p>
      <h1>
        <LocalText value={proposal.title} />
      </h1>
      <OtherLanguageText value={proposal.title} className="subtitle" />
      <p>
        <ReviewStatusBadge status={view.review.status} />{' '}
        {/* On a phone the form comes after the whole proposal: a way straight to it. */}
        <a href="#review-form" className="review-skip">
          {t('review:page.toForm')}
        </a>
      </p>
      <div className="review-layout">
        <div className="review-proposal">
          <section aria-labelledby="review-abstract">
            <h2 id="review-abstract">{t('review:page.abstract')}</h2>
            <p>
              {t('review:page.field')} {fieldLabel(t, proposal.field)}
            </p>
            {proposal.abstract ? <BilingualParagraphs value={proposal.abstract} /> : <p className="empty">{t('review:page.noAbstract')}</p>}
            {proposal.keywords.length > 0 ? (
              <ul className="tag-list" aria-label={t('review:page.keywords')}>
                {proposal.keywords.map((keyword) => (
                  <li key={keyword} className="tag">
                    {keyword}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <section aria-labelledby="review-documents">
            <h2 id="review-documents">{t('review:page.documents')}</h2>
            {view.documents.length === 0 ? (
              <p className="empty">{t('review:page.noDocuments')}</p>
            ) : (
              <ul className="bullet-list">
                {view.documents.map((document) => (
                  <li key={document.id}>
                    <a href={documentUrl(proposal.ref, document.id)} download={document.filename}>
                      {document.filename}
                    </a>{' '}
                    <span className="muted">{t('review:page.pages', { count: document.pages })}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="review-teams">
            <h2 id="review-teams">{t('review:page.teams')}</h2>
            <div className="card-grid">
              {proposal.teams.map((team, index) => (
                <TeamSection key={`${team.role}-${team.country}-${index}`} team={team} />
              ))}
            </div>
          </section>
        </div>
        <div className="review-side" id="review-form" tabIndex={-1}>
          <ReviewForm proposalRef={proposal.ref} view={view} onReload={onReload} />
        </div>
      </div>
    </>
  );
}
