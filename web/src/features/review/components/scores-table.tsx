import { CriterionScores } from './criterion-scores.js';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/queries.js';
import { LocalText } from '../../formatting/components/bilingual-text.js';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { ErrorAlert } from '../../layout/components/page-states.js';
import type { ProposalScores, ScoredReview, ScoresView } from '../api.js';
import { useReopenReview } from '../queries.js';
import { ScoreNumber } from './score-number.js';
import { SpreadBar } from './spread-bar.js';

// Who runs an agency's review and may reopen its reviews (the server decides again).
const REVIEW_OFFICER_ROLES: ReadonlySet<string> = new Set(['programme_officer', 'programme_director', 'partner_officer', 'administrator']);

// The call's staff, who read its scores (`scores.view`).
const CALL_STAFF_ROLES: ReadonlySet<string> = new Set(['programme_officer', 'programme_director', 'security_officer', 'partner_officer']);

function useCanReopen(agency: string): boolean {
  const session = useSession();
  return Boolean(session.data?.user.roles.some((grant) => REVIEW_OFFICER_ROLES.has(grant.role) && (grant.agency === agency || grant.role === 'administrator')));
}

/** The scale every total lies on: from the lowest to the highest point of the call's criteria. */
function totalScale(scores: ScoresView): [number, number] {
  if (scores.criteria.length === 0) return [0, 1];
  return [Math.min(...scores.criteria.map((criterion) => criterion.scale[0])), Math.max(...scores.criteria.map((criterion) => criterion.scale[1]))];
}

/**
 * One agency's scores of a call: per proposal the raw and normalised scores side by side, the
 * percentile, the number of reviews and the spread of their totals; each proposal's reviews open
 * below its row.
 */
