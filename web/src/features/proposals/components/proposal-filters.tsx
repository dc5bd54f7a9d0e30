import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencySummary } from '../../agencies/api.js';
import type { CallSummary } from '../../calls/api.js';
import { pickBilingual } from '../../formatting/bilingual.js';
import { countryName } from '../../formatting/countries.js';
import { decisionLabel, fieldLabel, statusLabel } from '../../formatting/labels.js';
import { useLanguage } from '../../language/use-language.js';
import { DECISION_FILTER_VALUES, hasFilters, isRankedByRelevance, STATUS_FILTER_VALUES, type ProposalFilterKey, type ProposalListState } from '../list-state.js';

type Props = {
  state: ProposalListState;
  fields: readonly string[];
  agencies: readonly AgencySummary[];
  /** Calls to choose from; omitted when the page is already about one call. */
  calls?: readonly CallSummary[];
  onChange: (filters: Partial<Pick<ProposalListState, ProposalFilterKey>>) => void;
  onClear: () => void;
};

/** Filters of the proposals table: selects apply at once, the text search on submit. */
export function ProposalFilters({ state, fields, agencies, calls, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();

  const countries = [...new Set([...agencies.map((agency) => agency.country), ...(state.partnerCountry ? [state.partnerCountry] : [])])]
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  const agencyOptions = [...agencies].sort((a, b) => a.code.localeCompare(b.code));
  const fieldOptions = state.field && !fields.includes(state.field) ? [...fields, state.field] : fields;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    onChange({ q: query });
  }

  return (
    <form role="search" aria-label={t('proposals.filter.label')} className="filters" onSubmit={handleSubmit}>
      <div className="filter-search">
        <label htmlFor={`${id}-q`}>{t('proposals.filter.q')}</label>
        <div className="input-with-button">
          {/* Keyed by the URL value so that Back and "Clear" show the text that applies. */}
          <input key={state.q} id={`${id}-q`} name="q" type="search" defaultValue={state.q} maxLength={200} />
          <button type="submit" className="button-primary">
            {t('proposals.filter.search')}
          </button>
        </div>
        {isRankedByRelevance(state) ? <p className="muted">{t('search:proposals.ranked')}</p> : null}
      </div>
      {calls ? (
        <div className="form-field">
          <label htmlFor={`${id}-call`}>{t('proposals.filter.call')}</label>
          <select id={`${id}-call`} value={state.call} onChange={(event) => onChange({ call: event.target.value })}>
            <option value="">{t('proposals.filter.any')}</option>
            {calls.map((call) => (
              <option key={call.code} value={call.code}>
                {t('common.nameWithCode', { name: pickBilingual(call.title, language), code: call.code })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="form-field">
        <label htmlFor={`${id}-status`}>{t('proposals.filter.status')}</label>
        <select id={`${id}-status`} value={state.status} onChange={(event) => onChange({ status: event.target.value as ProposalListState['status'] })}>
          <option value="">{t('proposals.filter.any')}</option>
          {STATUS_FILTER_VALUES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(t, status)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-decision`}>{t('proposals.filter.decision')}</label>
        <select id={`${id}-decision`} value={state.decision} onChange={(event) => onChange({ decision: event.target.value as ProposalListState['decision'] })}>
          <option value="">{t('proposals.filter.any')}</option>
          {DECISION_FILTER_VALUES.map((decision) => (
            <option key={decision} value={decision}>
              {decisionLabel(t, decision === 'none' ? null : decision)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-field`}>{t('proposals.filter.field')}</label>
        <select id={`${id}-field`} value={state.field} onChange={(event) => onChange({ field: event.target.value })}>
          <option value="">{t('proposals.filter.any')}</option>
          {fieldOptions.map((field) => (
            <option key={field} value={field}>
              {fieldLabel(t, field)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-country`}>{t('proposals.filter.partnerCountry')}</label>
        <select id={`${id}-country`} value={state.partnerCountry} onChange={(event) => onChange({ partnerCountry: event.target.value })}>
          <option value="">{t('proposals.filter.any')}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-agency`}>{t('proposals.filter.partnerAgency')}</label>
        <select id={`${id}-agency`} value={state.partnerAgency} onChange={(event) => onChange({ partnerAgency: event.target.value })}>
          <option value="">{t('proposals.filter.any')}</option>
          {state.partnerAgency && !agencyOptions.some((agency) => agency.code === state.partnerAgency) ? (
            <option value={state.partnerAgency}>{state.partnerAgency}</option>
          ) : null}
          {agencyOptions.map((agency) => (
            <option key={agency.code} value={agency.code}>
              {t('common.codeWithName', { code: agency.code, name: pickBilingual(agency.name, language) })}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-actions">
        <button type="button" className="button-secondary" onClick={onClear} disabled={!hasFilters(state)}>
          {t('proposals.filter.clear')}
        </button>
      </div>
    </form>
  );
}
