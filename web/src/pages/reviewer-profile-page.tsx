import { useTranslation } from 'react-i18next';
import { LocalText } from '../features/formatting/components/bilingual-text.js';
import { QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { DeclareConflictSection } from '../features/pool/components/declare-conflict-form.js';
import { ReviewerEditor } from '../features/pool/components/reviewer-editor.js';
import { useOwnConflicts, useOwnProfile, useUpdateOwnProfile } from '../features/pool/queries.js';
import '../features/pool/pool.css';

/**
 * `/me/reviewer-profile`: a reviewer's own profile in each pool they belong to (fields, keywords,
 * publications, affiliations; loads are shown, officers set them) and their declared conflicts.
 */
export function ReviewerProfilePage() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  const conflicts = useOwnConflicts();
  const save = useUpdateOwnProfile();
  useDocumentTitle(t('pool:profile.title'));
  return (
    <div className="page">
      <h1>{t('pool:profile.title')}</h1>
      <p className="subtitle">{t('pool:profile.intro')}</p>
      <QueryBoundary query={profile}>
        {(data) => (
          <>
            <dl className="details">
              <dt>{t('pool:panel.name')}</dt>
              <dd>
                <LocalText value={data.name} />
              </dd>
              <dt>{t('pool:panel.orcid')}</dt>
              <dd>{data.orcid ?? t('pool:panel.none')}</dd>
            </dl>
            {data.pools.map((entry) => (
              <section key={entry.agency} aria-labelledby={`profile-${entry.agency}`} className="report-section">
                <h2 id={`profile-${entry.agency}`}>{t('pool:profile.pool', { agency: entry.agency })}</h2>
                <ReviewerEditor reviewer={entry} canEditLoads={false} onSave={(body) => save.mutateAsync({ agency: entry.agency, fields: body.fields, keywords: body.keywords, publications: body.publications, affiliations: body.affiliations })} />
              </section>
            ))}
          </>
        )}
      </QueryBoundary>
      <QueryBoundary query={conflicts}>
        {(data) => (
          <>
            {data.pools.map((pool) => (
              <DeclareConflictSection key={pool.agency} pool={pool} />
            ))}
          </>
        )}
      </QueryBoundary>
    </div>
  );
}
