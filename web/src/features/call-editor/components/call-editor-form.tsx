import { FieldCheckboxes } from '../../formatting/components/field-checkboxes.js';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../call-editor.css';
import { isApiError } from '../../../api-client.js';
import type { AgencySummary } from '../../agencies/api.js';
import { pickBilingual } from '../../formatting/bilingual.js';
import { errorText } from '../../formatting/error-text.js';
import { modalityLabel, sideRoleLabel } from '../../formatting/labels.js';
import { minorUnitDigits } from '../../formatting/money.js';
import { useLanguage } from '../../language/use-language.js';
import type { CallAdminView, CallConfig } from '../api.js';
import {
  buildCallConfig,
  emptyCriterion,
  emptySide,
  fieldIdForPath,
  MODALITY_OPTIONS,
  openingZone,
  RULE_NAMES,
  type AgencyFacts,
  type CallForm,
  type CriterionForm,
  type FormIssue,
  type ModalityOption,
  type SideForm,
} from '../call-form.js';

type Props = {
  initial: CallForm;
  /** True when editing a stored call: its code is fixed. */
  isExisting: boolean;
  agencies: AgencySummary[];
  /** Programmes to suggest: code and name. */
  programmes: ReadonlyArray<{ code: string; name: { en?: string | null; ja?: string | null } }>;
  knownFields: readonly string[];
  onSave: (config: CallConfig) => Promise<CallAdminView>;
  onSaved: (view: CallAdminView) => void;
};

/**
 * The call editor: every part of a call's configuration, in both languages. Problems, whether
 * found here or by the server, are shown at their field (linked by aria-describedby), listed
 * in an announced summary at the top, and focus moves to the first of them.
 */
