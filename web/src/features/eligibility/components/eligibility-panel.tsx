import { useTranslation } from 'react-i18next';
import '../eligibility.css';
import { useLanguage } from '../../language/use-language.js';
import type { ProposalEligibility } from '../api.js';
import { useProposalEligibility } from '../queries.js';

/**
 * A proposal's eligibility for its applicants and the call's staff: every rule it does not meet,
 * with the server's message in the reader's language. Shows nothing to a reader the server
 * refuses, since the rest of the page is then not theirs either.
 */
export function EligibilityPanel({ proposalRef }: { proposalRef: string }) {
  const { t } = useTranslation();
  const eligibility = useProposalEligibility(proposalRef);
  if (eligibility.isError) return null;
  return (
    <section aria-labelledby="proposal-eligibility" className="eligibility-panel">
      <h2 id="proposal-eligibility">{t('eligibility:panel.title')}</h2>
      {eligibility.data ? (
        <EligibilityResult result={eligibility.data} />
      ) : (
        <p role="status" aria-live="polite">
          {t('eligibility:panel.loading')}
        </p>
      )}
    </section>
  );
}

/** The outcome of a check: a plain sentence (never colour alone) and the failed rules. */
export function EligibilityResult({ result }: { result: ProposalEligibility }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (result.eligible) {
    return (
      <p role="status" className="alert alert-eligible">
        {t('eligibility:panel.eligible')}
      </p>
    );
  }
  return (
    <div role="status" className="alert alert-error">
      <p className="alert-title">{t('eligibility:panel.ineligible', { count: result.failures.length })}</p>
      <h3 className="visually-hidden">{t('eligibility:panel.failures')}</h3>
      <ul className="eligibility-failures">
        {result.failures.map((failure) => (
          <li key={failure.rule}>
            <strong>{t(`eligibility:rule.${failure.rule}`)}</strong>
            <br />
            <span lang={language}>{failure.message[language]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
