import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import type { AssignmentSide, AssignmentView } from '../api.js';
import { formatAffinity } from '../format.js';
import { useSolveAssignment } from '../queries.js';

/** Reviewers per proposal and the solve button; an infeasible solve lists every reason. */
export function SolveForm({ side, view }: { side: AssignmentSide; view: AssignmentView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const solve = useSolveAssignment(side);
  const [perProposal, setPerProposal] = useState(String(view.perProposal));
  const [isReplacing, setIsReplacing] = useState(false);
  const [isInvalid, setIsInvalid] = useState(false);
  const isPublished = view.status === 'published';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(perProposal);
    if (!Number.isInteger(value) || value < 1 || value > 50) {
      setIsInvalid(true);
      return;
    }
    setIsInvalid(false);
    try {
      await solve.mutateAsync({ perProposal: value, ...(isPublished ? { replacePublished: isReplacing } : {}) });
    } catch {
      // Shown from the mutation's state.
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="card assignment-solve">
      <h2 id={`${id}-heading`}>{t('assignment:solve.heading')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        {solve.error ? <ErrorAlert error={solve.error} isFocused /> : null}
        <div className="form-field">
          <label htmlFor={`${id}-per-proposal`}>{t('assignment:solve.perProposal')}</label>
          <input
            id={`${id}-per-proposal`}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            step={1}
            value={perProposal}
            aria-invalid={isInvalid}
            aria-describedby={`${id}-hint${isInvalid ? ` ${id}-error` : ''}`}
            onChange={(event) => setPerProposal(event.target.value)}
          />
          <p className="field-hint" id={`${id}-hint`}>
            {t('assignment:solve.hint', { count: view.defaultPerProposal })}
          </p>
          {isInvalid ? (
            <p className="field-error" id={`${id}-error`} role="alert">
              {t('assignment:solve.invalid')}
            </p>
          ) : null}
        </div>
        {isPublished ? (
          <div className="assignment-form-check">
            <input id={`${id}-replace`} type="checkbox" checked={isReplacing} onChange={(event) => setIsReplacing(event.target.checked)} />
            <label htmlFor={`${id}-replace`}>{t('assignment:solve.replace')}</label>
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={solve.isPending}>
            {solve.isPending ? t('assignment:solve.solving') : t('assignment:solve.submit')}
          </button>
        </div>
        {solve.isSuccess ? (
          <p role="status">
            {t('assignment:solve.done', {
              count: solve.data.proposals.reduce((total, proposal) => total + proposal.reviewers.length, 0),
              objective: formatAffinity(language, solve.data.objective),
            })}
          </p>
        ) : null}
      </form>
    </section>
  );
}
