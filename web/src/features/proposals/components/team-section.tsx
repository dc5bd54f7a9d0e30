import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyMap } from '../../agencies/queries.js';
import { pickBilingual } from '../../formatting/bilingual.js';
import { LocalText } from '../../formatting/components/bilingual-text.js';
import { CountryText, MoneyText } from '../../formatting/components/formatted.js';
import { countryName } from '../../formatting/countries.js';
import { teamRoleLabel } from '../../formatting/labels.js';
import { totalsByCurrency } from '../../formatting/money.js';
import { useLanguage } from '../../language/use-language.js';
import type { Person, ProposalTeam } from '../api.js';

/** A person's name and, when known, a link to their ORCID record. */
export function PersonName({ person }: { person: Person }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <span className="person">
      <LocalText value={person.name} />
      {person.orcid ? (
        <a
          className="orcid"
          href={`https://orcid.org/${encodeURIComponent(person.orcid)}`}
          target="_blank"
          rel="noreferrer noopener"
          aria-label={t('person.orcidLabel', { name: pickBilingual(person.name, language), orcid: person.orcid })}
        >
          {t('person.orcid', { orcid: person.orcid })}
        </a>
      ) : null}
    </span>
  );
}

function AgencyName({ code }: { code: string }) {
  const { t } = useTranslation();
  const agency = useAgencyMap().get(code);
  if (!agency) return <>{code}</>;
  return (
    <>
      <LocalText value={agency.name} />
      <span className="muted code-suffix">{t('common.codeInParentheses', { code })}</span>
    </>
  );
}

/** One team of a proposal: who leads it, who is in it, its budget by fiscal year and its funding. */
export function TeamSection({ team }: { team: ProposalTeam }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const budgetCaptionId = useId();
  const totals = totalsByCurrency(team.budget.map((line) => line.amount));
  const budget = [...team.budget].sort((a, b) => a.fiscalYear - b.fiscalYear);

  return (
    <section className="card team" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('proposal.team.heading', { role: teamRoleLabel(t, team.role), country: countryName(team.country, language) })}</h3>
      <dl className="details">
        <dt>{t('proposal.team.agency')}</dt>
        <dd>{team.agency ? <AgencyName code={team.agency} /> : t('common.notSet')}</dd>
        <dt>{t('proposal.team.country')}</dt>
        <dd>
          <CountryText code={team.country} />
        </dd>
        <dt>{t('proposal.team.pi')}</dt>
        <dd>
          <PersonName person={team.pi} />
        </dd>
        <dt>{t('proposal.team.members')}</dt>
        <dd>
          {team.members.length === 0 ? (
            t('proposal.team.noMembers')
          ) : (
            <ul className="plain-list">
              {team.members.map((member) => (
                <li key={member.ref}>
                  <PersonName person={member} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        {team.funding.length > 0 ? (
          <>
            <dt>{t('proposal.team.funding')}</dt>
            <dd>
              <ul className="plain-list">
                {team.funding.map((funding, index) => (
                  <li key={`${funding.agency}-${index}`}>
                    <AgencyName code={funding.agency} />
                    {funding.grantId ? <span className="grant-id">{t('proposal.team.grantId', { grantId: funding.grantId })}</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>

      {budget.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby={budgetCaptionId} tabIndex={0}>
          <table className="data-table budget-table">
            <caption id={budgetCaptionId}>{t('proposal.budget.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('proposal.budget.fiscalYear')}</th>
                <th scope="col" className="numeric">
                  {t('proposal.budget.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {budget.map((line) => (
                <tr key={`${line.fiscalYear}-${line.amount.currency}`}>
                  <th scope="row">{t('proposal.budget.fiscalYearLabel', { year: line.fiscalYear })}</th>
                  <td className="numeric">
                    <MoneyText money={line.amount} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              {totals.map((total) => (
                <tr key={total.currency} className="total-row">
                  <th scope="row">{totals.length > 1 ? t('proposal.budget.totalIn', { currency: total.currency }) : t('proposal.budget.total')}</th>
                  <td className="numeric">
                    <MoneyText money={total} />
                  </td>
                </tr>
              ))}
            </tfoot>
          </table>
        </div>
      ) : (
        <p className="muted">{t('proposal.budget.none')}</p>
      )}
    </section>
  );
}
