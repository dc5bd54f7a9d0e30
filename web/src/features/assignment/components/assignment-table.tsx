import { useTranslation } from 'react-i18next';
import { LocalText, OtherLanguageText } from '../../formatting/components/bilingual-text.js';
import { ErrorAlert } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import type { AssignmentSide, AssignmentView } from '../api.js';
import { formatAffinity } from '../format.js';
import { useEditPair, useSetConstraint } from '../queries.js';

/**
 * Each proposal with its reviewers: affinity, the shared words behind it, how the pair got
 * there, and (on a draft) buttons to remove a pair or pin it for the next solve. A proposal with
 * the wrong number of reviewers is marked in words as well as by the violations list.
 */
export function AssignmentTable({ side, view, captionId }: { side: AssignmentSide; view: AssignmentView; captionId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const edit = useEditPair(side);
  const constrain = useSetConstraint(side);
  const isDraft = view.status === 'draft';
  const pins = new Set(view.constraints.filter((constraint) => constraint.kind === 'pin').map((constraint) => `${constraint.proposal}\n${constraint.reviewer}`));
  const error = edit.error ?? constrain.error;
  const isBusy = edit.isPending || constrain.isPending;

  return (
    <>
      {error ? <ErrorAlert error={error} isFocused /> : null}
      <div className="table-scroll" aria-busy={isBusy}>
        <table className="data-table assignment-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t('assignment:table.proposal')}</th>
              <th scope="col">{t('assignment:table.reviewers')}</th>
            </tr>
          </thead>
          <tbody>
            {view.proposals.map((proposal) => (
              <tr key={proposal.proposal}>
                <th scope="row" className="assignment-proposal">
                  <code>{proposal.proposal}</code>
                  <span className="assignment-title">
                    <LocalText value={proposal.title} />
                  </span>
                  <OtherLanguageText value={proposal.title} className="assignment-title-other" />
                  {proposal.reviewers.length !== view.perProposal ? (
                    <span className="assignment-short">{t('assignment:violations.proposal_coverage', { proposal: proposal.proposal, assigned: proposal.reviewers.length, needed: view.perProposal })}</span>
                  ) : null}
                </th>
                <td>
                  {proposal.reviewers.length === 0 ? (
                    <p className="empty">{t('assignment:table.none')}</p>
                  ) : (
                    <ul className="assignment-reviewers">
                      {proposal.reviewers.map((reviewer) => {
                        const isPinned = pins.has(`${proposal.proposal}\n${reviewer.reviewer}`);
                        const labels = { proposal: proposal.proposal, reviewer: reviewer.name[language] || reviewer.reviewer };
                        return (
                          <li key={reviewer.reviewer}>
                            <div className="assignment-reviewer-line">
                              <span className="assignment-reviewer-name">
                                {reviewer.name[language] || reviewer.reviewer} <code>{reviewer.reviewer}</code>
                              </span>
                              <span className="assignment-affinity">
                                {t('assignment:table.affinity')} <strong>{formatAffinity(language, reviewer.affinity)}</strong>
                              </span>
                              {reviewer.source === 'pinned' ? <span className="tag">{t('assignment:table.pinned')}</span> : null}
                              {reviewer.source === 'manual' ? <span className="tag">{t('assignment:table.manual')}</span> : null}
                            </div>
                            <div className="assignment-terms">
                              <span className="visually-hidden">{t('assignment:table.sharedTerms')}</span>
                              {reviewer.sharedTerms.length === 0 ? (
                                <span className="assignment-no-terms">{t('assignment:table.noTerms')}</span>
                              ) : (
                                <ul className="tag-list">
                                  {reviewer.sharedTerms.map((term) => (
                                    <li key={term} className="tag">
                                      {term}
                                    </li>
                                  ))}
                                </ul>
                              )}
                            </div>
                            {isDraft ? (
                              <div className="assignment-row-actions">
                                <button
                                  type="button"
                                  className="button-secondary button-small"
                                  disabled={isBusy}
                                  aria-label={t('assignment:table.removeLabel', labels)}
                                  onClick={() => edit.mutate({ proposal: proposal.proposal, reviewer: reviewer.reviewer, action: 'remove' })}
                                >
                                  {t('assignment:table.remove')}
                                </button>
                                <button
                                  type="button"
                                  className="button-secondary button-small"
                                  disabled={isBusy}
                                  aria-pressed={isPinned}
                                  aria-label={t(isPinned ? 'assignment:table.unpinLabel' : 'assignment:table.pinLabel', labels)}
                                  onClick={() => constrain.mutate({ proposal: proposal.proposal, reviewer: reviewer.reviewer, kind: isPinned ? 'clear' : 'pin' })}
                                >
                                  {isPinned ? t('assignment:table.unpin') : t('assignment:table.pin')}
                                </button>
                              </div>
                            ) : null}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
