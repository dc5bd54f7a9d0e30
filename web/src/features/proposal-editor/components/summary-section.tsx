import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../formatting/labels.js';
import type { DraftView } from '../api.js';
import type { EditorForm } from '../editor-form.js';
import type { EditTarget } from '../use-autosave.js';

type Props = { form: EditorForm; view: DraftView; edit: (target: EditTarget, update: (form: EditorForm) => EditorForm) => void };

/** Title, abstract and keywords in both languages, field and duration: the lead PI's common parts. */
export function SummarySection({ form, view, edit }: Props) {
  const { t } = useTranslation();
  const { t: tWeb } = useTranslation();
  const isReadOnly = !view.editable.common;
  const bounds = view.call.durationMonths;
  return (
    <section aria-labelledby="editor-summary">
      <h2 id="editor-summary">{t('proposal-editor:section.summary')}</h2>
      {isReadOnly && view.proposal.status === 'draft' ? <p className="muted">{t('proposal-editor:summary.leadOnly')}</p> : null}
      <div className="form-grid">
        <label htmlFor="title-en">{t('proposal-editor:summary.titleEn')}</label>
        <input id="title-en" lang="en" value={form.title.en} readOnly={isReadOnly} onChange={(event) => edit({ common: 'title' }, (current) => ({ ...current, title: { ...current.title, en: event.target.value } }))} />
        <label htmlFor="title-ja">{t('proposal-editor:summary.titleJa')}</label>
        <input id="title-ja" lang="ja" value={form.title.ja} readOnly={isReadOnly} onChange={(event) => edit({ common: 'title' }, (current) => ({ ...current, title: { ...current.title, ja: event.target.value } }))} />
        <label htmlFor="abstract-en">{t('proposal-editor:summary.abstractEn')}</label>
        <textarea id="abstract-en" lang="en" rows={5} value={form.abstract.en} readOnly={isReadOnly} onChange={(event) => edit({ common: 'abstract' }, (current) => ({ ...current, abstract: { ...current.abstract, en: event.target.value } }))} />
        <label htmlFor="abstract-ja">{t('proposal-editor:summary.abstractJa')}</label>
        <textarea id="abstract-ja" lang="ja" rows={5} value={form.abstract.ja} readOnly={isReadOnly} onChange={(event) => edit({ common: 'abstract' }, (current) => ({ ...current, abstract: { ...current.abstract, ja: event.target.value } }))} />
        <label htmlFor="keywords">{t('proposal-editor:summary.keywords')}</label>
        <input id="keywords" aria-describedby="keywords-hint" value={form.keywords} readOnly={isReadOnly} onChange={(event) => edit({ common: 'keywords' }, (current) => ({ ...current, keywords: event.target.value }))} />
        <p id="keywords-hint" className="muted">
          {t('proposal-editor:summary.keywordsHint')}
        </p>
        <label htmlFor="field">{t('proposal-editor:summary.field')}</label>
        <select id="field" value={form.field} disabled={isReadOnly} onChange={(event) => edit({ common: 'field' }, (current) => ({ ...current, field: event.target.value }))}>
          {view.call.fields.map((field) => (
            <option key={field} value={field}>
              {fieldLabel(tWeb, field)}
            </option>
          ))}
        </select>
        <label htmlFor="duration">{t('proposal-editor:summary.duration')}</label>
        <input
          id="duration"
          type="number"
          min={1}
          max={120}
          aria-describedby="duration-hint"
          value={form.durationMonths}
          readOnly={isReadOnly}
          onChange={(event) => edit({ common: 'durationMonths' }, (current) => ({ ...current, durationMonths: event.target.value }))}
        />
        <p id="duration-hint" className="muted">
          {bounds ? t('proposal-editor:summary.durationBounds', { min: bounds.min, max: bounds.max }) : t('proposal-editor:summary.durationFree')}
        </p>
      </div>
    </section>
  );
}
