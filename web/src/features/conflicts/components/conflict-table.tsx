import { Fragment, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalText } from '../../formatting/components/bilingual-text.js';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { ErrorAlert } from '../../layout/components/page-states.js';
import type { ConflictEntry } from '../api.js';
import { useUnwaiveConflict, useWaiveConflict } from '../queries.js';
import { actorText, conflictReasonLabel } from '../reason-label.js';

/** Waives one pair: the reason is required and recorded with who and when. */
function WaiveForm({ code, entry, onDone }: { code: string; entry: ConflictEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const waive = useWaiveConflict(code);
  const [reason, setReason] = useState('');
  const [isMissing, setIsMissing] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setIsMissing(true);
      return;
    }
    try {
      await waive.mutateAsync({ pair: { agency: entry.agency, proposal: entry.proposal, reviewer: entry.reviewer }, reason: reason.trim() });
      onDone();
    } catch {
      // Shown from the mutation's state.
    }
  };
  return (
    <form className="form conflict-waive-form" onSubmit={submit} noValidate>
      {waive.error ? <ErrorAlert error={waive.error} isFocused /> : null}
      <div className="form-field">
        <label htmlFor={`${id}-reason`}>{t('conflicts:waive.reason', { proposal: entry.proposal, reviewer: entry.reviewer })}</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          required
          value={reason}
          // Focus lands here when the form opens, so the officer types the reason straight away.
          autoFocus
          aria-invalid={isMissing && !reason.trim()}
          aria-describedby={isMissing && !reason.trim() ? `${id}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {isMissing && !reason.trim() ? (
          <p className="field-error" id={`${id}-error`} role="alert">
            {t('conflicts:waive.reasonRequired')}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={waive.isPending}>
          {t('conflicts:waive.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('conflicts:waive.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * One agency's conflicted pairs: each with every reason as a label, the declarer's words, and
 * the waiver (the row is marked and struck through, with the reason — never by colour alone).
 * Officers of the agency get the waive and withdraw controls.
 */
export function ConflictTable({ code, entries, canManage, captionId }: { code: string; entries: ConflictEntry[]; canManage: boolean; captionId: string }) {
  const { t } = useTranslation();
  const [waiving, setWaiving] = useState<string | null>(null);
  const unwaive = useUnwaiveConflict(code);
  return (
    <>
      {unwaive.error ? <ErrorAlert error={unwaive.error} isFocused /> : null}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table data-table-wide data-table-stacked conflict-table">
          <thead>
            <tr>
              <th scope="col">{t('conflicts:table.proposal')}</th>
              <th scope="col">{t('conflicts:table.reviewer')}</th>
              <th scope="col">{t('conflicts:table.reasons')}</th>
              <th scope="col">{t('conflicts:table.status')}</th>
              {canManage ? <th scope="col">{t('conflicts:table.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const key = `${entry.proposal} ${entry.reviewer}`;
              return (
                <Fragment key={key}>
                  <tr className={entry.waived ? 'conflict-waived' : undefined}>
                    <th scope="row" className="row-heading">
                      <span className="conflict-pair">{entry.proposal}</span>
                      <span className="muted conflict-sub">
                        <LocalText value={entry.proposalTitle} />
                      </span>
                    </th>
                    <td data-label={t('conflicts:table.reviewer')}>
                      <span className="conflict-pair">
                        <LocalText value={entry.reviewerName} />
                      </span>
                      <span className="muted conflict-sub">{entry.reviewer}</span>
                    </td>
                    <td data-label={t('conflicts:table.reasons')}>
                      <ul className="tag-list">
                        {entry.reasons.map((reason) => (
                          <li key={reason} className="tag">
                            {conflictReasonLabel(t, reason)}
                          </li>
                        ))}
                      </ul>
                      {entry.declaration?.note ? <p className="conflict-note">{t('conflicts:table.declaredNote', { note: entry.declaration.note })}</p> : null}
                    </td>
                    <td data-label={t('conflicts:table.status')}>
                      {entry.waived ? (
                        <>
                          <strong>{t('conflicts:table.waived')}</strong>
                          <p className="conflict-note">{t('conflicts:table.waivedReason', { reason: entry.waived.reason })}</p>
                          <p className="muted conflict-sub">
                            {t('conflicts:table.waivedBy', { who: actorText(entry.waived.by) })} <LocalInstant iso={entry.waived.at} />
                          </p>
                        </>
                      ) : (
                        t('conflicts:table.excluded')
                      )}
                    </td>
                    {canManage ? (
                      <td data-label={t('conflicts:table.actions')}>
                        {entry.waived ? (
                          <button
                            type="button"
                            className="button-secondary"
                            disabled={unwaive.isPending}
                            onClick={() => unwaive.mutate({ agency: entry.agency, proposal: entry.proposal, reviewer: entry.reviewer })}
                          >
                            {t('conflicts:waive.withdraw')}
                            <span className="visually-hidden">{t('conflicts:table.pairLabel', { proposal: entry.proposal, reviewer: entry.reviewer })}</span>
                          </button>
                        ) : (
                          <button type="button" className="button-secondary" aria-expanded={waiving === key} onClick={() => setWaiving(waiving === key ? null : key)}>
                            {t('conflicts:waive.open')}
                            <span className="visually-hidden">{t('conflicts:table.pairLabel', { proposal: entry.proposal, reviewer: entry.reviewer })}</span>
                          </button>
                        )}
                      </td>
                    ) : null}
                  </tr>
                  {waiving === key && !entry.waived ? (
                    <tr className="conflict-form-row">
                      <td colSpan={canManage ? 5 : 4}>
                        <WaiveForm code={code} entry={entry} onDone={() => setWaiving(null)} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
