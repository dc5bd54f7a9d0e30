import { useTranslation } from 'react-i18next';
import type { ReviewState } from '../api.js';

/** A review's state in words (and a badge shape, never colour alone). */
export function ReviewStatusBadge({ status }: { status: ReviewState['status'] }) {
  const { t } = useTranslation();
  const label = status === 'submitted' ? t('review:status.submitted') : status === 'draft' ? t('review:status.draft') : t('review:status.not_started');
  return <span className={`badge review-status review-status-${status}`}>{label}</span>;
}
