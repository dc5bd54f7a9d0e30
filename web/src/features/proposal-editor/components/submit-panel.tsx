import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api-client.js';
import { errorText } from '../../formatting/error-text.js';
import { InstantInZone, LocalInstant } from '../../formatting/components/formatted.js';
import { useLanguage } from '../../language/use-language.js';
import type { DraftView } from '../api.js';
import { useSubmitProposal, useWithdrawProposal } from '../queries.js';

type Props = { view: DraftView; hasUnsavedChanges: boolean; onDone: (view: DraftView) => void };

/**
 * Submission and withdrawal, each behind a confirmation step, and the receipt once submitted.
 * The server's clock decides; a refusal shows its own message (late, ineligible, stale).
 */
export function SubmitPanel({ view, hasUnsavedChanges, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const submit = useSubmitProposal(view.proposal.ref);
  const withdraw = useWithdrawProposal(view.proposal.ref);
  const [confirming, setConfirming] = useState<'submit' | 'withdraw' | null>(null);
  const receiptRef = useRef<HTMLElement>(null);
  const error = submit.error ?? withdraw.error;
  const deadlines = view.call.sides.filter((side) => side.deadline);
  return (
    <section aria-labelledby="editor-submit" className="card">
      <h2 id="editor-submit">{t('proposal-editor:submit.title')}</h2>
      <ul className="bullet-list">
        {deadlines.map((side) => (
          <li key={`${side.role}-${side.agency ?? side.acceptedAgencies.join('/')}`}>
            {t('proposal-editor:submit.deadlineOf', { agency: side.agency ?? side.acceptedAgencies.join(', ') })} <InstantInZone iso={side.deadline ?? ''} timeZone={side.timezone} />
          </li>
        ))}
      </ul>
      {view.receipt ? (
        <section ref={receiptRef} tabIndex={-1} aria-labelledby="editor-receipt" className="receipt">
          <h3 id="editor-receipt">{t('proposal-editor:receipt.title')}</h3>
          <dl className="details">
            <dt>{t('proposal-editor:receipt.proposal')}</dt>
            <dd>
              <code>{view.receipt.proposalRef}</code>
            </dd>
            <dt>{t('proposal-editor:receipt.submittedAt')}</dt>
            <dd>
              <LocalInstant iso={view.receipt.submittedAt} />
            </dd>
            <dt>{t('proposal-editor:receipt.hash')}</dt>
            <dd>
              <code className="hash">{view.receipt.contentHash}</code>
            </dd>
          </dl>
          <p className="muted">{t('proposal-editor:receipt.mailed')}</p>
        </section>
      ) : null}
      {view.proposal.status === 'withdrawn' ? <p>{t('proposal-editor:submit.withdrawn')}</p> : null}
      {error ? (
        <div role="alert" className="alert">
          <p>{errorText(t, error, language)}</p>
          {isApiError(error) && error.issues.length > 0 ? (
            <ul className="bullet-list">
              {error.issues.map((issue) => (
                <li key={issue.path}>{issue.message[language]}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {view.canSubmit && confirming !== 'submit' ? (
        <button type="button" className="button-primary" disabled={hasUnsavedChanges || !view.eligibility.eligible} aria-describedby="submit-hint" onClick={() => setConfirming('submit')}>
          {t('proposal-editor:submit.button')}
        </button>
      ) : null}
      {view.canSubmit ? (
        <p id="submit-hint" className="muted">
          {hasUnsavedChanges ? t('proposal-editor:submit.waitForSave') : view.eligibility.eligible ? t('proposal-editor:submit.hint') : t('proposal-editor:submit.fixFirst')}
        </p>
      ) : null}
      {confirming === 'submit' ? (
        <div role="group" aria-labelledby="confirm-submit">
          <p id="confirm-submit">{t('proposal-editor:submit.confirm', { version: view.version })}</p>
          <button
            type="button"
            className="button-primary"
            disabled={submit.isPending}
            onClick={() =>
              submit.mutate(view.version, {
                onSuccess: (next) => {
                  setConfirming(null);
                  onDone(next);
                  window.setTimeout(() => receiptRef.current?.focus(), 0);
                },
              })
            }
          >
            {t('proposal-editor:submit.confirmButton')}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(null)}>
            {t('proposal-editor:submit.cancel')}
          </button>
        </div>
      ) : null}
      {view.canWithdraw && confirming !== 'withdraw' ? (
        <p>
          <button type="button" className="button-secondary" onClick={() => setConfirming('withdraw')}>
            {t('proposal-editor:withdraw.button')}
          </button>
        </p>
      ) : null}
      {confirming === 'withdraw' ? (
        <div role="group" aria-labelledby="confirm-withdraw">
          <p id="confirm-withdraw">{t('proposal-editor:withdraw.confirm')}</p>
          <button
            type="button"
            className="button-primary"
            disabled={withdraw.isPending}
            onClick={() =>
              withdraw.mutate(undefined, {
                onSuccess: (next) => {
                  setConfirming(null);
                  onDone(next);
                },
              })
            }
          >
            {t('proposal-editor:withdraw.confirmButton')}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(null)}>
            {t('proposal-editor:submit.cancel')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
