import { Breadcrumb } from '../features/layout/components/breadcrumb.js';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { pickBilingual } from '../features/formatting/bilingual.js';
import { BilingualParagraphs, LocalText, OtherLanguageText } from '../features/formatting/components/bilingual-text.js';
import { CountryText, LocalInstant } from '../features/formatting/components/formatted.js';
import { fieldLabel } from '../features/formatting/labels.js';
import { QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { useLanguage } from '../features/language/use-language.js';
import type { ProposalDetail } from '../features/proposals/api.js';
import { DecisionBadge, StatusBadge } from '../features/proposals/components/status-badges.js';
import { PersonName, TeamSection } from '../features/proposals/components/team-section.js';
import { useProposal } from '../features/proposals/queries.js';
import { ProposalEditorActions } from '../features/proposal-editor/components/proposal-actions.js';
import { EligibilityPanel } from '../features/eligibility/components/eligibility-panel.js';

/** `/proposals/:ref`: one proposal in both languages, its teams, budgets, exchanges and decision. */
export function ProposalPage() {
  const { ref = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const proposal = useProposal(ref);
  useDocumentTitle(proposal.data ? t('proposal.documentTitle', { ref: proposal.data.ref, title: pickBilingual(proposal.data.title, language) }) : t('proposal.title'));
  return (
    <div className="page">
      <QueryBoundary query={proposal}>{(data) => <ProposalDetails proposal={data} />}</QueryBoundary>
    </div>
  );
}

function ProposalDetails({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const callPath = `/calls/${encodeURIComponent(proposal.call.code)}`;
  return (
    <>
      <Breadcrumb
        trail={[
          { to: '/calls', label: t('nav.calls') },
          { to: callPath, label: proposal.call.code },
          { to: `${callPath}/proposals`, label: t('proposals.title') },
        ]}
        current={proposal.ref}
      />
      <p className="eyebrow">
        <code>{proposal.ref}</code>
      </p>
      <h1>
        <LocalText value={proposal.title} />
      </h1>
      <OtherLanguageText value={proposal.title} className="subtitle" />
      <ProposalEditorActions proposalRef={proposal.ref} />

      <section aria-labelledby="proposal-summary">
        <h2 id="proposal-summary" className="visually-hidden">
          {t('proposal.section.summary')}
        </h2>
        <dl className="details details-columns">
          <dt>{t('proposal.call')}</dt>
          <dd>
            <Link to={callPath}>
              <LocalText value={proposal.call.title} />
            </Link>
          </dd>
          <dt>{t('proposal.field')}</dt>
          <dd>{fieldLabel(t, proposal.field)}</dd>
          <dt>{t('proposal.status')}</dt>
          <dd>
            <StatusBadge status={proposal.status} />
          </dd>
          <dt>{t('proposal.decision')}</dt>
          <dd>
            <DecisionBadge decision={proposal.decision} />
          </dd>
          <dt>{t('proposal.submittedAt')}</dt>
          <dd>{proposal.submittedAt ? <LocalInstant iso={proposal.submittedAt} /> : t('proposals.notSubmitted')}</dd>
          <dt>{t('proposal.duration')}</dt>
          <dd>{proposal.durationMonths === null ? t('common.notSet') : t('call.durationExact', { months: proposal.durationMonths })}</dd>
        </dl>
      </section>

      <EligibilityPanel proposalRef={proposal.ref} />

      <section aria-labelledby="proposal-abstract">
        <h2 id="proposal-abstract">{t('proposal.section.abstract')}</h2>
        {proposal.abstract ? <BilingualParagraphs value={proposal.abstract} /> : <p className="empty">{t('proposal.noAbstract')}</p>}
        {proposal.keywords.length > 0 ? (
          <>
            <h3>{t('proposal.keywords')}</h3>
            <ul className="tag-list">
              {proposal.keywords.map((keyword) => (
                <li key={keyword} className="tag">
                  {keyword}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="proposal-teams">
        <h2 id="proposal-teams">{t('proposal.section.teams')}</h2>
        <div className="card-grid">
          {proposal.teams.map((team, index) => (
            <TeamSection key={`${team.role}-${team.country}-${index}`} team={team} />
          ))}
        </div>
      </section>

      <section aria-labelledby="proposal-exchanges">
        <h2 id="proposal-exchanges">{t('proposal.section.exchanges')}</h2>
        {proposal.exchanges.length === 0 ? (
          <p className="empty">{t('proposal.exchange.none')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="proposal-exchanges" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('proposal.exchange.person')}</th>
                  <th scope="col">{t('proposal.exchange.from')}</th>
                  <th scope="col">{t('proposal.exchange.to')}</th>
                  <th scope="col" className="numeric">
                    {t('proposal.exchange.months')}
                  </th>
                  <th scope="col">{t('proposal.exchange.purpose')}</th>
                </tr>
              </thead>
              <tbody>
                {proposal.exchanges.map((exchange, index) => (
                  <tr key={`${exchange.person.ref}-${index}`}>
                    <th scope="row" className="row-heading">
                      <PersonName person={exchange.person} />
                    </th>
                    <td>
                      <CountryText code={exchange.from} />
                    </td>
                    <td>
                      <CountryText code={exchange.to} />
                    </td>
                    <td className="numeric">{exchange.months}</td>
                    <td>{exchange.purpose ? <LocalText value={exchange.purpose} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
