import { AppError } from '../app-error.js';
import type { Modality } from '../model.js';
import type { CallStatus } from '../calls/lifecycle.js';
import type { Actor, Role, RoleGrant } from './actor.js';

/**
 * Who may do what. Every service asks here first; no rule looks at nationality or country of
 * a person: scope comes only from roles, agencies and a person's own proposals.
 */

/**
 * A call as access rules see it: which agencies run it, and how. `status` and `leadAgency` are
 * given by the call lifecycle's use cases; a subject without a status is a published call.
 */
export type CallAccessSubject = {
  modality: Modality;
  sideAgencies: readonly string[];
  status?: CallStatus;
  leadAgency?: string | null;
};

/** A proposal as access rules see it. */
export type ProposalAccessSubject = { call: CallAccessSubject; teamPersonRefs: readonly string[] };

export type Action =
  | { type: 'bundle.import' }
  | { type: 'bundle.export' }
  | { type: 'call.list' }
  | { type: 'call.view'; call: CallAccessSubject }
  | { type: 'proposal.view'; proposal: ProposalAccessSubject }
  | { type: 'report.view'; call: CallAccessSubject }
  | { type: 'eligibility.check'; call: CallAccessSubject }
  | { type: 'conflicts.view'; call: CallAccessSubject }
  /** Run an agency's review of a call: conflicts, pins, assignment, reopening reviews. */
  | { type: 'review.manage'; call: CallAccessSubject; agency: string }
  /** Read a call's review results (scores) — any agency's, for a joint selection. */
  | { type: 'scores.view'; call: CallAccessSubject }
  /** Keep an agency's reviewer pool. */
  | { type: 'pool.manage'; agency: string }
  | { type: 'pool.view'; agency: string }
  /** A reviewer's own entry in an agency's pool: their profile and their declared conflicts. */
  | { type: 'reviewer.self'; agency: string; personRef: string }
  | { type: 'call.create'; leadAgency: string | null }
  | { type: 'call.edit'; call: CallAccessSubject }
  | { type: 'call.approve'; call: CallAccessSubject; agency: string }
  | { type: 'call.publish'; call: CallAccessSubject }
  | { type: 'call.transition'; call: CallAccessSubject }
  | { type: 'call.extend_deadline'; call: CallAccessSubject; agency: string | null }
  | { type: 'mail.view' }
  | { type: 'mail.send' };

const AGENCY_STAFF: readonly Role[] = ['programme_officer', 'programme_director', 'security_officer'];

function grants(actor: Actor, role: Role): RoleGrant[] {
  return actor.kind === 'user' ? actor.roles.filter((grant) => grant.role === role) : [];
}

function hasRole(actor: Actor, role: Role): boolean {
  return grants(actor, role).length > 0;
}

/** True when the actor works for an agency that runs the call (its own staff or, for joint calls, a partner officer). */
export function isCallStaff(actor: Actor, call: CallAccessSubject): boolean {
  if (actor.kind !== 'user') return false;
  return actor.roles.some((grant) => {
    if (grant.agency === null || !call.sideAgencies.includes(grant.agency)) return false;
    if (AGENCY_STAFF.includes(grant.role)) return true;
    return grant.role === 'partner_officer' && call.modality !== 'single_agency';
  });
}

// Officers who may open a call for their agency; a partner officer joins calls others lead.
const LEADING_ROLES: readonly Role[] = ['programme_officer', 'programme_director'];

function callOfficerAgencies(actor: Actor, roles: readonly Role[]): string[] {
  if (actor.kind !== 'user') return [];
  return actor.roles.flatMap((grant) => (grant.agency !== null && roles.includes(grant.role) ? [grant.agency] : []));
}

/**
 * True when the actor is an officer (PO, PD, or a partner officer on a call that is not a
 * single agency's) of `agency`, one of the call's side agencies: who may approve for it.
 */
export function isCallOfficerOf(actor: Actor, call: CallAccessSubject, agency: string): boolean {
  if (!call.sideAgencies.includes(agency)) return false;
  const roles: Role[] = call.modality === 'single_agency' ? [...LEADING_ROLES] : [...LEADING_ROLES, 'partner_officer'];
  return callOfficerAgencies(actor, roles).includes(agency);
}

// Who runs an agency's review and keeps its reviewer pool: its officers, and partner officers.
const REVIEW_OFFICERS: readonly Role[] = ['programme_officer', 'programme_director', 'partner_officer'];

