import { AppError } from '../app-error.js';
import type { Modality } from '../model.js';
import type { Actor, Role, RoleGrant } from './actor.js';

/**
 * Who may do what. Every service asks here first; no rule looks at nationality or country of
 * a person: scope comes only from roles, agencies and a person's own proposals.
 */

/** A call as access rules see it: which agencies run it, and how. */
export type CallAccessSubject = { modality: Modality; sideAgencies: readonly string[] };

/** A proposal as access rules see it. */
export type ProposalAccessSubject = { call: CallAccessSubject; teamPersonRefs: readonly string[] };

export type Action =
  | { type: 'bundle.import' }
  | { type: 'bundle.export' }
  | { type: 'call.list' }
  | { type: 'call.view'; call: CallAccessSubject }
  | { type: 'proposal.view'; proposal: ProposalAccessSubject }
  | { type: 'report.view'; call: CallAccessSubject };

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

/** Whether `actor` may perform `action`. */
export function can(actor: Actor, action: Action): boolean {
  if (actor.kind === 'system') return true;
  if (hasRole(actor, 'administrator')) return true;
  switch (action.type) {
    case 'bundle.import':
    case 'bundle.export':
      return false;
    case 'call.list':
      return true;
    case 'call.view':
      // Calls are public announcements; drafts (a later lifecycle) will narrow this.
      return true;
    case 'proposal.view':
      return (
        isCallStaff(actor, action.proposal.call) ||
        (actor.personRef !== null && action.proposal.teamPersonRefs.includes(actor.personRef))
      );
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
