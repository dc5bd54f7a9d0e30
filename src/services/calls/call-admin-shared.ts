import { AppError, type ValidationIssue } from '../../domain/app-error.js';
import { can, type CallAccessSubject } from '../../domain/access/policies.js';
import type { Actor } from '../../domain/access/actor.js';
import { leadAgencyOf, runningAgenciesOf, validateCallConfig, type ConfigProblem } from '../../domain/calls/call-config.js';
import { CALL_TRANSITIONS, transitionRefusals, type CallStatus, type LifecycleFacts, type TransitionRefusal } from '../../domain/calls/lifecycle.js';
import type { Call } from '../../domain/model.js';
import type { Executor } from '../../db/database.js';
import {
  countCallProposals,
  findAgencies,
  findCallForAdmin,
  listApprovals,
  listDeadlineChanges,
  type StoredCall,
} from '../../db/repositories/call-admin.repository.js';
import type { CallAdminView } from '../../contracts/call-admin.schemas.js';
import { translate } from '../../i18n/catalogue.js';

/**
 * What the call-configuration use cases share: reading a call with its access subject, rendering
 * the domain's problems and refusals from the catalogues, the lifecycle facts, and the view that
 * every one of them returns.
 */

/** A call as access rules see it, with its lifecycle status and lead agency. */
export function callAccessSubject(call: Call): CallAccessSubject {
  return { modality: call.modality, sideAgencies: runningAgenciesOf(call), status: call.status ?? 'open', leadAgency: leadAgencyOf(call) };
}

/** The call with this code; throws NOT_FOUND. */
export async function requireCall(db: Executor, code: string): Promise<StoredCall> {
  const stored = await findCallForAdmin(db, code);
  if (!stored) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: code } });
  return stored;
}

/** A problem of a call's configuration in both languages, from the `call-admin` catalogue. */
export function renderProblem(problem: ConfigProblem, group: 'problems' | 'locked' = 'problems'): ValidationIssue {
  const params = problem.params ?? {};
  return {
    path: problem.path,
    message: { en: translate('en', `call-admin:${group}.${problem.key}`, params), ja: translate('ja', `call-admin:${group}.${problem.key}`, params) },
  };
}

/** VALIDATION_FAILED with every issue. */
export function validationFailed(issues: ValidationIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', { issues, params: { count: issues.length } });
}

/** Every problem of a call's configuration, rendered; the agencies it names are looked up. */
export async function configIssues(db: Executor, call: Call): Promise<ValidationIssue[]> {
  const codes = new Set<string>();
  for (const side of call.sides) {
    if (side.agency) codes.add(side.agency);
    side.agencies?.forEach((code) => codes.add(code));
  }
  for (const rule of call.rules) if (rule.rule === 'partner_pi_funded_by') rule.agencies.forEach((code) => codes.add(code));
  const agencies = await findAgencies(db, codes);
  return validateCallConfig(call, agencies).map((problem) => renderProblem(problem));
}

function refusalParams(refusal: TransitionRefusal): Record<string, string | number> {
  switch (refusal.reason) {
    case 'not_allowed':
      return { from: refusal.from, to: refusal.to };
    case 'approval_missing':
      return { agencies: refusal.agencies.join(', ') };
    case 'deadline_missing':
    case 'deadline_past':
    case 'deadline_not_passed':
      return { sides: refusal.sides.join(', ') };
    case 'proposals_submitted':
    case 'proposals_undecided':
      return { count: refusal.count };
    case 'publish_required':
    case 'no_submitted_proposals':
      return {};
  }
}

/** A refusal as a validation issue on the call's status, in both languages. */
export function renderRefusal(refusal: TransitionRefusal): ValidationIssue & { reason: string } {
  const params = refusalParams(refusal);
  const key = `call-admin:refusals.${refusal.reason}`;
  return { reason: refusal.reason, path: 'status', message: { en: translate('en', key, params), ja: translate('ja', key, params) } };
}

