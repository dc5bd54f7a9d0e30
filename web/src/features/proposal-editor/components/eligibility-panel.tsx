import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../language/use-language.js';
import type { DraftView } from '../api.js';

/** Eligibility of the draft as last saved: every failing rule with what to fix, in the reader's language. */
export function EligibilityPanel({ eligibility }: { eligibility: DraftView['eligibility'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="editor-eligibility" className="card" aria-live="polite">
      <h2 id="editor-eligibility">{t('proposal-editor:eligibility.title')}</h2>
      {eligibility.eligible ? (
        <p>{t('proposal-editor:eligibility.eligible')}</p>
      ) : (
        <>
          <p>{t('proposal-editor:eligibility.failing', { count: eligibility.failures.length })}</p>
          <ul className="bullet-list">
            {eligibility.failures.map((failure) => (
              <li key={failure.rule}>
                {t('proposal-editor:eligibility.failureLine', { rule: t(`proposal-editor:eligibility.rule.${failure.rule}`, { defaultValue: failure.rule }), message: failure.message[language] })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
