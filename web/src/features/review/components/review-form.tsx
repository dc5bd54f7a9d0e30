import { CriterionScores } from './criterion-scores.js';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiIssue } from '../../../api-client.js';
import { LocalText, OtherLanguageText } from '../../formatting/components/bilingual-text.js';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { ErrorAlert } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import type { ReviewAssignmentView, ReviewCriterion, SaveReviewBody } from '../api.js';
import { useWriteReview } from '../queries.js';
import { ScoreNumber } from './score-number.js';

type FormState = { scores: Record<string, number | null>; confidence: number | null; en: string; ja: string };

const CONFIDENCE_LEVELS = [1, 2, 3, 4, 5] as const;
// Scales wider than this are offered as a list box rather than a row of radio buttons.
const MAX_RADIO_POINTS = 11;
// The form saves itself this long after the last change, as the proposal editor does.
const AUTOSAVE_DELAY_MS = 3000;

function initialState(view: ReviewAssignmentView): FormState {
  return {
    scores: Object.fromEntries(view.criteria.map((criterion) => [criterion.code, view.review.scores[criterion.code] ?? null])),
    confidence: view.review.confidence,
    en: view.review.comment.en ?? '',
    ja: view.review.comment.ja ?? '',
  };
}

function toBody(state: FormState, version: number): SaveReviewBody {
  return { version, scores: state.scores, confidence: state.confidence, comment: { en: state.en, ja: state.ja } };
}