export function CallEditorForm({ initial, isExisting, agencies, programmes, knownFields, onSave, onSaved }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form, setForm] = useState<CallForm>(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  const facts = useMemo(() => new Map<string, AgencyFacts>(agencies.map((agency) => [agency.code, agency])), [agencies]);
  const update = (patch: Partial<CallForm>) => setForm((current) => ({ ...current, ...patch }));
  const updateSide = (index: number, patch: Partial<SideForm>) =>
    setForm((current) => ({ ...current, sides: current.sides.map((side, at) => (at === index ? { ...side, ...patch } : side)) }));
  const updateCriterion = (index: number, patch: Partial<CriterionForm>) =>
    setForm((current) => ({ ...current, criteria: current.criteria.map((criterion, at) => (at === index ? { ...criterion, ...patch } : criterion)) }));

  // Issues grouped by the id of the control they belong to; the rest are shown in the summary only.
  const placed = useMemo(() => {
    const byId = new Map<string, FormIssue[]>();
    for (const issue of issues) {
      const id = fieldIdForPath(issue.path, form);
      if (id) byId.set(id, [...(byId.get(id) ?? []), issue]);
    }
    return byId;
  }, [issues, form]);

  const issueText = (issue: FormIssue): string =>
    'message' in issue ? issue.message[language] || issue.message.en : t(`call-editor:${issue.key}`, issue.params ?? {});

  // After a failed save: focus the first field with a problem (document order), else the summary.
  useEffect(() => {
    if (focusRequest === 0) return;
    const first = [...placed.keys()]
      .map((id) => document.getElementById(id))
      .filter((element): element is HTMLElement => element !== null)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
    const target = first && isFocusable(first) ? first : first?.querySelector<HTMLElement>('input, select, textarea, button');
    (target ?? summaryRef.current)?.focus();
    // Only a new save moves focus, not typing while problems are shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const built = buildCallConfig(form, facts);
    if (built.issues.length > 0) {
      setIssues(built.issues);
      setFocusRequest((count) => count + 1);
      return;
    }
    setIsSaving(true);
    try {
      const view = await onSave(built.config);
      setIssues([]);
      onSaved(view);
    } catch (error) {
      if (isApiError(error) && error.issues.length > 0) {
        setIssues(error.issues.map((issue) => ({ path: issue.path, message: issue.message })));
      } else {
        setIssues([]);
        setFailure(error);
      }
      setFocusRequest((count) => count + 1);
    } finally {
      setIsSaving(false);
    }
  };

  const describedBy = (id: string) => (placed.has(id) ? `${id}-error` : undefined);
  const invalid = (id: string) => (placed.has(id) ? true : undefined);
  const errorFor = (id: string) => {
    const found = placed.get(id);
    if (!found) return null;
    return (
      <p className="field-error" id={`${id}-error`}>
        {found.map(issueText).join(' ')}
      </p>
    );
  };
  const control = (id: string) => ({ id, 'aria-describedby': describedBy(id), 'aria-invalid': invalid(id) });

  const zone = openingZone(form, facts);
  const agencyName = (code: string) => {
    const agency = agencies.find((item) => item.code === code);
    return agency ? t('call-editor:codeAndName', { code, name: pickBilingual(agency.name, language) }) : code;
  };
  const otherKnown = form.fields.filter((code) => !knownFields.includes(code));

  return (
    <form className="form call-editor" noValidate onSubmit={(event) => void handleSubmit(event)} aria-describedby={issues.length || failure ? 'ce-summary' : undefined}>
      {issues.length > 0 || failure ? (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={summaryRef} id="ce-summary">
          <p className="alert-title">{failure ? errorText(t, failure, language) : t('call-editor:summary.title', { count: issues.length })}</p>
          {issues.length > 0 ? (
            <ul>
              {issues.map((issue, index) => {
                const id = fieldIdForPath(issue.path, form);
                return (
                  <li key={`${issue.path}-${index}`}>
                    {id ? (
                      <a
                        href={`#${id}`}
                        onClick={(event) => {
                          event.preventDefault();
                          const element = document.getElementById(id);
                          const target = element && isFocusable(element) ? element : element?.querySelector<HTMLElement>('input, select, textarea');
                          target?.focus();
                        }}
                      >
                        {issueText(issue)}
                      </a>
                    ) : (
                      <span>{issueText(issue)}</span>
                    )}{' '}
                    <code className="muted">{issue.path}</code>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      ) : null}

      <fieldset className="form-section">
        <legend>{t('call-editor:section.general')}</legend>
        <div className="form-field">
          <label htmlFor="ce-code">{t('call-editor:code')}</label>
          <input {...control('ce-code')} value={form.code} readOnly={isExisting} autoComplete="off" onChange={(event) => update({ code: event.target.value })} />
          <p className="hint">{t('call-editor:codeHint')}</p>
          {errorFor('ce-code')}
        </div>
        <div className="form-field">
          <label htmlFor="ce-programme">{t('call-editor:programme')}</label>
          <select {...control('ce-programme')} value={form.programme} onChange={(event) => update({ programme: event.target.value })}>
            {programmes.some((programme) => programme.code === form.programme) ? null : <option value={form.programme}>{form.programme}</option>}
            {programmes.map((programme) => (
              <option key={programme.code} value={programme.code}>
                {t('call-editor:codeAndName', { code: programme.code, name: pickBilingual(programme.name, language) })}
              </option>
            ))}
          </select>
          {errorFor('ce-programme')}
        </div>
        <BilingualInputs id="ce-title" legend={t('call-editor:title')} en={form.titleEn} ja={form.titleJa} describedBy={describedBy('ce-title')} onChange={(en, ja) => update({ titleEn: en, titleJa: ja })} error={errorFor('ce-title')} />
        <BilingualInputs
          id="ce-description"
          legend={t('call-editor:description')}
          en={form.descriptionEn}
          ja={form.descriptionJa}
          isMultiline
          describedBy={describedBy('ce-description')}
          onChange={(en, ja) => update({ descriptionEn: en, descriptionJa: ja })}
          error={errorFor('ce-description')}
        />
        <div className="form-field">
          <label htmlFor="ce-modality">{t('call-editor:modality')}</label>
          <select {...control('ce-modality')} value={form.modality} onChange={(event) => update({ modality: event.target.value as ModalityOption })}>
            {MODALITY_OPTIONS.map((modality) => (
              <option key={modality} value={modality}>
                {modalityLabel(t, modality)}
              </option>
            ))}
          </select>
          {form.modality === 'twinning' ? <p className="hint">{t('call-editor:twinningHint')}</p> : null}
          {errorFor('ce-modality')}
        </div>
        <fieldset id="ce-fields" className="form-group" aria-describedby={describedBy('ce-fields')}>
          <legend>{t('call-editor:fields')}</legend>
          <FieldCheckboxes choices={[...knownFields, ...otherKnown]} selected={form.fields} onChange={(fields) => update({ fields })} />
          <div className="form-field">
            <label htmlFor="ce-fields-other">{t('call-editor:otherFields')}</label>
            <input id="ce-fields-other" value={form.otherFields} aria-describedby="ce-fields-other-hint" onChange={(event) => update({ otherFields: event.target.value })} />
            <p className="hint" id="ce-fields-other-hint">
              {t('call-editor:otherFieldsHint')}
            </p>
          </div>
          {errorFor('ce-fields')}
        </fieldset>
        <fieldset className="form-group">
          <legend>{t('call-editor:opens', { zone })}</legend>
          <div className="form-row">
            <div className="form-field">
              <label htmlFor="ce-opens">{t('call-editor:date')}</label>
              <input type="date" {...control('ce-opens')} value={form.opensDate} onChange={(event) => update({ opensDate: event.target.value })} />
            </div>
            <div className="form-field">
              <label htmlFor="ce-opens-time">{t('call-editor:time')}</label>
              <input type="time" id="ce-opens-time" step={60} value={form.opensTime} aria-describedby={describedBy('ce-opens')} onChange={(event) => update({ opensTime: event.target.value })} />
            </div>
          </div>
          {errorFor('ce-opens')}
        </fieldset>
      </fieldset>

      <fieldset className="form-section" id="ce-sides" aria-describedby={describedBy('ce-sides')}>
        <legend>{t('call-editor:section.sides')}</legend>
        {errorFor('ce-sides')}
        {form.sides.map((side, index) => {
          const id = `ce-sides-${index}`;
          const agency = facts.get(side.agency);
          const currency = agency?.currency;
          return (
            <fieldset key={side.key} id={id} className="card form-card" aria-describedby={describedBy(id)}>
              <legend>{t('call-editor:side.legend', { number: index + 1 })}</legend>
              {errorFor(id)}
              <div className="form-row">
                <div className="form-field">
                  <label htmlFor={`${id}-agency`}>{t('call-editor:side.agency')}</label>
                  {side.acceptedAgencies ? (
                    <p id={`${id}-agency`}>{side.acceptedAgencies.join(t('list.separator'))}</p>
                  ) : (
                    <select {...control(`${id}-agency`)} value={side.agency} onChange={(event) => updateSide(index, { agency: event.target.value })}>
                      <option value="">{t('call-editor:side.chooseAgency')}</option>
                      {agencies.map((item) => (
                        <option key={item.code} value={item.code}>
                          {agencyName(item.code)}
                        </option>
                      ))}
                    </select>
                  )}
                  {errorFor(`${id}-agency`)}
                </div>
                <div className="form-field">
                  <label htmlFor={`${id}-role`}>{t('call-editor:side.role')}</label>
                  <select {...control(`${id}-role`)} value={side.role} onChange={(event) => updateSide(index, { role: event.target.value === 'lead' ? 'lead' : 'partner' })}>
                    <option value="lead">{sideRoleLabel(t, 'lead')}</option>
                    <option value="partner">{sideRoleLabel(t, 'partner')}</option>
                  </select>
                  {errorFor(`${id}-role`)}
                </div>
              </div>
              <fieldset className="form-group">
                <legend>{agency ? t('call-editor:side.deadlineIn', { zone: agency.timezone }) : t('call-editor:side.deadlineNoAgency')}</legend>
                <div className="form-row">
                  <div className="form-field">
                    <label htmlFor={`${id}-deadline`}>{t('call-editor:date')}</label>
                    <input type="date" {...control(`${id}-deadline`)} value={side.deadlineDate} onChange={(event) => updateSide(index, { deadlineDate: event.target.value })} />
                  </div>
                  <div className="form-field">
                    <label htmlFor={`${id}-deadline-time`}>{t('call-editor:time')}</label>
                    <input type="time" id={`${id}-deadline-time`} step={1} value={side.deadlineTime} aria-describedby={describedBy(`${id}-deadline`)} onChange={(event) => updateSide(index, { deadlineTime: event.target.value })} />
                  </div>
                </div>
                {errorFor(`${id}-deadline`)}
              </fieldset>
              <div className="form-field form-check">
                <label>
                  <input type="checkbox" {...control(`${id}-reviews`)} checked={side.reviews} onChange={(event) => updateSide(index, { reviews: event.target.checked })} /> {t('call-editor:side.reviews')}
                </label>
              </div>
              {form.modality === 'twinning' ? null : (
                <fieldset className="form-group" id={`${id}-budget`} aria-describedby={describedBy(`${id}-budget`)}>
                  <legend>{currency ? t('call-editor:side.budgetIn', { currency, digits: minorUnitDigits(currency) }) : t('call-editor:side.budgetNoAgency')}</legend>
                  <div className="form-row">
                    <div className="form-field">
                      <label htmlFor={`${id}-budget-total`}>{t('call-editor:side.budgetTotal', { currency: currency ?? '' })}</label>
                      <input {...control(`${id}-budget-total`)} inputMode="decimal" value={side.budgetTotal} onChange={(event) => updateSide(index, { budgetTotal: event.target.value })} />
                      {errorFor(`${id}-budget-total`)}
                    </div>
                    <div className="form-field">
                      <label htmlFor={`${id}-budget-perProjectPerYearMax`}>{t('call-editor:side.budgetCap', { currency: currency ?? '' })}</label>
                      <input {...control(`${id}-budget-perProjectPerYearMax`)} inputMode="decimal" value={side.budgetCap} onChange={(event) => updateSide(index, { budgetCap: event.target.value })} />
                      {errorFor(`${id}-budget-perProjectPerYearMax`)}
                    </div>
                  </div>
                  {errorFor(`${id}-budget`)}
                </fieldset>
              )}
              <button type="button" className="button-secondary" onClick={() => update({ sides: form.sides.filter((_item, at) => at !== index) })}>
                {t('call-editor:side.remove', { number: index + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="button-secondary" onClick={() => update({ sides: [...form.sides, emptySide('partner')] })}>
          {t('call-editor:side.add')}
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('call-editor:section.duration')}</legend>
        <div className="form-row" id="ce-durationMonths">
          <div className="form-field">
            <label htmlFor="ce-durationMonths-min">{t('call-editor:durationMin')}</label>
            <input {...control('ce-durationMonths-min')} inputMode="numeric" value={form.durationMin} aria-describedby={describedBy('ce-durationMonths-min') ?? describedBy('ce-durationMonths')} onChange={(event) => update({ durationMin: event.target.value })} />
            {errorFor('ce-durationMonths-min')}
          </div>
          <div className="form-field">
            <label htmlFor="ce-durationMonths-max">{t('call-editor:durationMax')}</label>
            <input {...control('ce-durationMonths-max')} inputMode="numeric" value={form.durationMax} aria-describedby={describedBy('ce-durationMonths-max') ?? describedBy('ce-durationMonths')} onChange={(event) => update({ durationMax: event.target.value })} />
            {errorFor('ce-durationMonths-max')}
          </div>
        </div>
        {errorFor('ce-durationMonths')}
      </fieldset>

      <fieldset className="form-section" id="ce-criteria" aria-describedby={describedBy('ce-criteria')}>
        <legend>{t('call-editor:section.criteria')}</legend>
        {errorFor('ce-criteria')}
        {form.criteria.length === 0 ? <p className="empty">{t('call-editor:criterion.none')}</p> : null}
        {form.criteria.map((criterion, index) => {
          const id = `ce-criteria-${index}`;
          return (
            <fieldset key={criterion.key} id={id} className="card form-card" aria-describedby={describedBy(id)}>
              <legend>{t('call-editor:criterion.legend', { number: index + 1 })}</legend>
              {errorFor(id)}
              <div className="form-row">
                <div className="form-field">
                  <label htmlFor={`${id}-code`}>{t('call-editor:criterion.code')}</label>
                  <input {...control(`${id}-code`)} value={criterion.code} onChange={(event) => updateCriterion(index, { code: event.target.value })} />
                  {errorFor(`${id}-code`)}
                </div>
                <div className="form-field">
                  <label htmlFor={`${id}-weight`}>{t('call-editor:criterion.weight')}</label>
                  <input {...control(`${id}-weight`)} inputMode="decimal" value={criterion.weight} onChange={(event) => updateCriterion(index, { weight: event.target.value })} />
                  {errorFor(`${id}-weight`)}
                </div>
              </div>
              <BilingualInputs
                id={`${id}-name`}
                legend={t('call-editor:criterion.name')}
                en={criterion.nameEn}
                ja={criterion.nameJa}
                describedBy={describedBy(`${id}-name`)}
                onChange={(en, ja) => updateCriterion(index, { nameEn: en, nameJa: ja })}
                error={errorFor(`${id}-name`)}
              />
              <fieldset className="form-group" id={`${id}-scale`} aria-describedby={describedBy(`${id}-scale`)}>
                <legend>{t('call-editor:criterion.scale')}</legend>
                <div className="form-row">
                  <div className="form-field">
                    <label htmlFor={`${id}-scale-min`}>{t('call-editor:criterion.scaleMin')}</label>
                    <input id={`${id}-scale-min`} inputMode="numeric" value={criterion.scaleMin} aria-invalid={invalid(`${id}-scale`)} onChange={(event) => updateCriterion(index, { scaleMin: event.target.value })} />
                  </div>
                  <div className="form-field">
                    <label htmlFor={`${id}-scale-max`}>{t('call-editor:criterion.scaleMax')}</label>
                    <input id={`${id}-scale-max`} inputMode="numeric" value={criterion.scaleMax} aria-invalid={invalid(`${id}-scale`)} onChange={(event) => updateCriterion(index, { scaleMax: event.target.value })} />
                  </div>
                </div>
                {errorFor(`${id}-scale`)}
              </fieldset>
              <button type="button" className="button-secondary" onClick={() => update({ criteria: form.criteria.filter((_item, at) => at !== index) })}>
                {t('call-editor:criterion.remove', { number: index + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="button-secondary" onClick={() => update({ criteria: [...form.criteria, emptyCriterion()] })}>
          {t('call-editor:criterion.add')}
        </button>
      </fieldset>

      <fieldset className="form-section" id="ce-rules" aria-describedby={describedBy('ce-rules')}>
        <legend>{t('call-editor:section.rules')}</legend>
        <p className="hint">{t('call-editor:rule.always')}</p>
        {errorFor('ce-rules')}
        {RULE_NAMES.map((name) => {
          const id = `ce-rule-${name}`;
          const setRule = (patch: object) => update({ rules: { ...form.rules, [name]: { ...form.rules[name], ...patch } } });
          return (
            <div key={name} className="form-field form-check">
              <label>
                <input type="checkbox" {...control(id)} checked={form.rules[name].enabled} onChange={(event) => setRule({ enabled: event.target.checked })} /> {ruleName(t, name)}
              </label>
              {errorFor(id)}
              {name === 'partner_pi_funded_by' && form.rules.partner_pi_funded_by.enabled ? (
                <fieldset className="form-group nested" id={`${id}-agencies`} aria-describedby={describedBy(`${id}-agencies`)}>
                  <legend>{t('call-editor:rule.partnerAgencies')}</legend>
                  <ul className="checkbox-list">
                    {agencies.map((item) => (
                      <li key={item.code}>
                        <label>
                          <input
                            type="checkbox"
                            checked={form.rules.partner_pi_funded_by.agencies.includes(item.code)}
                            onChange={(event) => {
                              const current = form.rules.partner_pi_funded_by.agencies;
                              setRule({ agencies: event.target.checked ? [...current, item.code] : current.filter((code) => code !== item.code) });
                            }}
                          />{' '}
                          {agencyName(item.code)}
                        </label>
                      </li>
                    ))}
                  </ul>
                  {errorFor(`${id}-agencies`)}
                </fieldset>
              ) : null}
              {name === 'exchange_required' && form.rules.exchange_required.enabled ? (
                <div className="form-field nested">
                  <label htmlFor={`${id}-minEarlyCareer`}>{t('call-editor:rule.minEarlyCareer')}</label>
                  <input {...control(`${id}-minEarlyCareer`)} inputMode="numeric" value={form.rules.exchange_required.minEarlyCareer} onChange={(event) => setRule({ minEarlyCareer: event.target.value })} />
                  {errorFor(`${id}-minEarlyCareer`)}
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isSaving}>
          {isSaving ? t('call-editor:saving') : isExisting ? t('call-editor:save') : t('call-editor:create')}
        </button>
      </div>
    </form>
  );
}

function isFocusable(element: HTMLElement): boolean {
  return ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A'].includes(element.tagName);
}

function ruleName(t: (key: string) => string, name: (typeof RULE_NAMES)[number]): string {
  switch (name) {
    case 'partner_pi_funded_by':
      return t('call-editor:rule.partner_pi_funded_by');
    case 'exchange_required':
      return t('call-editor:rule.exchange_required');
    case 'budget_within_cap':
      return t('call-editor:rule.budget_within_cap');
    case 'one_proposal_per_pi':
      return t('call-editor:rule.one_proposal_per_pi');
  }
}

/** English and Japanese versions of one text, grouped under one legend. */
function BilingualInputs({ id, legend, en, ja, isMultiline = false, describedBy, onChange, error }: { id: string; legend: string; en: string; ja: string; isMultiline?: boolean; describedBy?: string; onChange: (en: string, ja: string) => void; error: ReactNode }) {
  const { t } = useTranslation();
  const invalid = describedBy ? true : undefined;
  return (
    <fieldset className="form-group" id={id} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={`${id}-en`}>{t('call-editor:inEnglish')}</label>
          {isMultiline ? (
            <textarea id={`${id}-en`} lang="en" rows={4} value={en} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => onChange(event.target.value, ja)} />
          ) : (
            <input id={`${id}-en`} lang="en" value={en} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => onChange(event.target.value, ja)} />
          )}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-ja`}>{t('call-editor:inJapanese')}</label>
          {isMultiline ? (
            <textarea id={`${id}-ja`} lang="ja" rows={4} value={ja} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => onChange(en, event.target.value)} />
          ) : (
            <input id={`${id}-ja`} lang="ja" value={ja} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => onChange(en, event.target.value)} />
          )}
        </div>
      </div>
      {error}
    </fieldset>
  );
}
