import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalText } from '../../formatting/components/bilingual-text.js';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { fieldLabel, joinList } from '../../formatting/labels.js';
import { actorText } from '../../conflicts/reason-label.js';
import { ErrorAlert } from '../../layout/components/page-states.js';
import type { Reviewer } from '../api.js';
import { useRemoveReviewer, useUpdateReviewer } from '../queries.js';
import { ReviewerEditor } from './reviewer-editor.js';

/** A reviewer's editor for officers: every attribute, their declared conflicts, and removal. */
export function ReviewerPanel({ agency, reviewer, canManage, onClose }: { agency: string; reviewer: Reviewer; canManage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateReviewer(agency);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [reviewer.person]);

  return (
    <section className="card pool-panel" aria-labelledby="pool-panel-title">
      <h2 id="pool-panel-title" tabIndex={-1} ref={headingRef}>
        <LocalText value={reviewer.name} />
      </h2>
      <dl className="details">
        <dt>{t('pool:panel.person')}</dt>
        <dd>
          <code>{reviewer.person}</code>
        </dd>
        <dt>{t('pool:panel.orcid')}</dt>
        <dd>{reviewer.orcid ?? t('pool:panel.none')}</dd>
        <dt>{t('pool:panel.reviews')}</dt>
        <dd>{reviewer.reviewCount}</dd>
      </dl>
      {canManage ? (
        <ReviewerEditor key={reviewer.person} reviewer={reviewer} canEditLoads onSave={(body) => update.mutateAsync({ person: reviewer.person, body })} onCancel={onClose} />
      ) : (
        <ReviewerSummary reviewer={reviewer} />
      )}

      <h3>{t('pool:panel.declared')}</h3>
      {reviewer.conflicts.length === 0 ? (
        <p className="empty">{t('pool:panel.noDeclared')}</p>
      ) : (
        <ul className="plain-list">
          {reviewer.conflicts.map((declaration) => (
            <li key={declaration.proposal}>
              <code>{declaration.proposal}</code> <span className="muted">{declaration.call}</span>
              {declaration.note ? <p>{declaration.note}</p> : null}
              <p className="muted">
                {declaration.declaredBy ? t('pool:panel.declaredBy', { who: actorText(declaration.declaredBy) }) : t('pool:panel.imported')}{' '}
                {declaration.declaredAt ? <LocalInstant iso={declaration.declaredAt} /> : null}
              </p>
            </li>
          ))}
        </ul>
      )}

      {canManage ? <RemoveReviewer agency={agency} reviewer={reviewer} onRemoved={onClose} /> : null}
    </section>
  );
}

/** A reviewer's profile as text, for staff who may read the pool but not change it. */
function ReviewerSummary({ reviewer }: { reviewer: Reviewer }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="hint">{t('pool:panel.readOnly')}</p>
      <dl className="details">
        <dt>{t('pool:editor.fields')}</dt>
        <dd>{joinList(t, reviewer.fields.map((code) => fieldLabel(t, code)))}</dd>
        <dt>{t('pool:editor.keywords')}</dt>
        <dd>{joinList(t, reviewer.keywords)}</dd>
        <dt>{t('pool:table.loads')}</dt>
        <dd>{t('pool:table.loadRange', { min: reviewer.minLoad, max: reviewer.maxLoad })}</dd>
        <dt>{t('pool:editor.affiliations')}</dt>
        <dd>
          <ul className="plain-list">
            {reviewer.affiliations.map((affiliation, index) => (
              <li key={`${affiliation.organisation}-${index}`}>
                <LocalText value={affiliation.name} /> {t('pool:panel.period', { from: affiliation.from, to: affiliation.to ?? t('pool:panel.current') })}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('pool:editor.publications')}</dt>
        <dd>
          <ul className="plain-list">
            {reviewer.publications.map((publication, index) => (
              <li key={index}>
                {t('pool:panel.publication', { year: publication.year, title: publication.title, authors: joinList(t, publication.authors.map((author) => author.orcid ?? author.person)) })}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </>
  );
}

/** Removal, confirmed first; the server refuses while the reviewer holds reviews. */
function RemoveReviewer({ agency, reviewer, onRemoved }: { agency: string; reviewer: Reviewer; onRemoved: () => void }) {
  const { t } = useTranslation();
  const remove = useRemoveReviewer(agency);
  const [isConfirming, setIsConfirming] = useState(false);
  return (
    <>
      <h3>{t('pool:panel.removeTitle')}</h3>
      {remove.error ? <ErrorAlert error={remove.error} isFocused /> : null}
      {reviewer.reviewCount > 0 ? <p className="hint">{t('pool:panel.removeBlocked', { count: reviewer.reviewCount })}</p> : null}
      {isConfirming ? (
        <div className="form-actions">
          <button
            type="button"
            className="button-primary"
            disabled={remove.isPending}
            onClick={async () => {
              try {
                await remove.mutateAsync(reviewer.person);
                onRemoved();
              } catch {
                setIsConfirming(false);
              }
            }}
          >
            {t('pool:panel.removeConfirm')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setIsConfirming(false)}>
            {t('pool:panel.removeCancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setIsConfirming(true)}>
          {t('pool:panel.remove')}
        </button>
      )}
    </>
  );
}
