import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../layout/components/page-states.js';
import { useAddReviewer } from '../queries.js';

type Mode = 'person' | 'orcid';

/**
 * Adds a reviewer: a person already in the platform by ref, or by ORCID iD — with a name when
 * nobody has that iD yet, which creates the person. The server checks the iD's check digit.
 */
export function AddReviewerForm({ agency, onAdded }: { agency: string; onAdded: (person: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const add = useAddReviewer(agency);
  const [mode, setMode] = useState<Mode>('orcid');
  const [person, setPerson] = useState('');
  const [orcid, setOrcid] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [nameJa, setNameJa] = useState('');
  const [maxLoad, setMaxLoad] = useState('6');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const identity = mode === 'person' ? { person: person.trim() } : { orcid: orcid.trim(), ...(nameEn.trim() || nameJa.trim() ? { name: { en: nameEn.trim() || null, ja: nameJa.trim() || null } } : {}) };
    try {
      const added = await add.mutateAsync({ ...identity, maxLoad: Number(maxLoad) });
      setPerson('');
      setOrcid('');
      setNameEn('');
      setNameJa('');
      onAdded(added.person);
    } catch {
      // The error is shown from the mutation's state.
    }
  };

  return (
    <form className="form card form-card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('pool:add.title')}</h2>
      {add.error ? <ErrorAlert error={add.error} isFocused /> : null}
      <fieldset className="form-group">
        <legend>{t('pool:add.by')}</legend>
        <label className="form-check">
          <input type="radio" name={`${id}-mode`} checked={mode === 'orcid'} onChange={() => setMode('orcid')} /> {t('pool:add.byOrcid')}
        </label>
        <label className="form-check">
          <input type="radio" name={`${id}-mode`} checked={mode === 'person'} onChange={() => setMode('person')} /> {t('pool:add.byPerson')}
        </label>
      </fieldset>
      {mode === 'person' ? (
        <div className="form-field">
          <label htmlFor={`${id}-person`}>{t('pool:add.person')}</label>
          <input id={`${id}-person`} value={person} required autoComplete="off" onChange={(event) => setPerson(event.target.value)} />
        </div>
      ) : (
        <>
          <div className="form-field">
            <label htmlFor={`${id}-orcid`}>{t('pool:add.orcid')}</label>
            <input id={`${id}-orcid`} value={orcid} required autoComplete="off" placeholder="0000-0002-1825-0097" aria-describedby={`${id}-orcid-hint`} onChange={(event) => setOrcid(event.target.value)} />
            <p className="hint" id={`${id}-orcid-hint`}>
              {t('pool:add.orcidHint')}
            </p>
          </div>
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={`${id}-name-en`}>{t('pool:add.nameEn')}</label>
              <input id={`${id}-name-en`} lang="en" value={nameEn} onChange={(event) => setNameEn(event.target.value)} />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-name-ja`}>{t('pool:add.nameJa')}</label>
              <input id={`${id}-name-ja`} lang="ja" value={nameJa} onChange={(event) => setNameJa(event.target.value)} />
            </div>
          </div>
        </>
      )}
      <div className="form-field pool-year">
        <label htmlFor={`${id}-max`}>{t('pool:editor.maxLoad')}</label>
        <input id={`${id}-max`} type="number" inputMode="numeric" min={0} value={maxLoad} onChange={(event) => setMaxLoad(event.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={add.isPending}>
          {t('pool:add.submit')}
        </button>
      </div>
    </form>
  );
}
