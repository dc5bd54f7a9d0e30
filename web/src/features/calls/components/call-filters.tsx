import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallListFilter } from '../api.js';
import { useAgencies } from '../../agencies/queries.js';
import { callStatusLabel } from '../../call-editor/components/call-admin-panel.js';
import type { CallStatus } from '../../call-editor/api.js';
import { pickBilingual } from '../../formatting/bilingual.js';
import { countryName } from '../../formatting/countries.js';
import { useLanguage } from '../../language/use-language.js';

const STATUSES: readonly CallStatus[] = ['open', 'draft', 'closed', 'under_review', 'decided', 'archived'];

type Props = { filter: CallListFilter; onChange: (change: Partial<CallListFilter>) => void; onClear: () => void };

/** The calls list's conditions: state, field, agency, partner country and a deadline window. */
export function CallFilters({ filter, onChange, onClear }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const agencies = useAgencies().data ?? [];
  const fields = Object.keys(i18n.getResourceBundle(language, 'fields') ?? {});
  const countries = [...new Set(agencies.map((agency) => agency.country))].sort();
  const hasConditions = Object.entries(filter).some(([key, value]) => key !== 'q' && value);
  return (
    <fieldset className="filters">
      <legend>{t('calls.filter.legend')}</legend>
      <div className="form-field">
        <label htmlFor={`${id}-status`}>{t('calls.filter.status')}</label>
        <select id={`${id}-status`} value={filter.status ?? ''} onChange={(event) => onChange({ status: event.target.value })}>
          <option value="">{t('calls.filter.any')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {callStatusLabel(t, status)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-field`}>{t('calls.filter.field')}</label>
        <select id={`${id}-field`} value={filter.field ?? ''} onChange={(event) => onChange({ field: event.target.value })}>
          <option value="">{t('calls.filter.any')}</option>
          {fields.map((field) => (
            <option key={field} value={field}>
              {t(`fields:${field}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-agency`}>{t('calls.filter.agency')}</label>
        <select id={`${id}-agency`} value={filter.agency ?? ''} onChange={(event) => onChange({ agency: event.target.value })}>
          <option value="">{t('calls.filter.any')}</option>
          {agencies.map((agency) => (
            <option key={agency.code} value={agency.code}>
              {t('common.nameWithCode', { name: pickBilingual(agency.name, language), code: agency.code })}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-country`}>{t('calls.filter.partnerCountry')}</label>
        <select id={`${id}-country`} value={filter.partnerCountry ?? ''} onChange={(event) => onChange({ partnerCountry: event.target.value })}>
          <option value="">{t('calls.filter.any')}</option>
          {countries.map((country) => (
            <option key={country} value={country}>
              {countryName(country, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-from`}>{t('calls.filter.deadlineFrom')}</label>
        <input id={`${id}-from`} type="date" value={filter.deadlineFrom ?? ''} onChange={(event) => onChange({ deadlineFrom: event.target.value })} />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-to`}>{t('calls.filter.deadlineTo')}</label>
        <input id={`${id}-to`} type="date" value={filter.deadlineTo ?? ''} onChange={(event) => onChange({ deadlineTo: event.target.value })} />
      </div>
      {hasConditions ? (
        <button type="button" className="button-secondary" onClick={onClear}>
          {t('calls.filter.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}
