import { FieldCheckboxes } from '../../formatting/components/field-checkboxes.js';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../layout/components/page-states.js';
import type { Reviewer, UpdateReviewerBody } from '../api.js';
import {
  affiliationsBody,
  emptyAffiliation,
  emptyPublication,
  formFromReviewer,
  publicationsBody,
  splitList,
  type AffiliationRow,
  type PublicationRow,
  type ReviewerFormState,
} from '../reviewer-form.js';

type Props = {
  reviewer: Reviewer;
  /** Officers set loads; a reviewer editing their own profile does not see them. */
  canEditLoads: boolean;
  onSave: (body: UpdateReviewerBody) => Promise<unknown>;
  onCancel?: () => void;
};

/** Edits a reviewer's fields, keywords (either language), loads, publications and affiliations. */
export function ReviewerEditor({ reviewer, canEditLoads, onSave, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<ReviewerFormState>(() => formFromReviewer(reviewer));
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const knownFields = Object.keys(i18n.getResourceBundle('en', 'fields') ?? {});
  const fieldChoices = [...knownFields, ...form.fields.filter((code) => !knownFields.includes(code))];
  const update = (changes: Partial<ReviewerFormState>) => setForm((previous) => ({ ...previous, ...changes }));
  const updatePublication = (key: string, changes: Partial<PublicationRow>) =>
    update({ publications: form.publications.map((row) => (row.key === key ? { ...row, ...changes } : row)) });
  const updateAffiliation = (key: string, changes: Partial<AffiliationRow>) =>
    update({ affiliations: form.affiliations.map((row) => (row.key === key ? { ...row, ...changes } : row)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    setError(null);
    try {
      await onSave({
        fields: form.fields,
        keywords: splitList(form.keywords),
        ...(canEditLoads ? { minLoad: Number(form.minLoad), maxLoad: Number(form.maxLoad) } : {}),
        publications: publicationsBody(form.publications),
        affiliations: affiliationsBody(form.affiliations),
      });
      setSavedAt(Date.now());
    } catch (caught) {
      setError(caught);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form className="form pool-editor" onSubmit={submit} noValidate aria-describedby={error ? `${id}-error` : undefined}>
      {error ? <ErrorAlert error={error} isFocused id={`${id}-error`} /> : null}
      <fieldset className="form-group">
        <legend>{t('pool:editor.fields')}</legend>
        <FieldCheckboxes choices={fieldChoices} selected={form.fields} onChange={(fields) => update({ fields })} />
      </fieldset>
      <div className="form-field">
        <label htmlFor={`${id}-keywords`}>{t('pool:editor.keywords')}</label>
        <textarea id={`${id}-keywords`} rows={4} value={form.keywords} aria-describedby={`${id}-keywords-hint`} onChange={(event) => update({ keywords: event.target.value })} />
        <p className="hint" id={`${id}-keywords-hint`}>
          {t('pool:editor.keywordsHint')}
        </p>
      </div>
      {canEditLoads ? (
        <div className="form-row">
          <div className="form-field">
            <label htmlFor={`${id}-min`}>{t('pool:editor.minLoad')}</label>
            <input id={`${id}-min`} type="number" inputMode="numeric" min={0} value={form.minLoad} onChange={(event) => update({ minLoad: event.target.value })} />
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-max`}>{t('pool:editor.maxLoad')}</label>
            <input id={`${id}-max`} type="number" inputMode="numeric" min={0} value={form.maxLoad} onChange={(event) => update({ maxLoad: event.target.value })} />
          </div>
        </div>
      ) : (
        <p className="hint">{t('pool:editor.loadsByOfficer', { min: reviewer.minLoad, max: reviewer.maxLoad })}</p>
      )}

      <fieldset className="form-group">
        <legend>{t('pool:editor.publications')}</legend>
        <p className="hint" id={`${id}-authors-hint`}>
          {t('pool:editor.authorsHint')}
        </p>
        {form.publications.length === 0 ? <p className="empty">{t('pool:editor.noPublications')}</p> : null}
        <ol className="pool-rows">
          {form.publications.map((row, index) => (
            <li key={row.key} className="pool-row">
              <div className="form-row">
                <div className="form-field pool-year">
                  <label htmlFor={`${id}-${row.key}-year`}>{t('pool:editor.year')}</label>
                  <input id={`${id}-${row.key}-year`} type="number" inputMode="numeric" value={row.year} onChange={(event) => updatePublication(row.key, { year: event.target.value })} />
                </div>
                <div className="form-field">
                  <label htmlFor={`${id}-${row.key}-doi`}>{t('pool:editor.doi')}</label>
                  <input id={`${id}-${row.key}-doi`} value={row.doi} onChange={(event) => updatePublication(row.key, { doi: event.target.value })} />
                </div>
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-${row.key}-title`}>{t('pool:editor.title')}</label>
                <input id={`${id}-${row.key}-title`} value={row.title} onChange={(event) => updatePublication(row.key, { title: event.target.value })} />
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-${row.key}-authors`}>{t('pool:editor.authors')}</label>
                <input id={`${id}-${row.key}-authors`} value={row.authors} aria-describedby={`${id}-authors-hint`} onChange={(event) => updatePublication(row.key, { authors: event.target.value })} />
              </div>
              <button type="button" className="button-secondary" onClick={() => update({ publications: form.publications.filter((item) => item.key !== row.key) })}>
                {t('pool:editor.removePublication', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button-secondary" onClick={() => update({ publications: [...form.publications, emptyPublication()] })}>
          {t('pool:editor.addPublication')}
        </button>
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('pool:editor.affiliations')}</legend>
        <p className="hint">{t('pool:editor.affiliationsHint')}</p>
        {form.affiliations.length === 0 ? <p className="empty">{t('pool:editor.noAffiliations')}</p> : null}
        <ol className="pool-rows">
          {form.affiliations.map((row, index) => (
            <li key={row.key} className="pool-row">
              <div className="form-field">
                <label htmlFor={`${id}-${row.key}-org`}>{t('pool:editor.organisation')}</label>
                <input id={`${id}-${row.key}-org`} value={row.organisation} onChange={(event) => updateAffiliation(row.key, { organisation: event.target.value })} />
              </div>
              <div className="form-row">
                <div className="form-field">
                  <label htmlFor={`${id}-${row.key}-from`}>{t('pool:editor.from')}</label>
                  <input id={`${id}-${row.key}-from`} type="date" value={row.from} onChange={(event) => updateAffiliation(row.key, { from: event.target.value })} />
                </div>
                <div className="form-field">
                  <label htmlFor={`${id}-${row.key}-to`}>{t('pool:editor.to')}</label>
                  <input id={`${id}-${row.key}-to`} type="date" value={row.to} onChange={(event) => updateAffiliation(row.key, { to: event.target.value })} />
                </div>
              </div>
              <button type="button" className="button-secondary" onClick={() => update({ affiliations: form.affiliations.filter((item) => item.key !== row.key) })}>
                {t('pool:editor.removeAffiliation', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button-secondary" onClick={() => update({ affiliations: [...form.affiliations, emptyAffiliation()] })}>
          {t('pool:editor.addAffiliation')}
        </button>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isSaving}>
          {isSaving ? t('pool:editor.saving') : t('pool:editor.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('pool:editor.close')}
          </button>
        ) : null}
        <p role="status" className="muted">
          {savedAt && !isSaving && !error ? t('pool:editor.saved') : ''}
        </p>
      </div>
    </form>
  );
}
