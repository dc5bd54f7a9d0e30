import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalText } from '../../formatting/components/bilingual-text.js';
import type { ReviewCriterion } from '../api.js';

/** The terms of a `<dl>`: each criterion's name and the score given on its scale ("4 / 5"). */
export function CriterionScores({ criteria, scores }: { criteria: readonly ReviewCriterion[]; scores: Readonly<Record<string, number>> }) {
  const { t } = useTranslation();
  return (
    <>
      {criteria.map((criterion) => (
        <Fragment key={criterion.code}>
          <dt>
            <LocalText value={criterion.name} />
          </dt>
          <dd>{scores[criterion.code] === undefined ? t('review:form.noScore') : t('review:form.scoreOf', { score: scores[criterion.code], max: criterion.scale[1] })}</dd>
        </Fragment>
      ))}
    </>
  );
}
