import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../language/use-language.js';
import type { Violation } from '../api.js';

/**
 * Every broken constraint, in the server's words, announced as it changes so an officer editing
 * by hand hears what an edit broke or fixed.
 */
export function ViolationList({ violations, id }: { violations: readonly Violation[]; id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby={`${id}-heading`} className="assignment-check">
      <h2 id={`${id}-heading`}>{t('assignment:check.heading')}</h2>
      <div aria-live="polite" id={id}>
        {violations.length === 0 ? (
          <p className="assignment-ok">{t('assignment:check.none')}</p>
        ) : (
          <>
            <p className="assignment-broken">{t('assignment:check.count', { count: violations.length })}</p>
            <ul className="assignment-violations">
              {violations.map((violation, index) => (
                <li key={`${violation.kind}-${violation.proposal ?? ''}-${violation.reviewer ?? ''}-${index}`}>{violation.message[language] || violation.message.en}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
