import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictReasonLabel } from '../../conflicts/reason-label.js';
import { ErrorAlert } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import type { AssignmentSide, AssignmentView } from '../api.js';
import { formatAffinity } from '../format.js';
import { useAffinity, useEditPair, useSetConstraint } from '../queries.js';

/**
 * Any pair of the side and the pool: why the reviewer fits the proposal (score, text and field
 * parts, shared words), whether it is assigned, conflicted, pinned or forbidden, and the edits
 * an officer may make to it. Adding a pair that breaks a constraint is allowed; the violations
 * list says what it broke.
 */
export function PairEditor({ side, view }: { side: AssignmentSide; view: AssignmentView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [proposal, setProposal] = useState('');
  const [reviewer, setReviewer] = useState('');
  const affinity = useAffinity(side, { proposal, reviewer });
  const edit = useEditPair(side);
  const constrain = useSetConstraint(side);
  const isChosen = proposal !== '' && reviewer !== '';
  const isAssigned = view.proposals.find((entry) => entry.proposal === proposal)?.reviewers.some((entry) => entry.reviewer === reviewer) ?? false;
  const conflict = view.conflicts.find((entry) => entry.proposal === proposal && entry.reviewer === reviewer);
  const constraint = view.constraints.find((entry) => entry.proposal === proposal && entry.reviewer === reviewer);
  const isDraft = view.status === 'draft';
  const isBusy = edit.isPending || constrain.isPending;
  const error = edit.error ?? constrain.error;

  return (
    <section aria-labelledby={`${id}-heading`} className="card assignment-editor">
      <h2 id={`${id}-heading`}>{t('assignment:editor.heading')}</h2>
      <p>{t('assignment:editor.intro')}</p>
      <div className="assignment-editor-fields">
        <div className="form-field">
          <label htmlFor={`${id}-proposal`}>{t('assignment:editor.proposal')}</label>
          <select id={`${id}-proposal`} value={proposal} onChange={(event) => setProposal(event.target.value)}>
            <option value="">{t('assignment:editor.choose')}</option>
            {view.proposals.map((entry) => (
              <option key={entry.proposal} value={entry.proposal}>
                {t('assignment:editor.proposalOption', { proposal: entry.proposal, title: entry.title[language] || entry.title.en })}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-reviewer`}>{t('assignment:editor.reviewer')}</label>
          <select id={`${id}-reviewer`} value={reviewer} onChange={(event) => setReviewer(event.target.value)}>
            <option value="">{t('assignment:editor.choose')}</option>
            {view.reviewers.map((entry) => (
              <option key={entry.reviewer} value={entry.reviewer}>
                {t('assignment:editor.reviewerOption', { name: entry.name[language] || entry.reviewer, reviewer: entry.reviewer })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {isChosen ? (
        <div className="assignment-pair" aria-live="polite">
          <ul className="assignment-pair-state">
            <li>{isAssigned ? t('assignment:editor.isAssigned') : t('assignment:editor.isNotAssigned')}</li>
            {conflict ? (
              <li className={conflict.isWaived ? undefined : 'assignment-conflict'}>
                {t(conflict.isWaived ? 'assignment:editor.conflictWaived' : 'assignment:editor.conflict', {
                  reasons: conflict.reasons.map((reason) => conflictReasonLabel(t, reason)).join(', '),
                })}
              </li>
            ) : null}
            {constraint ? <li>{constraint.kind === 'pin' ? t('assignment:editor.pinnedNow') : t('assignment:editor.forbiddenNow')}</li> : null}
          </ul>
          {affinity.isPending ? <p role="status">{t('assignment:editor.loading')}</p> : null}
          {affinity.error ? <ErrorAlert error={affinity.error} /> : null}
          {affinity.data ? (
            <dl className="details assignment-explanation">
              <dt>{t('assignment:editor.score')}</dt>
              <dd>{formatAffinity(language, affinity.data.score)}</dd>
              <dt>{t('assignment:editor.textScore')}</dt>
              <dd>{formatAffinity(language, affinity.data.textScore)}</dd>
              <dt>{t('assignment:editor.fieldMatch')}</dt>
              <dd>{affinity.data.isFieldMatch ? t('assignment:editor.yes') : t('assignment:editor.no')}</dd>
              <dt>{t('assignment:table.sharedTerms')}</dt>
              <dd>
                {affinity.data.sharedTerms.length === 0 ? (
                  t('assignment:table.noTerms')
                ) : (
                  <ul className="tag-list">
                    {affinity.data.sharedTerms.map((term) => (
                      <li key={term} className="tag">
                        {term}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </dl>
          ) : null}
          {error ? <ErrorAlert error={error} isFocused /> : null}
          <div className="form-actions">
            {isDraft ? (
              <button type="button" className="button-primary" disabled={isBusy} onClick={() => edit.mutate({ proposal, reviewer, action: isAssigned ? 'remove' : 'add' })}>
                {isAssigned ? t('assignment:editor.remove') : t('assignment:editor.add')}
              </button>
            ) : null}
            <button type="button" className="button-secondary" disabled={isBusy || constraint?.kind === 'pin'} onClick={() => constrain.mutate({ proposal, reviewer, kind: 'pin' })}>
              {t('assignment:editor.pin')}
            </button>
            <button type="button" className="button-secondary" disabled={isBusy || constraint?.kind === 'forbid'} onClick={() => constrain.mutate({ proposal, reviewer, kind: 'forbid' })}>
              {t('assignment:editor.forbid')}
            </button>
            {constraint ? (
              <button type="button" className="button-secondary" disabled={isBusy} onClick={() => constrain.mutate({ proposal, reviewer, kind: 'clear' })}>
                {t('assignment:editor.clear')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