function holdsFor(actor: Actor, roles: readonly Role[], agency: string): boolean {
  return actor.kind === 'user' && actor.roles.some((grant) => grant.agency === agency && roles.includes(grant.role));
}

function isLeadStaff(actor: Actor, call: CallAccessSubject): boolean {
  if (actor.kind !== 'user' || !call.leadAgency) return false;
  return actor.roles.some((grant) => grant.agency === call.leadAgency && AGENCY_STAFF.includes(grant.role));
}

/** Whether `actor` may perform `action`. */
export function can(actor: Actor, action: Action): boolean {
  if (actor.kind === 'system') return true;
  if (hasRole(actor, 'administrator')) return true;
  switch (action.type) {
    case 'bundle.import':
    case 'bundle.export':
      return false;
    // The outbox holds other people's invitation links and receipts: administrators only
    // (granted above); sending is the mail worker's, a system actor.
    case 'mail.view':
    case 'mail.send':
      return false;
    case 'call.list':
      return true;
    case 'call.view':
      // Published calls are public announcements; a draft is seen only by the agencies agreeing it.
      return action.call.status !== 'draft' || isCallStaff(actor, action.call);
    case 'call.create':
      // The creating officer's agency leads the call; null asks whether they may lead any.
      return action.leadAgency === null ? callOfficerAgencies(actor, LEADING_ROLES).length > 0 : callOfficerAgencies(actor, LEADING_ROLES).includes(action.leadAgency);
    case 'call.edit':
      return isCallStaff(actor, action.call);
    case 'call.approve':
      return action.call.sideAgencies.includes(action.agency) && isCallOfficerOf(actor, action.call, action.agency);
    case 'call.publish':
      return action.call.sideAgencies.some((agency) => isCallOfficerOf(actor, action.call, agency));
    case 'call.transition':
      return isLeadStaff(actor, action.call);
    case 'call.extend_deadline':
      return isLeadStaff(actor, action.call) || (action.agency !== null && isCallOfficerOf(actor, action.call, action.agency));
    case 'proposal.view':
      return (
        isCallStaff(actor, action.proposal.call) ||
        (actor.personRef !== null && action.proposal.teamPersonRefs.includes(actor.personRef))
      );
    case 'eligibility.check':
      // The whole call's eligibility report is for the staff of the agencies that run it.
      return isCallStaff(actor, action.call);
    case 'conflicts.view':
      // Who conflicts with whom names reviewers: only the staff of the call's agencies see it.
      return isCallStaff(actor, action.call);
    case 'review.manage':
      // Each agency reviews with its own experts: only its officers run its side of the review.
      return action.call.sideAgencies.includes(action.agency) && holdsFor(actor, REVIEW_OFFICERS, action.agency);
    case 'scores.view':
      return isCallStaff(actor, action.call);
    case 'pool.manage':
      return holdsFor(actor, REVIEW_OFFICERS, action.agency);
    case 'pool.view':
      return holdsFor(actor, [...REVIEW_OFFICERS, ...AGENCY_STAFF], action.agency);
    case 'reviewer.self':
      // Being in the pool is the grant: an officer (or an agency's bundle) put this person there.
      return actor.personRef !== null && actor.personRef === action.personRef;
    case 'report.view':
      return hasRole(actor, 'analyst') || isCallStaff(actor, action.call);
  }
}

/** Throws FORBIDDEN (or UNAUTHENTICATED for no actor) unless `actor` may perform `action`. */
export function assertCan(actor: Actor | null, action: Action): asserts actor is Actor {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  if (!can(actor, action)) throw new AppError('FORBIDDEN', { params: { action: action.type } });
}

/**
 * Which proposals a list may show the actor, as a filter the repository turns into SQL:
 * everything, the calls of some agencies (joint calls only for partner officers), and the
 * actor's own proposals.
 */
export type ProposalVisibility =
  | { kind: 'all' }
  | { kind: 'scoped'; staffAgencies: string[]; partnerAgencies: string[]; personRef: string | null };

export function proposalVisibility(actor: Actor): ProposalVisibility {
  if (actor.kind === 'system' || hasRole(actor, 'administrator')) return { kind: 'all' };
  const staffAgencies = actor.roles.filter((grant) => AGENCY_STAFF.includes(grant.role) && grant.agency).map((grant) => grant.agency as string);
  const partnerAgencies = grants(actor, 'partner_officer').filter((grant) => grant.agency).map((grant) => grant.agency as string);
  return { kind: 'scoped', staffAgencies, partnerAgencies, personRef: actor.personRef };
}
