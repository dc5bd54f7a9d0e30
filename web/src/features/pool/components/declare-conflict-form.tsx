import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pickBilingual } from '../../formatting/bilingual.js';
import { LocalText } from '../../formatting/components/bilingual-text.js';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { joinList } from '../../formatting/labels.js';
import { ErrorAlert } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import type { OwnConflicts } from '../api.js';
import { useDeclareOwnConflict, useWithdrawOwnConflict } from '../queries.js';

type Pool = OwnConflicts['pools'][number];

/**
 * A reviewer's declarations for one pool: the proposals under review they may meet (ref, title,
 * PIs — nothing more; never one they conflict with), a form to declare a conflict with one in
 * their own words, and what they declared already, each of their own with a way to withdraw it.
 */
export function DeclareConflictSection({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const declare = useDeclareOwnConflict();
  const [proposal, setProposal] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const withdraw = useWithdrawOwnConflict();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!proposal || !reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      await declare.mutateAsync({ proposal, agency: pool.agency, reason: reason.trim() });
      setProposal('');
      setReason('');
    } catch {
      // Shown from the mutation's state.
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="report-section">
      <h2 id={`${id}-title`}>{t('pool:declare.title', { agency: pool.agency })}</h2>
      <p className="hint">{t('pool:declare.intro')}</p>
      {pool.proposals.length === 0 ? (
        <p className="empty">{t('pool:declare.noProposals')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="data-table">
            <caption id={`${id}-caption`}>{t('pool:declare.proposals')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pool:declare.ref')}</th>
                <th scope="col">{t('pool:declare.proposalTitle')}</th>
                <th scope="col">{t('pool:declare.pis')}</th>
              </tr>
            </thead>
            <tbody>
              {pool.proposals.map((item) => (
                <tr key={item.ref}>
                  <th scope="row" className="row-heading cell-nowrap">
                    {item.ref}
                  </th>
                  <td>
                    <LocalText value={item.title} />
                  </td>
                  <td>{joinList(t, item.pis.map((pi) => pickBilingual(pi, language)))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pool.proposals.length > 0 ? (
        <form className="form" onSubmit={submit} noValidate>
          {declare.error ? <ErrorAlert error={declare.error} isFocused /> : null}
          <div className="form-field">
            <label htmlFor={`${id}-proposal`}>{t('pool:declare.proposal')}</label>
            <select id={`${id}-proposal`} value={proposal} required aria-invalid={missing && !proposal} aria-describedby={missing && !proposal ? `${id}-proposal-error` : undefined} onChange={(event) => setProposal(event.target.value)}>
              <option value="">{t('pool:declare.choose')}</option>
              {pool.proposals.map((item) => (
                <option key={item.ref} value={item.ref}>
                  {t('pool:declare.option', { ref: item.ref, title: pickBilingual(item.title, language) })}
                </option>
              ))}
            </select>
            {missing && !proposal ? (
              <p className="field-error" id={`${id}-proposal-error`} role="alert">
                {t('pool:declare.proposalRequired')}
              </p>
            ) : null}
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-reason`}>{t('pool:declare.reason')}</label>
            <textarea id={`${id}-reason`} rows={3} value={reason} required aria-invalid={missing && !reason.trim()} aria-describedby={missing && !reason.trim() ? `${id}-reason-error` : undefined} onChange={(event) => setReason(event.target.value)} />
            {missing && !reason.trim() ? (
              <p className="field-error" id={`${id}-reason-error`} role="alert">
                {t('pool:declare.reasonRequired')}
              </p>
            ) : null}
          </div>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={declare.isPending}>
              {t('pool:declare.submit')}
            </button>
          </div>
        </form>
      ) : null}

      <h3>{t('pool:declare.declared')}</h3>
      {withdraw.error ? <ErrorAlert error={withdraw.error} isFocused /> : null}
      {pool.declared.length === 0 ? (
        <p className="empty">{t('pool:panel.noDeclared')}</p>
      ) : (
        <ul className="plain-list">
          {pool.declared.map((item) => (
            <li key={item.proposal}>
              <code>{item.proposal}</code> <span className="muted">{item.call}</span>
              {item.note ? <p>{item.note}</p> : null}
              {item.declaredAt ? (
                <p className="muted">
                  <LocalInstant iso={item.declaredAt} />
                </p>
              ) : null}
              {item.withdrawable ? (
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t('pool:declare.withdrawLabel', { proposal: item.proposal })}
                  disabled={withdraw.isPending}
                  onClick={() => withdraw.mutate({ proposal: item.proposal, agency: pool.agency })}
                >
                  {t('pool:declare.withdraw')}
                </button>
              ) : (
                <p className="hint">{t('pool:declare.byOfficer')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
