import { describe, expect, it } from 'vitest';
import { CALL_STATUSES, CALL_TRANSITIONS, isTransitionInTable, transitionRefusals, type LifecycleFacts } from './lifecycle.js';

const deadline = new Date('2026-06-30T03:00:00Z');
const facts = (overrides: Partial<LifecycleFacts> = {}): LifecycleFacts => ({
  status: 'draft',
  now: new Date('2026-05-01T00:00:00Z'),
  sides: [
    { position: 0, agency: 'JST', deadline },
    { position: 1, agency: 'ANR', deadline: new Date('2026-06-30T15:00:00Z') },
  ],
  requiredApprovals: ['JST', 'ANR'],
  approvedAgencies: ['JST', 'ANR'],
  submittedProposals: 0,
  undecidedProposals: 0,
  ...overrides,
});

describe('call lifecycle', () => {
  it('allows exactly the moves of the table, forward only', () => {
    const allowed = CALL_STATUSES.flatMap((from) => CALL_TRANSITIONS[from].map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['draft→open', 'open→closed', 'closed→under_review', 'closed→archived', 'under_review→decided', 'decided→archived']);
    for (const from of CALL_STATUSES) {
      for (const to of CALL_STATUSES) {
        if (isTransitionInTable(from, to)) continue;
        expect(transitionRefusals(facts({ status: from }), to, 'transition')).toEqual([{ reason: 'not_allowed', from, to }]);
      }
    }
  });

  it('opens a draft only by publishing, with every agency\'s approval', () => {
    expect(transitionRefusals(facts(), 'open', 'publish')).toEqual([]);
    expect(transitionRefusals(facts(), 'open', 'transition')).toEqual([{ reason: 'publish_required' }]);
    expect(transitionRefusals(facts({ approvedAgencies: ['JST'] }), 'open', 'publish')).toEqual([{ reason: 'approval_missing', agencies: ['ANR'] }]);
  });

  it('refuses to publish with a deadline unset or already passed, listing every reason', () => {
    const refusals = transitionRefusals(
      facts({ approvedAgencies: [], now: new Date('2026-06-30T03:00:00Z'), sides: [{ position: 0, agency: 'JST', deadline }, { position: 1, agency: 'ANR', deadline: null }] }),
      'open',
      'publish',
    );
    expect(refusals).toEqual([
      { reason: 'approval_missing', agencies: ['JST', 'ANR'] },
      { reason: 'deadline_missing', sides: ['ANR'] },
      { reason: 'deadline_past', sides: ['JST'] },
    ]);
  });

  it('closes only once every side\'s deadline has passed: at the deadline itself the call is still open', () => {
    const open = (now: string) => facts({ status: 'open', now: new Date(now) });
    expect(transitionRefusals(open('2026-06-30T03:00:00Z'), 'closed', 'transition')).toEqual([{ reason: 'deadline_not_passed', sides: ['JST', 'ANR'] }]);
    expect(transitionRefusals(open('2026-06-30T03:00:01Z'), 'closed', 'transition')).toEqual([{ reason: 'deadline_not_passed', sides: ['ANR'] }]);
    expect(transitionRefusals(open('2026-06-30T15:00:01Z'), 'closed', 'transition')).toEqual([]);
  });

  it('reviews only what was submitted, and archives a closed call only when nothing was', () => {
    expect(transitionRefusals(facts({ status: 'closed' }), 'under_review', 'transition')).toEqual([{ reason: 'no_submitted_proposals' }]);
    expect(transitionRefusals(facts({ status: 'closed', submittedProposals: 3 }), 'under_review', 'transition')).toEqual([]);
    expect(transitionRefusals(facts({ status: 'closed' }), 'archived', 'transition')).toEqual([]);
    expect(transitionRefusals(facts({ status: 'closed', submittedProposals: 3 }), 'archived', 'transition')).toEqual([{ reason: 'proposals_submitted', count: 3 }]);
  });

  it('decides only when every submitted proposal has a decision, then archives', () => {
    expect(transitionRefusals(facts({ status: 'under_review', submittedProposals: 3, undecidedProposals: 1 }), 'decided', 'transition')).toEqual([{ reason: 'proposals_undecided', count: 1 }]);
    expect(transitionRefusals(facts({ status: 'under_review', submittedProposals: 3 }), 'decided', 'transition')).toEqual([]);
    expect(transitionRefusals(facts({ status: 'decided', submittedProposals: 3 }), 'archived', 'transition')).toEqual([]);
  });
});