export function ScoresTable({ scores }: { scores: ScoresView }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const scale = totalScale(scores);
  const toggle = (proposal: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(proposal)) next.delete(proposal);
      else next.add(proposal);
      return next;
    });
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table scores-table">
        <caption id={`${id}-caption`} className="visually-hidden">
          {t('review:scores.caption', { agency: scores.agency })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('review:scores.proposal')}</th>
            <th scope="col" className="numeric">
              {t('review:scores.raw')}
            </th>
            <th scope="col" className="numeric">
              {t('review:scores.normalized')}
            </th>
            <th scope="col" className="numeric">
              {t('review:scores.percentile')}
            </th>
            <th scope="col" className="numeric">
              {t('review:scores.reviewCount')}
            </th>
            <th scope="col">{t('review:scores.spread')}</th>
          </tr>
        </thead>
        <tbody>
          {scores.proposals.map((entry) => {
            const isOpen = open.has(entry.proposal);
            const panelId = `${id}-${entry.proposal}`;
            return (
              <Fragment key={entry.proposal}>
                <tr>
                  <th scope="row" className="row-heading">
                    <button type="button" className="button-link scores-toggle" aria-expanded={isOpen} aria-controls={panelId} onClick={() => toggle(entry.proposal)}>
                      <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span> <code>{entry.proposal}</code>
                    </button>
                    <span className="scores-title">
                      <LocalText value={entry.title} />
                    </span>
                  </th>
                  <td className="numeric">
                    <ScoreNumber value={entry.raw} />
                  </td>
                  <td className="numeric">
                    <ScoreNumber value={entry.normalized} isSigned />
                  </td>
                  <td className="numeric">
                    <ScoreNumber value={entry.percentile} digits={1} />
                  </td>
                  <td className="numeric">{entry.reviewCount}</td>
                  <td>
                    <SpreadBar min={entry.spread.min} max={entry.spread.max} sd={entry.spread.sd} raw={entry.raw} scale={scale} />
                  </td>
                </tr>
                <tr id={panelId} hidden={!isOpen} className="scores-reviews-row">
                  <td colSpan={6}>{isOpen ? <ReviewList scores={scores} entry={entry} /> : null}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ReviewList({ scores, entry }: { scores: ScoresView; entry: ProposalScores }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list scores-reviews" aria-label={t('review:scores.reviewsOf', { proposal: entry.proposal })}>
      {entry.reviews.map((review) => (
        <li key={review.reviewer} className="card">
          <ReviewDetails scores={scores} proposal={entry.proposal} review={review} />
        </li>
      ))}
    </ul>
  );
}

function ReviewDetails({ scores, proposal, review }: { scores: ScoresView; proposal: string; review: ScoredReview }) {
  const { t } = useTranslation();
  const canReopen = useCanReopen(scores.agency);
  return (
    <>
      <h3 className="scores-reviewer">
        <LocalText value={review.reviewerName} /> <code className="muted">{review.reviewer}</code>
      </h3>
      <dl className="review-facts">
        <div>
          <dt>{t('review:scores.total')}</dt>
          <dd>
            <ScoreNumber value={review.total} />
          </dd>
        </div>
        <div>
          <dt>{t('review:scores.standardized')}</dt>
          <dd>
            <ScoreNumber value={review.standardized} isSigned />
          </dd>
        </div>
        <div>
          <dt>{t('review:form.confidence')}</dt>
          <dd>{review.confidence === null ? t('review:form.noScore') : review.confidence}</dd>
        </div>
        {review.submittedAt ? (
          <div>
            <dt>{t('review:form.submittedAt')}</dt>
            <dd>
              <LocalInstant iso={review.submittedAt} />
            </dd>
          </div>
        ) : null}
      </dl>
      <dl className="review-scores">
        <CriterionScores criteria={scores.criteria} scores={review.scores} />
      </dl>
      {review.comment?.ja ? (
        <div className="review-comment">
          <h4>{t('review:form.commentJa')}</h4>
          <p lang="ja" className="prewrap">
            {review.comment.ja}
          </p>
        </div>
      ) : null}
      {review.comment?.en ? (
        <div className="review-comment">
          <h4>{t('review:form.commentEn')}</h4>
          <p lang="en" className="prewrap">
            {review.comment.en}
          </p>
        </div>
      ) : null}
      {canReopen ? <ReopenForm code={scores.call} agency={scores.agency} proposal={proposal} reviewer={review.reviewer} /> : null}
    </>
  );
}

function ReopenForm({ code, agency, proposal, reviewer }: { code: string; agency: string; proposal: string; reviewer: string }) {
  const { t } = useTranslation();
  const id = useId();
  const reopen = useReopenReview(code, agency);
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [isMissing, setIsMissing] = useState(false);
  if (!isOpen) {
    return (
      <button type="button" className="button-secondary" onClick={() => setIsOpen(true)}>
        {t('review:reopen.button')}
      </button>
    );
  }
  return (
    <form
      className="form"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) {
          setIsMissing(true);
          return;
        }
        reopen.mutate({ proposal, reviewer, reason }, { onSuccess: () => setIsOpen(false) });
      }}
    >
      <p id={`${id}-heading`}>{t('review:reopen.explain', { proposal, reviewer })}</p>
      <div className="form-field">
        <label htmlFor={`${id}-reason`}>{t('review:reopen.reason')}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          value={reason}
          aria-invalid={isMissing ? true : undefined}
          aria-describedby={isMissing ? `${id}-error` : undefined}
          onChange={(event) => {
            setReason(event.target.value);
            setIsMissing(false);
          }}
        />
        {isMissing ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {t('review:reopen.reasonRequired')}
          </p>
        ) : null}
      </div>
      {reopen.isError ? <ErrorAlert error={reopen.error} isFocused /> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={reopen.isPending}>
          {t('review:reopen.confirm')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setIsOpen(false)}>
          {t('review:reopen.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Links to a call's scores per reviewing agency, for the call's staff (the server checks again). */
export function ScoresLinks({ code, agencies }: { code: string; agencies: readonly string[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const roles = session.data?.user.roles ?? [];
  const isStaff = roles.some((grant) => grant.role === 'administrator' || (grant.agency !== null && agencies.includes(grant.agency) && CALL_STAFF_ROLES.has(grant.role)));
  if (!isStaff || agencies.length === 0) return null;
  return (
    <>
      {agencies.map((agency) => (
        <li key={agency}>
          <Link className="button-secondary" to={`/calls/${encodeURIComponent(code)}/review/${encodeURIComponent(agency)}/scores`}>
            {t('review:scores.link', { agency })}
          </Link>
        </li>
      ))}
    </>
  );
}
