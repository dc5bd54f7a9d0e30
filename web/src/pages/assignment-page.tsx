import { CallBreadcrumb } from '../features/layout/components/breadcrumb.js';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { AssignmentTable } from '../features/assignment/components/assignment-table.js';
import { ConstraintList } from '../features/assignment/components/constraint-list.js';
import { PairEditor } from '../features/assignment/components/pair-editor.js';
import { PublishPanel } from '../features/assignment/components/publish-panel.js';
import { ReviewerLoads } from '../features/assignment/components/reviewer-loads.js';
import { SolveForm } from '../features/assignment/components/solve-form.js';
import { ViolationList } from '../features/assignment/components/violation-list.js';
import { formatAffinity } from '../features/assignment/format.js';
import { useAssignment } from '../features/assignment/queries.js';
import { LocalInstant } from '../features/formatting/components/formatted.js';
import { useLanguage } from '../features/language/use-language.js';
import { EmptyState, QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import '../features/assignment/assignment.css';

/**
 * `/calls/:code/review/:agency/assignment`: an agency's officers choose the reviewers per
 * proposal and solve, read each pair's affinity and shared words, pin, forbid and edit pairs
 * with every broken constraint listed as it happens, and publish (reviewers are mailed).
 */
export function AssignmentPage() {
  const { code = '', agency = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const side = { code, agency };
  const assignment = useAssignment(side);
  const captionId = useId();
  const violationsId = useId();
  useDocumentTitle(t('assignment:title', { agency }));

  return (
    <div className="page assignment-page">
      <CallBreadcrumb code={code} current={t('assignment:breadcrumb', { agency })} />
      <h1>{t('assignment:title', { agency })}</h1>
      <p className="subtitle">{t('assignment:intro', { agency })}</p>
      <QueryBoundary query={assignment}>
        {(view) => (
          <>
            <dl className="assignment-summary">
              <div>
                <dt>{t('assignment:status.label')}</dt>
                <dd>
                  <span className="badge">{t(`assignment:status.${view.status}`)}</span>
                </dd>
              </div>
              <div>
                <dt>{t('assignment:summary.perProposal')}</dt>
                <dd>{view.perProposal}</dd>
              </div>
              <div>
                <dt>{t('assignment:summary.objective')}</dt>
                <dd>{formatAffinity(language, view.objective)}</dd>
              </div>
              {view.solvedAt ? (
                <div>
                  <dt>{t('assignment:summary.solved')}</dt>
                  <dd>
                    <LocalInstant iso={view.solvedAt} />
                  </dd>
                </div>
              ) : null}
              {view.editedAt ? (
                <div>
                  <dt>{t('assignment:summary.edited')}</dt>
                  <dd>
                    <LocalInstant iso={view.editedAt} />
                  </dd>
                </div>
              ) : null}
              {view.publishedAt ? (
                <div>
                  <dt>{t('assignment:summary.published')}</dt>
                  <dd>
                    <LocalInstant iso={view.publishedAt} />
                  </dd>
                </div>
              ) : null}
            </dl>
            {view.proposals.length === 0 ? (
              <EmptyState>{t('assignment:empty', { agency })}</EmptyState>
            ) : (
              <>
                <div className="assignment-panels">
                  <SolveForm side={side} view={view} />
                  <PublishPanel side={side} view={view} violationsId={violationsId} />
                </div>
                <ViolationList violations={view.violations} id={violationsId} />
                <h2 id={captionId}>{t('assignment:table.caption')}</h2>
                <AssignmentTable side={side} view={view} captionId={captionId} />
                <PairEditor side={side} view={view} />
                <ConstraintList side={side} view={view} />
                <ReviewerLoads view={view} />
              </>
            )}
          </>
        )}
      </QueryBoundary>
    </div>
  );
}
