import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pickBilingual } from '../../formatting/bilingual.js';
import { ErrorAlert } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import { usePool } from '../../pool/queries.js';
import { useProposals } from '../../proposals/queries.js';
import { useAddConflict } from '../queries.js';

/** An officer records a conflict for one of the agency's reviewers with a proposal of the call, with the reason. */
export function AddConflictForm({ code, agency }: { code: string; agency: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const add = useAddConflict(code);
  const pool = usePool(agency, '');
  const proposals = useProposals({ call: code, pageSize: 200 });
  const [proposal, setProposal] = useState('');
  const [reviewer, setReviewer] = useState('');
  const [reason, setReason] = useState('');
  const [isMissing, setIsMissing] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    if (!proposal || !reviewer || !reason.trim()) {
      setIsMissing(true);
      return;
    }
    setIsMissing(false);
    try {
      await add.mutateAsync({ proposal, reviewer, agency, reason: reason.trim() });
      setAdded(`${proposal} ${reviewer}`);
      setReason('');
    } catch {
      // Shown from the mutation's state.
    }
  };

  const missing = (value: string) => isMissing && !value.trim();
  return (
    <form className="form card form-card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('conflicts:add.title', { agency })}</h3>
      {add.error ? <ErrorAlert error={add.error} isFocused /> : null}
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={`${id}-proposal`}>{t('conflicts:add.proposal')}</label>
          <select id={`${id}-proposal`} value={proposal} required aria-invalid={missing(proposal)} aria-describedby={missing(proposal) ? `${id}-proposal-error` : undefined} onChange={(event) => setProposal(event.target.value)}>
            <option value="">{t('conflicts:add.choose')}</option>
            {(proposals.data?.items ?? []).map((item) => (
              <option key={item.ref} value={item.ref}>
                {t('conflicts:add.proposalOption', { ref: item.ref, title: pickBilingual(item.title, language) })}
              </option>
            ))}
          </select>
          {missing(proposal) ? (
            <p className="field-error" id={`${id}-proposal-error`} role="alert">
              {t('conflicts:add.required')}
            </p>
          ) : null}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-reviewer`}>{t('conflicts:add.reviewer')}</label>
          <select id={`${id}-reviewer`} value={reviewer} required aria-invalid={missing(reviewer)} aria-describedby={missing(reviewer) ? `${id}-reviewer-error` : undefined} onChange={(event) => setReviewer(event.target.value)}>
            <option value="">{t('conflicts:add.choose')}</option>
            {(pool.data?.reviewers ?? []).map((item) => (
              <option key={item.person} value={item.person}>
                {t('conflicts:add.reviewerOption', { name: pickBilingual(item.name, language) || item.person, ref: item.person })}
              </option>
            ))}
          </select>
          {missing(reviewer) ? (
            <p className="field-error" id={`${id}-reviewer-error`} role="alert">
              {t('conflicts:add.required')}
            </p>
          ) : null}
        </div>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-reason`}>{t('conflicts:add.reason')}</label>
        <textarea id={`${id}-reason`} rows={2} value={reason} required aria-invalid={missing(reason)} aria-describedby={missing(reason) ? `${id}-reason-error` : undefined} onChange={(event) => setReason(event.target.value)} />
        {missing(reason) ? (
          <p className="field-error" id={`${id}-reason-error`} role="alert">
            {t('conflicts:add.required')}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={add.isPending}>
          {t('conflicts:add.submit')}
        </button>
        <p role="status" className="muted">
          {added ? t('conflicts:add.done', { pair: added }) : ''}
        </p>
      </div>
    </form>
  );
}
