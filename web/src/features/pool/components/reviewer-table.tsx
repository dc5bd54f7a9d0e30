import { useTranslation } from 'react-i18next';
import { pickBilingual } from '../../formatting/bilingual.js';
import { LocalText } from '../../formatting/components/bilingual-text.js';
import { fieldLabel, joinList } from '../../formatting/labels.js';
import { useLanguage } from '../../language/use-language.js';
import type { Reviewer } from '../api.js';

/** The organisations a reviewer is affiliated with now (no end date, or one in the future). */
function currentAffiliations(reviewer: Reviewer): Reviewer['affiliations'] {
  const today = new Date().toISOString().slice(0, 10);
  return reviewer.affiliations.filter((affiliation) => affiliation.to === null || affiliation.to >= today);
}

/** An agency's reviewers as a table; the button of a row opens its editor. */
export function ReviewerTable({ reviewers, selected, canManage, onSelect, captionId }: { reviewers: Reviewer[]; selected: string | null; canManage: boolean; onSelect: (person: string) => void; captionId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table data-table-wide data-table-stacked pool-table">
        <caption id={captionId} className="visually-hidden">
          {t('pool:table.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('pool:table.name')}</th>
            <th scope="col">{t('pool:table.affiliation')}</th>
            <th scope="col">{t('pool:table.fields')}</th>
            <th scope="col">{t('pool:table.keywords')}</th>
            <th scope="col" className="numeric">
              {t('pool:table.loads')}
            </th>
            <th scope="col" className="numeric">
              {t('pool:table.publications')}
            </th>
            <th scope="col" className="numeric">
              {t('pool:table.conflicts')}
            </th>
            <th scope="col">{t('pool:table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {reviewers.map((reviewer) => (
            <tr key={reviewer.person} aria-current={selected === reviewer.person ? 'true' : undefined}>
              <th scope="row" className="row-heading">
                <LocalText value={reviewer.name} />
                <span className="muted pool-id">{reviewer.orcid ?? reviewer.person}</span>
              </th>
              <td data-label={t('pool:table.affiliation')}>
                {joinList(
                  t,
                  currentAffiliations(reviewer).map((affiliation) => pickBilingual(affiliation.name, language) || affiliation.organisation),
                )}
              </td>
              <td data-label={t('pool:table.fields')}>{joinList(t, reviewer.fields.map((code) => fieldLabel(t, code)))}</td>
              <td className="pool-keywords" data-label={t('pool:table.keywords')}>{joinList(t, reviewer.keywords)}</td>
              <td className="numeric cell-nowrap" data-label={t('pool:table.loads')}>{t('pool:table.loadRange', { min: reviewer.minLoad, max: reviewer.maxLoad })}</td>
              <td className="numeric" data-label={t('pool:table.publications')}>{reviewer.publications.length}</td>
              <td className="numeric" data-label={t('pool:table.conflicts')}>{reviewer.conflicts.length}</td>
              <td data-label={t('pool:table.actions')}>
                <button type="button" className="button-secondary" aria-expanded={selected === reviewer.person} onClick={() => onSelect(reviewer.person)}>
                  {canManage ? t('pool:table.edit') : t('pool:table.view')}
                  <span className="visually-hidden">
                    {' '}
                    <LocalText value={reviewer.name} />
                  </span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
