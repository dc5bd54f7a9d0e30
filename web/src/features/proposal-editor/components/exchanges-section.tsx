import { useTranslation } from 'react-i18next';
import { pickBilingual } from '../../formatting/bilingual.js';
import { useLanguage } from '../../language/use-language.js';
import type { DraftView } from '../api.js';
import type { EditorForm } from '../editor-form.js';
import type { EditTarget } from '../use-autosave.js';

type Props = { form: EditorForm; view: DraftView; edit: (target: EditTarget, update: (form: EditorForm) => EditorForm) => void };
type ExchangeRow = EditorForm['exchanges'][number];

/** The exchange plan: who goes where, for how many months, and why (the lead PI edits it). */
export function ExchangesSection({ form, view, edit }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const canEdit = view.editable.common;
  const names = new Map(view.people.map((person) => [person.ref, pickBilingual(person.name, language) || person.ref]));
  const teamPeople = [...new Set(view.proposal.teams.flatMap((team) => [team.pi, ...team.members]))];
  const lead = view.proposal.teams.find((team) => team.role === 'lead');
  const partner = view.proposal.teams.find((team) => team.role === 'partner');
  const update = (position: number, changes: Partial<ExchangeRow>) =>
    edit({ common: 'exchanges' }, (current) => ({ ...current, exchanges: current.exchanges.map((row, at) => (at === position ? { ...row, ...changes } : row)) }));
  return (
    <section aria-labelledby="editor-exchanges">
      <h2 id="editor-exchanges">{t('proposal-editor:section.exchanges')}</h2>
      {form.exchanges.length === 0 ? <p className="empty">{t('proposal-editor:exchange.none')}</p> : null}
      {form.exchanges.map((exchange, position) => {
        const id = `exchange-${position}`;
        return (
          <fieldset key={id}>
            <legend>{t('proposal-editor:exchange.legend', { number: position + 1 })}</legend>
            <div className="form-grid">
              <label htmlFor={`${id}-person`}>{t('proposal-editor:exchange.person')}</label>
              <select id={`${id}-person`} value={exchange.person} disabled={!canEdit} onChange={(event) => update(position, { person: event.target.value })}>
                {teamPeople.map((ref) => (
                  <option key={ref} value={ref}>
                    {names.get(ref) ?? ref}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-from`}>{t('proposal-editor:exchange.from')}</label>
              <input id={`${id}-from`} maxLength={2} value={exchange.from} readOnly={!canEdit} onChange={(event) => update(position, { from: event.target.value.toUpperCase() })} />
              <label htmlFor={`${id}-to`}>{t('proposal-editor:exchange.to')}</label>
              <input id={`${id}-to`} maxLength={2} value={exchange.to} readOnly={!canEdit} onChange={(event) => update(position, { to: event.target.value.toUpperCase() })} />
              <label htmlFor={`${id}-months`}>{t('proposal-editor:exchange.months')}</label>
              <input id={`${id}-months`} type="number" min={1} max={120} value={exchange.months} readOnly={!canEdit} onChange={(event) => update(position, { months: Number(event.target.value) })} />
              <label htmlFor={`${id}-purpose`}>{t('proposal-editor:exchange.purpose')}</label>
              <input id={`${id}-purpose`} value={exchange.purpose?.en ?? exchange.purpose?.ja ?? ''} readOnly={!canEdit} onChange={(event) => update(position, { purpose: { en: event.target.value } })} />
            </div>
            {canEdit ? (
              <button type="button" className="button-secondary" onClick={() => edit({ common: 'exchanges' }, (current) => ({ ...current, exchanges: current.exchanges.filter((_, at) => at !== position) }))}>
                {t('proposal-editor:exchange.remove', { number: position + 1 })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {canEdit && teamPeople[0] ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            edit({ common: 'exchanges' }, (current) => ({
              ...current,
              exchanges: [...current.exchanges, { person: teamPeople[0] ?? '', from: lead?.country ?? 'JP', to: partner?.country ?? 'US', months: 3, purpose: null }],
            }))
          }
        >
          {t('proposal-editor:exchange.add')}
        </button>
      ) : null}
    </section>
  );
}
