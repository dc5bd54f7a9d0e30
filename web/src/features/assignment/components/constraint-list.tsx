import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert } from '../../layout/components/page-states.js';
import type { AssignmentSide, AssignmentView } from '../api.js';
import { useSetConstraint } from '../queries.js';

/** The pins and forbids the next solve will honour, each with a button to clear it. */
export function ConstraintList({ side, view }: { side: AssignmentSide; view: AssignmentView }) {
  const { t } = useTranslation();
  const id = useId();
  const constrain = useSetConstraint(side);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('assignment:constraints.heading')}</h2>
      {constrain.error ? <ErrorAlert error={constrain.error} isFocused /> : null}
      {view.constraints.length === 0 ? (
        <EmptyState>{t('assignment:constraints.none')}</EmptyState>
      ) : (
        <ul className="assignment-constraints">
          {view.constraints.map((constraint) => (
            <li key={`${constraint.proposal}-${constraint.reviewer}`}>
              <span className="tag">{t(`assignment:constraints.${constraint.kind}`)}</span> {t('assignment:constraints.pair', { proposal: constraint.proposal, reviewer: constraint.reviewer })}{' '}
              <button
                type="button"
                className="button-secondary button-small"
                disabled={constrain.isPending}
                aria-label={t('assignment:constraints.clearLabel', { proposal: constraint.proposal, reviewer: constraint.reviewer })}
                onClick={() => constrain.mutate({ proposal: constraint.proposal, reviewer: constraint.reviewer, kind: 'clear' })}
              >
                {t('assignment:constraints.clear')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
