import { useTranslation } from 'react-i18next';
import { pickBilingual } from '../../formatting/bilingual.js';
import { CountryText, MoneyText } from '../../formatting/components/formatted.js';
import { teamRoleLabel } from '../../formatting/labels.js';
import { useLanguage } from '../../language/use-language.js';
import type { DraftView, PersonInput } from '../api.js';
import type { EditorForm, TeamForm } from '../editor-form.js';
import type { EditTarget } from '../use-autosave.js';
import { AmountInput } from './amount-input.js';

type Props = { index: number; form: EditorForm; view: DraftView; edit: (target: EditTarget, update: (form: EditorForm) => EditorForm) => void };

/** One team's part: country, PI details (while a placeholder), members, budget per fiscal year in the agency's currency, funding. */
export function TeamEditor({ index, form, view, edit }: Props) {
  const { t } = useTranslation();
  const { t: tWeb } = useTranslation();
  const language = useLanguage();
  const team = view.proposal.teams[index];
  const value = form.teams[index];
  if (!team || !value) return null;
  const canEdit = view.editable.teams.includes(index);
  const side = view.call.sides.find((item) => item.agency === team.agency) ?? view.call.sides.find((item) => item.role === team.role);
  const currency = side?.currency ?? team.budget[0]?.amount.currency ?? 'JPY';
  const people = new Map(view.people.map((person) => [person.ref, person]));
  const pi = people.get(team.pi);
  const prefix = `team-${index}`;
  const change = (update: (team: TeamForm) => TeamForm) =>
    edit({ team: index }, (current) => ({ ...current, teams: current.teams.map((item, position) => (position === index ? update(item) : item)) }));
  const nextYear = (value.budget.at(-1)?.fiscalYear ?? new Date(view.serverTime).getUTCFullYear()) + (value.budget.length ? 1 : 0);
  return (
    <section aria-labelledby={`${prefix}-heading`} className="card">
      <h3 id={`${prefix}-heading`}>
        {teamRoleLabel(tWeb, team.role)}
        {team.agency ? ` — ${team.agency}` : ''}
      </h3>
      {!canEdit && view.proposal.status === 'draft' ? <p className="muted">{t('proposal-editor:team.readOnly')}</p> : null}
      <p>
        {t('proposal-editor:team.piName', { name: (pi ? pickBilingual(pi.name, language) : '') || team.pi })}
      </p>
      <div className="form-grid">
        <label htmlFor={`${prefix}-country`}>{t('proposal-editor:team.country')}</label>
        <input id={`${prefix}-country`} value={value.country} maxLength={2} readOnly={!canEdit} onChange={(event) => change((item) => ({ ...item, country: event.target.value.toUpperCase() }))} />
      </div>
      {canEdit && value.pi ? (
        <fieldset>
          <legend>{t('proposal-editor:team.piDetails')}</legend>
          <PersonFields idPrefix={`${prefix}-pi`} person={value.pi} readOnly={false} onChange={(person) => change((item) => ({ ...item, pi: person }))} />
        </fieldset>
      ) : null}

      <h4>{t('proposal-editor:team.members')}</h4>
      {value.members.length === 0 ? <p className="empty">{t('proposal-editor:team.noMembers')}</p> : null}
      {value.members.map((member, position) => {
        const stored = member.ref ? people.get(member.ref) : undefined;
        const isEditablePerson = canEdit && (!member.ref || stored?.isEditable !== false);
        return (
          <fieldset key={member.ref ?? `new-${position}`}>
            <legend>{t('proposal-editor:team.member', { number: position + 1 })}</legend>
            <PersonFields idPrefix={`${prefix}-member-${position}`} person={member} readOnly={!isEditablePerson} onChange={(person) => change((item) => ({ ...item, members: item.members.map((old, at) => (at === position ? person : old)) }))} />
            {canEdit ? (
              <button type="button" className="button-secondary" onClick={() => change((item) => ({ ...item, members: item.members.filter((_, at) => at !== position) }))}>
                {t('proposal-editor:team.removeMember', { number: position + 1 })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {canEdit ? (
        <button type="button" className="button-secondary" onClick={() => change((item) => ({ ...item, members: [...item.members, { name: { en: '', ja: '' } }] }))}>
          {t('proposal-editor:team.addMember')}
        </button>
      ) : null}

      <h4 id={`${prefix}-budget`}>{t('proposal-editor:team.budget', { currency })}</h4>
      <div className="table-scroll" role="region" aria-labelledby={`${prefix}-budget`} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('proposal-editor:team.fiscalYear')}</th>
              <th scope="col" className="numeric">
                {t('proposal-editor:team.amount', { currency })}
              </th>
              {side?.cap ? (
                <th scope="col" className="numeric">
                  {t('proposal-editor:team.cap')}
                </th>
              ) : null}
              {canEdit ? <th scope="col">{t('proposal-editor:team.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {value.budget.map((line, position) => (
              <tr key={`${line.fiscalYear}-${position}`}>
                <td>
                  <label className="visually-hidden" htmlFor={`${prefix}-year-${position}`}>
                    {t('proposal-editor:team.fiscalYear')}
                  </label>
                  <input
                    id={`${prefix}-year-${position}`}
                    type="number"
                    min={1990}
                    max={2100}
                    value={line.fiscalYear}
                    readOnly={!canEdit}
                    onChange={(event) => change((item) => ({ ...item, budget: item.budget.map((old, at) => (at === position ? { ...old, fiscalYear: Number(event.target.value) } : old)) }))}
                  />
                </td>
                <td className="numeric">
                  <label className="visually-hidden" htmlFor={`${prefix}-amount-${position}`}>
                    {t('proposal-editor:team.amountOfYear', { year: line.fiscalYear, currency })}
                  </label>
                  <AmountInput
                    id={`${prefix}-amount-${position}`}
                    amountMinor={line.amount.amount}
                    currency={currency}
                    readOnly={!canEdit}
                    onChange={(amount) => change((item) => ({ ...item, budget: item.budget.map((old, at) => (at === position ? { ...old, amount: { amount, currency } } : old)) }))}
                  />
                </td>
                {side?.cap ? (
                  <td className="numeric">
                    <MoneyText money={side.cap} />
                  </td>
                ) : null}
                {canEdit ? (
                  <td>
                    <button type="button" className="button-secondary" onClick={() => change((item) => ({ ...item, budget: item.budget.filter((_, at) => at !== position) }))}>
                      {t('proposal-editor:team.removeYear', { year: line.fiscalYear })}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit ? (
        <button type="button" className="button-secondary" onClick={() => change((item) => ({ ...item, budget: [...item.budget, { fiscalYear: nextYear, amount: { amount: 0, currency } }] }))}>
          {t('proposal-editor:team.addYear')}
        </button>
      ) : null}

      <h4>{t('proposal-editor:team.funding')}</h4>
      {value.funding.map((funding, position) => (
        <div className="form-grid" key={`funding-${position}`}>
          <label htmlFor={`${prefix}-funding-agency-${position}`}>{t('proposal-editor:team.fundingAgency')}</label>
          <input id={`${prefix}-funding-agency-${position}`} value={funding.agency} readOnly={!canEdit} onChange={(event) => change((item) => ({ ...item, funding: item.funding.map((old, at) => (at === position ? { ...old, agency: event.target.value } : old)) }))} />
          <label htmlFor={`${prefix}-funding-grant-${position}`}>{t('proposal-editor:team.grantId')}</label>
          <input id={`${prefix}-funding-grant-${position}`} value={funding.grantId ?? ''} readOnly={!canEdit} onChange={(event) => change((item) => ({ ...item, funding: item.funding.map((old, at) => (at === position ? { ...old, grantId: event.target.value } : old)) }))} />
        </div>
      ))}
      {canEdit ? (
        <button type="button" className="button-secondary" onClick={() => change((item) => ({ ...item, funding: [...item.funding, { agency: side?.acceptedAgencies[0] ?? team.agency ?? '', grantId: '' }] }))}>
          {t('proposal-editor:team.addFunding')}
        </button>
      ) : null}
      <p className="muted">
        <CountryText code={value.country} />
      </p>
    </section>
  );
}

/** Name in both languages, mail, ORCID, PhD year and organisation (with ROR) of one person. */
function PersonFields({ idPrefix, person, readOnly, onChange }: { idPrefix: string; person: PersonInput; readOnly: boolean; onChange: (person: PersonInput) => void }) {
  const { t } = useTranslation();
  const organisation = person.organisation ?? { name: { en: '', ja: '' }, country: 'JP', ror: null };
  return (
    <div className="form-grid">
      <label htmlFor={`${idPrefix}-name-en`}>{t('proposal-editor:person.nameEn')}</label>
      <input id={`${idPrefix}-name-en`} lang="en" value={person.name.en ?? ''} readOnly={readOnly} onChange={(event) => onChange({ ...person, name: { ...person.name, en: event.target.value } })} />
      <label htmlFor={`${idPrefix}-name-ja`}>{t('proposal-editor:person.nameJa')}</label>
      <input id={`${idPrefix}-name-ja`} lang="ja" value={person.name.ja ?? ''} readOnly={readOnly} onChange={(event) => onChange({ ...person, name: { ...person.name, ja: event.target.value } })} />
      <label htmlFor={`${idPrefix}-email`}>{t('proposal-editor:person.email')}</label>
      <input id={`${idPrefix}-email`} type="email" value={person.email ?? ''} readOnly={readOnly} onChange={(event) => onChange({ ...person, email: event.target.value })} />
      <label htmlFor={`${idPrefix}-orcid`}>{t('proposal-editor:person.orcid')}</label>
      <input id={`${idPrefix}-orcid`} placeholder="0000-0002-1825-0097" value={person.orcid ?? ''} readOnly={readOnly} onChange={(event) => onChange({ ...person, orcid: event.target.value })} />
      <label htmlFor={`${idPrefix}-phd`}>{t('proposal-editor:person.phdYear')}</label>
      <input id={`${idPrefix}-phd`} type="number" min={1900} max={2100} value={person.phdYear ?? ''} readOnly={readOnly} onChange={(event) => onChange({ ...person, phdYear: event.target.value ? Number(event.target.value) : null })} />
      <label htmlFor={`${idPrefix}-org`}>{t('proposal-editor:person.organisation')}</label>
      <input id={`${idPrefix}-org`} value={organisation.name.en ?? organisation.name.ja ?? ''} readOnly={readOnly} onChange={(event) => onChange({ ...person, organisation: { ...organisation, name: { en: event.target.value } } })} />
      <label htmlFor={`${idPrefix}-org-country`}>{t('proposal-editor:person.organisationCountry')}</label>
      <input id={`${idPrefix}-org-country`} maxLength={2} value={organisation.country} readOnly={readOnly} onChange={(event) => onChange({ ...person, organisation: { ...organisation, country: event.target.value.toUpperCase() } })} />
      <label htmlFor={`${idPrefix}-ror`}>{t('proposal-editor:person.ror')}</label>
      <input id={`${idPrefix}-ror`} placeholder="https://ror.org/057zh3y96" value={organisation.ror ?? ''} readOnly={readOnly} onChange={(event) => onChange({ ...person, organisation: { ...organisation, ror: event.target.value } })} />
    </div>
  );
}
