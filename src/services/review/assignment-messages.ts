import type { ValidationIssue } from '../../domain/app-error.js';
import type { AssignmentViolation } from '../../domain/review/assignment-check.js';
import type { InfeasibilityReason } from '../../domain/review/assignment.js';
import { translate } from '../../i18n/catalogue.js';

// A group reason over a whole call can name hundreds of proposals; the first few say enough.
const LISTED = 10;

function list(language: 'en' | 'ja', refs: readonly string[]): string {
  const shown = refs.slice(0, LISTED).join(', ');
  return refs.length > LISTED ? translate(language, 'assignment:more', { list: shown, count: refs.length - LISTED }) : shown;
}

function bilingual(key: string, params: (language: 'en' | 'ja') => Record<string, string | number>): { en: string; ja: string } {
  return { en: translate('en', key, params('en')), ja: translate('ja', key, params('ja')) };
}

/**
 * A solver's reason in the officer's terms, with proposals and reviewers by ref and a path that
 * says what to change: `proposals.REF`, `reviewers.PERSON_REF`, `pairs.REF/PERSON_REF` or
 * `assignment` for the totals.
 */
export function renderInfeasibility(reason: InfeasibilityReason, refs: { proposal: (index: number) => string; reviewer: (index: number) => string }): ValidationIssue {
  const key = `assignment:reasons.${reason.kind}`;
  switch (reason.kind) {
    case 'proposal_too_few_reviewers':
    case 'pinned_above_coverage': {
      const proposal = refs.proposal(reason.proposal);
      return { path: `proposals.${proposal}`, message: bilingual(key, () => ({ ...reason, proposal })) };
    }
    case 'reviewer_too_few_proposals':
    case 'reviewer_min_above_max':
    case 'pinned_above_max_load': {
      const reviewer = refs.reviewer(reason.reviewer);
      return { path: `reviewers.${reviewer}`, message: bilingual(key, () => ({ ...reason, reviewer })) };
    }
    case 'pinned_forbidden': {
      const proposal = refs.proposal(reason.proposal);
      const reviewer = refs.reviewer(reason.reviewer);
      return { path: `pairs.${proposal}/${reviewer}`, message: bilingual(key, () => ({ proposal, reviewer })) };
    }
    case 'total_capacity':
    case 'total_min_load':
    case 'no_feasible_assignment':
      return { path: 'assignment', message: bilingual(key, () => ({ ...reason })) };
    case 'group_capacity':
    case 'group_min_load':
    case 'heuristic_incomplete': {
      const proposals = reason.proposals.map(refs.proposal);
      const reviewers = reason.reviewers.map(refs.reviewer);
      const { kind: _kind, proposals: _proposals, reviewers: _reviewers, ...counts } = reason;
      return {
        path: proposals.length === 1 ? `proposals.${proposals[0]}` : 'assignment',
        message: bilingual(key, (language) => ({ ...counts, proposals: list(language, proposals), reviewers: list(language, reviewers) })),
      };
    }
  }
}

export type RenderedViolation = AssignmentViolation & { message: { en: string; ja: string } };

/** A violation with its message in both languages, for the page and for refusing to publish. */
export function renderViolation(violation: AssignmentViolation): RenderedViolation {
  return { ...violation, message: bilingual(`assignment:violations.${violation.kind}`, () => ({ ...violation })) };
}

/** A violation as a validation issue, located like the solver's reasons. */
export function violationIssue(violation: AssignmentViolation): ValidationIssue {
  const { message } = renderViolation(violation);
  switch (violation.kind) {
    case 'proposal_coverage':
      return { path: `proposals.${violation.proposal}`, message };
    case 'reviewer_over_max':
    case 'reviewer_under_min':
      return { path: `reviewers.${violation.reviewer}`, message };
    case 'conflicted_pair':
    case 'forbidden_pair':
    case 'pinned_pair_missing':
    case 'unknown_pair':
      return { path: `pairs.${violation.proposal}/${violation.reviewer}`, message };
  }
}
