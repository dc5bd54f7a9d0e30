import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../layout/components/page-states.js';
import type { AssignmentSide, AssignmentView } from '../api.js';
import { usePublishAssignment } from '../queries.js';

/** Publication behind a confirmation step: it mails every assigned reviewer and cannot be undone. */
export function PublishPanel({ side, view, violationsId }: { side: AssignmentSide; view: AssignmentView; violationsId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const publish = usePublishAssignment(side);
  const [isConfirming, setIsConfirming] = useState(false);
  const reviewers = new Set(view.proposals.flatMap((proposal) => proposal.reviewers.map((reviewer) => reviewer.reviewer))).size;
  const isDraft = view.status === 'draft';
  const canPublish = isDraft && view.violations.length === 0;
  const blockedReason = !isDraft ? t('assignment:publish.notDraft') : view.violations.length > 0 ? t('assignment:publish.blocked') : null;

  const confirm = async () => {
    try {
      await publish.mutateAsync(undefined);
    } catch {
      // Shown from the mutation's state.
    }
    setIsConfirming(false);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="card assignment-publish">
      <h2 id={`${id}-heading`}>{t('assignment:publish.heading')}</h2>
      <p>{t('assignment:publish.intro')}</p>
      {publish.error ? <ErrorAlert error={publish.error} isFocused /> : null}
      {publish.isSuccess ? <p role="status">{t('assignment:publish.done', { count: publish.data.mailed ?? 0 })}</p> : null}
      {blockedReason && !publish.isSuccess ? (
        <p id={`${id}-blocked`}>
          {blockedReason} {view.violations.length > 0 ? <a href={`#${violationsId}`}>{t('assignment:check.heading')}</a> : null}
        </p>
      ) : null}
      {isConfirming ? (
        <div className="form-actions" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('assignment:publish.confirm', { count: reviewers })}</p>
          <button type="button" className="button-primary" onClick={() => void confirm()} disabled={publish.isPending} autoFocus>
            {t('assignment:publish.confirmSubmit')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setIsConfirming(false)}>
            {t('assignment:publish.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button-primary" disabled={!canPublish} aria-describedby={blockedReason ? `${id}-blocked` : undefined} onClick={() => setIsConfirming(true)}>
          {t('assignment:publish.submit')}
        </button>
      )}
    </section>
  );
}