/** CALL_TRANSITION_REFUSED with every reason. */
export function transitionRefused(call: Call, to: CallStatus, refusals: TransitionRefusal[]): AppError {
  return new AppError('CALL_TRANSITION_REFUSED', {
    params: { call: call.code, from: call.status ?? 'open', to, count: refusals.length },
    issues: refusals.map((refusal) => {
      const { path, message } = renderRefusal(refusal);
      return { path, message };
    }),
  });
}

/** The facts the lifecycle checks, read inside the caller's transaction. */
export async function lifecycleFacts(db: Executor, stored: StoredCall, now: Date): Promise<LifecycleFacts> {
  const [approvals, counts] = await Promise.all([listApprovals(db, stored.id), countCallProposals(db, stored.id)]);
  const sides = stored.call.sides.flatMap((side, position) =>
    side.agency ? [{ position, agency: side.agency, deadline: side.deadline ? new Date(side.deadline) : null }] : [],
  );
  return {
    status: stored.call.status,
    now,
    sides,
    requiredApprovals: runningAgenciesOf(stored.call),
    approvedAgencies: approvals.map((approval) => approval.agency),
    submittedProposals: counts.submitted,
    undecidedProposals: counts.undecided,
  };
}

/** The agencies among the call's side agencies for which the actor may approve. */
export function approvableAgencies(actor: Actor, call: Call): string[] {
  const subject = callAccessSubject(call);
  return subject.sideAgencies.filter((agency) => can(actor, { type: 'call.approve', call: subject, agency }));
}

/** The call as its officers manage it, with what this actor may do next. */
export async function buildCallAdminView(db: Executor, actor: Actor, stored: StoredCall, now: Date): Promise<CallAdminView> {
  const { call } = stored;
  const subject = callAccessSubject(call);
  const [approvals, deadlineChanges, counts, facts] = await Promise.all([
    listApprovals(db, stored.id),
    listDeadlineChanges(db, stored.id),
    countCallProposals(db, stored.id),
    lifecycleFacts(db, stored, now),
  ]);
  const isDraft = call.status === 'draft';
  const next = CALL_TRANSITIONS[call.status];
  const refusals: CallAdminView['refusals'] = {};
  for (const to of next) {
    refusals[to] = transitionRefusals(facts, to, to === 'open' ? 'publish' : 'transition').map((refusal) => {
      const { reason, message } = renderRefusal(refusal);
      return { reason, message };
    });
  }
  const isEditable = call.status === 'draft' || call.status === 'open';
  return {
    code: call.code,
    status: call.status,
    publishedAt: stored.publishedAt?.toISOString() ?? null,
    call: { ...call, criteria: call.criteria, rules: call.rules, status: call.status },
    requiredApprovals: subject.sideAgencies.slice(),
    approvals: approvals.map((approval) => ({ agency: approval.agency, approvedBy: approval.user, approvedAt: approval.approvedAt.toISOString() })),
    deadlineChanges: deadlineChanges.map((change) => ({
      ...change,
      oldDeadline: change.oldDeadline?.toISOString() ?? null,
      newDeadline: change.newDeadline.toISOString(),
      changedAt: change.changedAt.toISOString(),
    })),
    proposals: counts,
    allowed: {
      edit: isEditable && can(actor, { type: 'call.edit', call: subject }),
      approveFor: isDraft ? approvableAgencies(actor, call) : [],
      publish: isDraft && can(actor, { type: 'call.publish', call: subject }),
      transitions: next.filter((to) => to !== 'open' && can(actor, { type: 'call.transition', call: subject })),
      extendDeadline:
        call.status === 'open'
          ? call.sides.flatMap((side, position) => (side.agency && side.deadline && can(actor, { type: 'call.extend_deadline', call: subject, agency: side.agency }) ? [position] : []))
          : [],
      copy: can(actor, { type: 'call.create', leadAgency: subject.leadAgency ?? null }),
    },
    refusals,
  };
}
