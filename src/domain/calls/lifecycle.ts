/**
 * The lifecycle of a call: `draft → open → closed → under_review → decided → archived`.
 * Every status names the statuses it may move to and every move names the facts that must hold;
 * a refused move returns every reason at once, each with the sides, agencies or counts it is about.
 */

export const CALL_STATUSES = ['draft', 'open', 'closed', 'under_review', 'decided', 'archived'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/**
 * Which moves exist. `draft → open` is publishing (it needs every agency's approval, so it has
 * its own use case). A closed call with no submitted proposal has nothing to review and may be
 * archived directly. There is no way back: a published call is reopened only by extending a
 * deadline while it is still open, so applicants never see a closed call silently reappear.
 */
export const CALL_TRANSITIONS: Record<CallStatus, readonly CallStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['under_review', 'archived'],
  under_review: ['decided'],
  decided: ['archived'],
  archived: [],
};

/** What a move is checked against; the service reads it from the database and the clock. */
export type LifecycleFacts = {
  status: CallStatus;
  now: Date;
  /** Every side that names one agency, with its deadline (null when not yet set). */
  sides: ReadonlyArray<{ position: number; agency: string; deadline: Date | null }>;
  /** Agencies whose officers must approve before publishing: every side agency. */
  requiredApprovals: readonly string[];
  /** Agencies that have approved the current content of the draft. */
  approvedAgencies: readonly string[];
  submittedProposals: number;
  /** Submitted proposals that have no decision yet. */
  undecidedProposals: number;
};

export type TransitionRefusal =
  | { reason: 'not_allowed'; from: CallStatus; to: CallStatus }
  | { reason: 'publish_required' }
  | { reason: 'approval_missing'; agencies: string[] }
  | { reason: 'deadline_missing'; sides: string[] }
  | { reason: 'deadline_past'; sides: string[] }
  | { reason: 'deadline_not_passed'; sides: string[] }
  | { reason: 'no_submitted_proposals' }
  | { reason: 'proposals_submitted'; count: number }
  | { reason: 'proposals_undecided'; count: number };

/** True when the table has the move `from → to` (whatever the facts). */
export function isTransitionInTable(from: CallStatus, to: CallStatus): boolean {
  return CALL_TRANSITIONS[from].includes(to);
}

/**
 * Every reason the call may not move to `to` now; empty when it may. `via` says which use case
 * asks: publishing is the only way from draft to open. Deadlines are compared to the server's
 * clock: a side is past its deadline once `now` is strictly after it, the same instant at
 * which a submission becomes late.
 */
export function transitionRefusals(facts: LifecycleFacts, to: CallStatus, via: 'publish' | 'transition'): TransitionRefusal[] {
  if (!isTransitionInTable(facts.status, to)) return [{ reason: 'not_allowed', from: facts.status, to }];
  const sideLabel = (side: { position: number; agency: string }) => side.agency;
  switch (to) {
    case 'draft':
      // No status leads back to draft; the table above already refused it.
      return [{ reason: 'not_allowed', from: facts.status, to }];
    case 'open': {
      if (via !== 'publish') return [{ reason: 'publish_required' }];
      const refusals: TransitionRefusal[] = [];
      const approved = new Set(facts.approvedAgencies);
      const missing = facts.requiredApprovals.filter((agency) => !approved.has(agency));
      if (missing.length > 0) refusals.push({ reason: 'approval_missing', agencies: missing });
      const withoutDeadline = facts.sides.filter((side) => side.deadline === null).map(sideLabel);
      if (withoutDeadline.length > 0) refusals.push({ reason: 'deadline_missing', sides: withoutDeadline });
      const past = facts.sides.filter((side) => side.deadline !== null && side.deadline.getTime() <= facts.now.getTime()).map(sideLabel);
      if (past.length > 0) refusals.push({ reason: 'deadline_past', sides: past });
      return refusals;
    }
    case 'closed': {
      const notPassed = facts.sides.filter((side) => side.deadline === null || facts.now.getTime() <= side.deadline.getTime()).map(sideLabel);
      return notPassed.length > 0 ? [{ reason: 'deadline_not_passed', sides: notPassed }] : [];
    }
    case 'under_review':
      return facts.submittedProposals === 0 ? [{ reason: 'no_submitted_proposals' }] : [];
    case 'decided':
      return facts.undecidedProposals > 0 ? [{ reason: 'proposals_undecided', count: facts.undecidedProposals }] : [];
    case 'archived':
      // From closed, only a call that received nothing may skip review.
      return facts.status === 'closed' && facts.submittedProposals > 0 ? [{ reason: 'proposals_submitted', count: facts.submittedProposals }] : [];
  }
}

/** Whether applicants and the public see the call (every status after publishing). */
export function isPublished(status: CallStatus): boolean {
  return status !== 'draft';
}
