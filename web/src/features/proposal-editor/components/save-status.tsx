import { useTranslation } from 'react-i18next';
import { errorText } from '../../formatting/error-text.js';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { useLanguage } from '../../language/use-language.js';
import type { SaveStatus } from '../use-autosave.js';

/** The autosave state, announced politely; a conflict offers to reload the other PI's version. */
export function SaveStatusLine({ status, onRetry, onReload }: { status: SaveStatus; onRetry: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="save-status" role="status" aria-live="polite">
      {status.kind === 'idle' ? <span className="muted">{t('proposal-editor:save.idle')}</span> : null}
      {status.kind === 'pending' ? <span className="muted">{t('proposal-editor:save.pending')}</span> : null}
      {status.kind === 'saving' ? <span className="muted">{t('proposal-editor:save.saving')}</span> : null}
      {status.kind === 'saved' ? (
        <span>
          {t('proposal-editor:save.savedAt')} <LocalInstant iso={status.at} />
        </span>
      ) : null}
      {status.kind === 'error' ? (
        <span role="alert">
          {t('proposal-editor:save.failed')} {errorText(t, status.error, language)}{' '}
          <button type="button" className="button-secondary" onClick={onRetry}>
            {t('proposal-editor:save.retry')}
          </button>
        </span>
      ) : null}
      {status.kind === 'conflict' ? (
        <span role="alert">
          {t('proposal-editor:save.conflict')}{' '}
          <button type="button" className="button-secondary" onClick={onReload}>
            {t('proposal-editor:save.reload')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