function sameState(a: FormState, b: FormState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pointsOf(criterion: ReviewCriterion): number[] {
  const [min, max] = criterion.scale;
  const points: number[] = [];
  for (let point = Math.ceil(min); point <= max; point += 1) points.push(point);
  return points;
}

/**
 * The reviewer's form: each criterion on its scale, a confidence, comments in Japanese and
 * English. Saves a draft on request and by itself a few seconds after a change; submitting asks
 * for confirmation. A submitted review, and any review while its call is not under review, is
 * shown read-only.
 */
export function ReviewForm({ proposalRef, view, onReload }: { proposalRef: string; view: ReviewAssignmentView; onReload: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const write = useWriteReview(proposalRef);
  const [state, setState] = useState<FormState>(() => initialState(view));
  const [saved, setSaved] = useState<FormState>(() => initialState(view));
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isSubmitted = view.review.status === 'submitted';
  const isDirty = !sameState(state, saved);
  const version = view.review.version;
  // Autosave stops after a failure other than a field's problem (a conflict, a final review, the
  // network) until the reviewer acts, so that it does not retry what cannot succeed.
  const isAutosaveBlocked = error !== null && !(isApiError(error) && error.code === 'VALIDATION_FAILED');

  const run = (isSubmitting: boolean) => {
    const sent = state;
    setError(null);
    write.mutate(
      { body: toBody(sent, version), isSubmitting },
      {
        onSuccess: () => {
          setSaved(sent);
          setIsConfirming(false);
        },
        onError: (failure) => {
          setError(failure);
          setIsConfirming(false);
        },
      },
    );
  };

  // Autosave: after a pause in typing, unless a save is running, the last one failed, or the review is final.
  useEffect(() => {
    if (isSubmitted || !isDirty || write.isPending || isAutosaveBlocked) return;
    const timer = window.setTimeout(() => run(false), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
    // run reads the current state; the timer restarts whenever it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, isDirty, isSubmitted, write.isPending, isAutosaveBlocked]);

  const issues: ApiIssue[] = isApiError(error) ? error.issues : [];
  const issueFor = (path: string) => issues.find((issue) => issue.path === path);
  const isConflict = isApiError(error) && error.code === 'CONFLICT';

  if (isSubmitted) return <ReadOnlyReview view={view} />;
  if (!view.isOpen) return <ReadOnlyReview view={view} isClosed />;

  return (
    <form
      className="form review-form"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        run(false);
      }}
    >
      <h2 id={`${id}-heading`}>{t('review:form.title')}</h2>
      {view.review.reopenedAt ? (
        <p className="alert review-reopened">
          {t('review:form.reopened')} <LocalInstant iso={view.review.reopenedAt} />
        </p>
      ) : null}
      {view.criteria.map((criterion) => (
        <CriterionField
          key={criterion.code}
          criterion={criterion}
          value={state.scores[criterion.code] ?? null}
          issue={issueFor(`scores.${criterion.code}`)}
          onChange={(value) => setState((current) => ({ ...current, scores: { ...current.scores, [criterion.code]: value } }))}
        />
      ))}
      <ConfidenceField value={state.confidence} issue={issueFor('confidence')} onChange={(value) => setState((current) => ({ ...current, confidence: value }))} />
      <CommentField language="ja" value={state.ja} onChange={(value) => setState((current) => ({ ...current, ja: value }))} />
      <CommentField language="en" value={state.en} onChange={(value) => setState((current) => ({ ...current, en: value }))} />

      {error !== null ? <ErrorAlert error={error} isFocused /> : null}
      <div className="save-status" role="status" aria-live="polite">
        {write.isPending ? t('review:form.saving') : isDirty ? t('review:form.unsaved') : view.review.updatedAt ? (
          <>
            {t('review:form.savedAt')} <LocalInstant iso={view.review.updatedAt} />
          </>
        ) : (
          t('review:form.notSaved')
        )}
      </div>
      {isConflict ? (
        <p>
          {t('review:form.conflictHint')}{' '}
          <button type="button" className="button-secondary" onClick={onReload}>
            {t('review:form.reload')}
          </button>
        </p>
      ) : null}
      {isConfirming ? (
        <div role="group" aria-labelledby={`${id}-confirm`} className="review-confirm">
          <p id={`${id}-confirm`}>{t('review:form.confirmSubmit')}</p>
          <div className="form-actions">
            <button type="button" className="button-primary" disabled={write.isPending} onClick={() => run(true)}>
              {t('review:form.confirmButton')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setIsConfirming(false)}>
              {t('review:form.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <button type="submit" className="button-secondary" disabled={write.isPending}>
            {t('review:form.saveDraft')}
          </button>
          <button type="button" className="button-primary" disabled={write.isPending} aria-describedby={`${id}-submit-hint`} onClick={() => setIsConfirming(true)}>
            {t('review:form.submit')}
          </button>
          <p id={`${id}-submit-hint`} className="muted">
            {t('review:form.submitHint')}
          </p>
        </div>
      )}
    </form>
  );
}

function FieldError({ id, issue }: { id: string; issue: ApiIssue | undefined }) {
  const language = useLanguage();
  if (!issue) return null;
  return (
    <p id={id} className="field-error">
      {issue.message[language] || issue.message.en}
    </p>
  );
}

function CriterionField({ criterion, value, issue, onChange }: { criterion: ReviewCriterion; value: number | null; issue: ApiIssue | undefined; onChange: (value: number | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const points = useMemo(() => pointsOf(criterion), [criterion]);
  const hint = t('review:form.scale', { min: criterion.scale[0], max: criterion.scale[1], weight: criterion.weight });
  const describedBy = issue ? `${id}-hint ${id}-error` : `${id}-hint`;
  if (points.length > MAX_RADIO_POINTS) {
    return (
      <div className="form-field review-criterion">
        <label htmlFor={`${id}-select`}>
          <LocalText value={criterion.name} />
        </label>
        <OtherLanguageText value={criterion.name} />
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
        <select id={`${id}-select`} value={value ?? ''} aria-invalid={issue ? true : undefined} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
          <option value="">{t('review:form.noScore')}</option>
          {points.map((point) => (
            <option key={point} value={point}>
              {point}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-error`} issue={issue} />
      </div>
    );
  }
  return (
    <fieldset className="review-criterion" aria-describedby={describedBy} aria-invalid={issue ? true : undefined}>
      <legend>
        <LocalText value={criterion.name} />
      </legend>
      <OtherLanguageText value={criterion.name} />
      <p id={`${id}-hint`} className="muted">
        {hint}
      </p>
      <div className="score-scale">
        {points.map((point) => (
          <label key={point} className="score-point">
            <input type="radio" name={`${id}-score`} value={point} checked={value === point} onChange={() => onChange(point)} />
            <span>{point}</span>
          </label>
        ))}
        {value !== null ? (
          <button type="button" className="button-link" onClick={() => onChange(null)}>
            {t('review:form.clearScore')}
          </button>
        ) : null}
      </div>
      <FieldError id={`${id}-error`} issue={issue} />
    </fieldset>
  );
}

function ConfidenceField({ value, issue, onChange }: { value: number | null; issue: ApiIssue | undefined; onChange: (value: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="review-criterion" aria-describedby={issue ? `${id}-hint ${id}-error` : `${id}-hint`} aria-invalid={issue ? true : undefined}>
      <legend>{t('review:form.confidence')}</legend>
      <p id={`${id}-hint`} className="muted">
        {t('review:form.confidenceHint')}
      </p>
      <div className="score-scale">
        {CONFIDENCE_LEVELS.map((level) => (
          <label key={level} className="score-point">
            <input type="radio" name={`${id}-confidence`} value={level} checked={value === level} onChange={() => onChange(level)} />
            <span>{level}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} issue={issue} />
    </fieldset>
  );
}

function CommentField({ language, value, onChange }: { language: 'en' | 'ja'; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{language === 'ja' ? t('review:form.commentJa') : t('review:form.commentEn')}</label>
      <textarea id={id} lang={language} rows={6} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/**
 * A review that cannot change, read-only: its scores, confidence and comments. Submitted, or
 * (`isClosed`) a draft of a call that is not under review — not yet, or no longer.
 */
function ReadOnlyReview({ view, isClosed = false }: { view: ReviewAssignmentView; isClosed?: boolean }) {
  const { t } = useTranslation();
  const { review } = view;
  return (
    <section aria-labelledby="submitted-review" className="card review-submitted">
      <h2 id="submitted-review">{t(isClosed ? 'review:form.closedTitle' : 'review:form.submittedTitle')}</h2>
      {isClosed ? null : (
        <p>
          {t('review:form.submittedAt')} {review.submittedAt ? <LocalInstant iso={review.submittedAt} /> : t('review:form.notRecorded')}
        </p>
      )}
      <p className="muted">{t(isClosed ? 'review:form.closedHint' : 'review:form.finalHint')}</p>
      <dl className="details">
        <CriterionScores criteria={view.criteria} scores={review.scores} />
        <dt>{t('review:form.confidence')}</dt>
        <dd>{review.confidence === null ? t('review:form.noScore') : <ScoreNumber value={review.confidence} digits={0} />}</dd>
        <dt>{t('review:form.commentJa')}</dt>
        <dd lang="ja" className="prewrap">
          {review.comment.ja ?? t('review:form.noComment')}
        </dd>
        <dt>{t('review:form.commentEn')}</dt>
        <dd lang="en" className="prewrap">
          {review.comment.en ?? t('review:form.noComment')}
        </dd>
      </dl>
    </section>
  );
}
