import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorText } from '../../formatting/error-text.js';
import { useLanguage } from '../../language/use-language.js';
import { useStartProposal } from '../queries.js';

/** "Start a proposal" on a call's page: asks for a working title, then opens the editor. */
export function StartProposalButton({ callCode }: { callCode: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const start = useStartProposal(callCode);
  const [isOpen, setIsOpen] = useState(false);
  const [title, setTitle] = useState({ en: '', ja: '' });
  if (!isOpen) {
    return (
      <button type="button" className="button-primary" onClick={() => setIsOpen(true)}>
        {t('proposal-editor:start.button')}
      </button>
    );
  }
  return (
    <form
      className="card"
      aria-labelledby="start-proposal-heading"
      onSubmit={(event) => {
        event.preventDefault();
        start.mutate(title, { onSuccess: (result) => navigate(`/proposals/${encodeURIComponent(result.ref)}/edit`) });
      }}
    >
      <h2 id="start-proposal-heading">{t('proposal-editor:start.heading')}</h2>
      <div className="form-grid">
        <label htmlFor="start-title-en">{t('proposal-editor:summary.titleEn')}</label>
        <input id="start-title-en" lang="en" value={title.en} aria-describedby={start.error ? 'start-error' : undefined} onChange={(event) => setTitle({ ...title, en: event.target.value })} />
        <label htmlFor="start-title-ja">{t('proposal-editor:summary.titleJa')}</label>
        <input id="start-title-ja" lang="ja" value={title.ja} onChange={(event) => setTitle({ ...title, ja: event.target.value })} />
      </div>
      {start.error ? (
        <p id="start-error" role="alert">
          {errorText(t, start.error, language)}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={start.isPending}>
        {t('proposal-editor:start.submit')}
      </button>{' '}
      <button type="button" className="button-secondary" onClick={() => setIsOpen(false)}>
        {t('proposal-editor:submit.cancel')}
      </button>
    </form>
  );
}
