import { useTranslation } from 'react-i18next';
import { FieldNames } from '../../calls/components/call-parts.js';
import { useLanguage } from '../../language/use-language.js';
import type { AssignmentView } from '../api.js';

/** Each reviewer of the pool with the proposals assigned now against their limits. */
export function ReviewerLoads({ view }: { view: AssignmentView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table assignment-loads">
        <caption>{t('assignment:loads.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assignment:loads.reviewer')}</th>
            <th scope="col">{t('assignment:loads.fields')}</th>
            <th scope="col" className="numeric">
              {t('assignment:loads.load')}
            </th>
            <th scope="col">{t('assignment:loads.limits')}</th>
          </tr>
        </thead>
        <tbody>
          {view.reviewers.map((reviewer) => {
            const state = reviewer.load > reviewer.maxLoad ? 'over' : reviewer.load < reviewer.minLoad ? 'under' : null;
            return (
              <tr key={reviewer.reviewer} className={state ? 'assignment-load-bad' : undefined}>
                <th scope="row">
                  {reviewer.name[language] || reviewer.reviewer} <code>{reviewer.reviewer}</code>
                </th>
                <td>
                  <FieldNames fields={reviewer.fields} />
                </td>
                <td className="numeric">
                  {reviewer.load}
                  {state ? <span className="assignment-load-state"> {t(`assignment:loads.${state}`)}</span> : null}
                </td>
                <td>{t('assignment:loads.range', { min: reviewer.minLoad, max: reviewer.maxLoad })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
