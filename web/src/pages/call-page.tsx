import { Breadcrumb } from '../features/layout/components/breadcrumb.js';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CallAdminPanel, CallStatusBadge } from '../features/call-editor/components/call-admin-panel.js';
import { AgencyNames, FieldNames } from '../features/calls/components/call-parts.js';
import type { CallDetail, CallSide } from '../features/calls/api.js';
import { useCall } from '../features/calls/queries.js';
import { ruleText } from '../features/calls/rules.js';
import { pickBilingual } from '../features/formatting/bilingual.js';
import { BilingualParagraphs, LocalText, OtherLanguageText } from '../features/formatting/components/bilingual-text.js';
import { CountText, DateInZone, InstantInZone, MoneyText } from '../features/formatting/components/formatted.js';
import { modalityLabel, sideRoleLabel } from '../features/formatting/labels.js';
import { QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { useLanguage } from '../features/language/use-language.js';
import { CallStartAction } from '../features/proposal-editor/components/proposal-actions.js';
import { ConflictsLink } from '../features/conflicts/components/conflicts-link.js';
import { AssignmentLinks } from '../features/assignment/components/assignment-links.js';
import { ScoresLinks } from '../features/review/components/scores-table.js';

/** `/calls/:code`: a call's sides, deadlines, budgets, criteria and rules. */
export function CallPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const call = useCall(code);
  useDocumentTitle(call.data ? pickBilingual(call.data.title, language) : t('call.title'));
  return (
    <div className="page">
      <QueryBoundary query={call}>{(data) => <CallDetails call={data} />}</QueryBoundary>
    </div>
  );
}

function CallDetails({ call }: { call: CallDetail }) {
  const { t } = useTranslation();
  const codePath = encodeURIComponent(call.code);
  const leadZone = call.sides.find((side) => side.role === 'lead')?.timezone ?? call.sides[0]?.timezone ?? 'UTC';
  return (
    <>
      <Breadcrumb trail={[{ to: '/calls', label: t('nav.calls') }]} current={call.code} />
      <h1>
        <LocalText value={call.title} />
      </h1>
      <OtherLanguageText value={call.title} className="subtitle" />
      <p>
        <CallStatusBadge status={call.status} />
      </p>
      <ul className="page-actions">
        <li>
          <Link className="button-secondary" to={`/calls/${codePath}/proposals`}>
            {t('call.link.proposals', { number: call.proposalCount })}
          </Link>
        </li>
        <li>
          <Link className="button-secondary" to={`/calls/${codePath}/statistics`}>
            {t('call.link.statistics')}
          </Link>
        </li>
        <ScoresLinks code={call.code} agencies={call.sides.filter((side) => side.reviews).flatMap((side) => side.agencies)} />
        <ConflictsLink code={call.code} agencies={call.sides.flatMap((side) => side.agencies)} />
        <AssignmentLinks code={call.code} agencies={call.sides.filter((side) => side.reviews).flatMap((side) => side.agencies)} />
      </ul>
      <CallStartAction callCode={call.code} status={call.status} />
      <CallAdminPanel code={call.code} />

      <section aria-labelledby="call-overview">
        <h2 id="call-overview">{t('call.section.overview')}</h2>
        <dl className="details">
          <dt>{t('call.code')}</dt>
          <dd>
            <code>{call.code}</code>
          </dd>
          <dt>{t('call.programme')}</dt>
          <dd>
            <LocalText value={call.programme.name} />
          </dd>
          <dt>{t('call.modality')}</dt>
          <dd>{modalityLabel(t, call.modality)}</dd>
          <dt>{t('call.fields')}</dt>
          <dd>
            <FieldNames fields={call.fields} />
          </dd>
          <dt>{t('call.opens')}</dt>
          <dd>
            <InstantInZone iso={call.opens} timeZone={leadZone} />
          </dd>
          <dt>{t('call.duration')}</dt>
          <dd>
            {call.durationMonths
              ? call.durationMonths.min === call.durationMonths.max
                ? t('call.durationExact', { months: call.durationMonths.max })
                : t('call.durationRange', { min: call.durationMonths.min, max: call.durationMonths.max })
              : t('common.notSet')}
          </dd>
          <dt>{t('call.reviewsPerProposal')}</dt>
          <dd>{call.reviewsPerProposal === null ? t('common.notSet') : <CountText value={call.reviewsPerProposal} />}</dd>
          <dt>{t('call.proposalCount')}</dt>
          <dd>
            <CountText value={call.proposalCount} />
          </dd>
          <dt>{t('call.selectedCount')}</dt>
          <dd>
            <CountText value={call.selectedCount} />
          </dd>
        </dl>
      </section>

      {call.description ? (
        <section aria-labelledby="call-description">
          <h2 id="call-description">{t('call.section.description')}</h2>
          <BilingualParagraphs value={call.description} />
        </section>
      ) : null}

      <section aria-labelledby="call-sides">
        <h2 id="call-sides">{t('call.section.sides')}</h2>
        <div className="card-grid">
          {call.sides.map((side, index) => (
            <SideCard key={`${side.role}-${index}`} side={side} opens={call.opens} />
          ))}
        </div>
      </section>

      <section aria-labelledby="call-criteria">
        <h2 id="call-criteria">{t('call.section.criteria')}</h2>
        {call.criteria.length === 0 ? (
          <p className="empty">{t('call.criteria.empty')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="call-criteria" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('call.criteria.name')}</th>
                  <th scope="col" className="numeric">
                    {t('call.criteria.weight')}
                  </th>
                  <th scope="col">{t('call.criteria.scale')}</th>
                </tr>
              </thead>
              <tbody>
                {call.criteria.map((criterion) => (
                  <tr key={criterion.code}>
                    <th scope="row" className="row-heading">
                      <LocalText value={criterion.name} />
                    </th>
                    <td className="numeric">
                      <CountText value={criterion.weight} />
                    </td>
                    <td>{t('call.criteria.scaleRange', { min: criterion.scale[0], max: criterion.scale[1] })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="call-rules">
        <h2 id="call-rules">{t('call.section.rules')}</h2>
        {call.rules.length === 0 ? (
          <p className="empty">{t('call.rules.empty')}</p>
        ) : (
          <ul className="bullet-list">
            {call.rules.map((rule, index) => (
              <li key={index}>{ruleText(t, rule)}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function SideCard({ side, opens }: { side: CallSide; opens: string }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h3>{sideRoleLabel(t, side.role)}</h3>
      <dl className="details">
        <dt>{t('call.side.agencies')}</dt>
        <dd>
          <AgencyNames codes={side.agencies} />
        </dd>
        <dt>{t('call.side.deadline')}</dt>
        <dd>{side.deadline ? <InstantInZone iso={side.deadline} timeZone={side.timezone} /> : t('call.noDeadline')}</dd>
        <dt>{t('call.side.opensLocal')}</dt>
        <dd>
          <DateInZone iso={opens} timeZone={side.timezone} />
        </dd>
        <dt>{t('call.side.timezone')}</dt>
        <dd>{side.timezone}</dd>
        <dt>{t('call.side.reviews')}</dt>
        <dd>{side.reviews ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('call.side.budgetTotal')}</dt>
        <dd>{side.budget?.total ? <MoneyText money={side.budget.total} /> : t('common.notSet')}</dd>
        <dt>{t('call.side.budgetCap')}</dt>
        <dd>{side.budget?.perProjectPerYearMax ? <MoneyText money={side.budget.perProjectPerYearMax} /> : t('common.notSet')}</dd>
      </dl>
    </section>
  );
}
