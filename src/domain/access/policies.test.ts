import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from './actor.js';
import { systemActor } from './actor.js';
import { assertCan, can, proposalVisibility } from './policies.js';

const user = (roles: RoleGrant[], personRef: string | null = null): Actor => ({ kind: 'user', userId: 1, email: 'u@example.org', personRef, roles });
const jointCall = { modality: 'joint_call' as const, sideAgencies: ['JST', 'ANR'] };
const singleCall = { modality: 'single_agency' as const, sideAgencies: ['JST'] };
const proposalOf = (call: typeof jointCall | typeof singleCall, team: string[]) => ({ call, teamPersonRefs: team });

describe('access rules', () => {
  it('lets programme staff see the proposals of their agency\'s calls only', () => {
    const jstOfficer = user([{ role: 'programme_officer', agency: 'JST' }]);
    expect(can(jstOfficer, { type: 'proposal.view', proposal: proposalOf(singleCall, []) })).toBe(true);
    expect(can(jstOfficer, { type: 'proposal.view', proposal: proposalOf({ modality: 'joint_call', sideAgencies: ['NSF', 'DFG'] }, []) })).toBe(false);
  });

  it('lets a partner officer see joint calls of their agency, not the other agency\'s own calls', () => {
    const anr = user([{ role: 'partner_officer', agency: 'ANR' }]);
    expect(can(anr, { type: 'proposal.view', proposal: proposalOf(jointCall, []) })).toBe(true);
    expect(can(anr, { type: 'proposal.view', proposal: proposalOf({ modality: 'single_agency', sideAgencies: ['ANR'] }, []) })).toBe(false);
    expect(can(anr, { type: 'report.view', call: jointCall })).toBe(true);
    expect(can(anr, { type: 'report.view', call: singleCall })).toBe(false);
  });

  it('lets applicants see their own proposals only, as PI or member', () => {
    const applicant = user([{ role: 'applicant', agency: null }], 'p1');
    expect(can(applicant, { type: 'proposal.view', proposal: proposalOf(jointCall, ['p9', 'p1']) })).toBe(true);
    expect(can(applicant, { type: 'proposal.view', proposal: proposalOf(jointCall, ['p9']) })).toBe(false);
    expect(can(applicant, { type: 'report.view', call: jointCall })).toBe(false);
    expect(can(applicant, { type: 'bundle.import' })).toBe(false);
  });

  it('gives analysts statistics but not proposal contents', () => {
    const analyst = user([{ role: 'analyst', agency: 'JST' }]);
    expect(can(analyst, { type: 'report.view', call: jointCall })).toBe(true);
    expect(can(analyst, { type: 'proposal.view', proposal: proposalOf(jointCall, []) })).toBe(false);
  });

  it('lets administrators and the system act everywhere', () => {
    expect(can(user([{ role: 'administrator', agency: null }]), { type: 'bundle.import' })).toBe(true);
    expect(can(systemActor('cli'), { type: 'bundle.export' })).toBe(true);
    expect(proposalVisibility(systemActor('cli'))).toEqual({ kind: 'all' });
  });

  it('turns roles into a list filter that matches the single-proposal rule', () => {
    const visibility = proposalVisibility(user([{ role: 'programme_director', agency: 'JST' }, { role: 'partner_officer', agency: 'ANR' }, { role: 'applicant', agency: null }], 'p1'));
    expect(visibility).toEqual({ kind: 'scoped', staffAgencies: ['JST'], partnerAgencies: ['ANR'], personRef: 'p1' });
  });

  it('shows the mail outbox to administrators only, and lets only the system send it', () => {
    expect(can(user([{ role: 'administrator', agency: null }]), { type: 'mail.view' })).toBe(true);
    for (const role of ['programme_officer', 'programme_director', 'partner_officer', 'security_officer', 'analyst', 'applicant'] as const) {
      expect(can(user([{ role, agency: 'JST' }]), { type: 'mail.view' })).toBe(false);
      expect(can(user([{ role, agency: 'JST' }]), { type: 'mail.send' })).toBe(false);
    }
    expect(can(systemActor('mail-worker'), { type: 'mail.send' })).toBe(true);
  });

  it('hides draft calls from everyone but the staff of their side agencies', () => {
    const draft = { ...jointCall, status: 'draft' as const, leadAgency: 'JST' };
    expect(can(user([{ role: 'applicant', agency: null }], 'p1'), { type: 'call.view', call: draft })).toBe(false);
    expect(can(user([{ role: 'partner_officer', agency: 'ANR' }]), { type: 'call.view', call: draft })).toBe(true);
    expect(can(user([{ role: 'programme_officer', agency: 'NSF' }]), { type: 'call.view', call: draft })).toBe(false);
    expect(can(user([{ role: 'applicant', agency: null }], 'p1'), { type: 'call.view', call: { ...draft, status: 'open' } })).toBe(true);
  });

  it('lets officers create calls their agency leads, co-edit, and approve for their own agency only', () => {
    const jstPo = user([{ role: 'programme_officer', agency: 'JST' }]);
    const anr = user([{ role: 'partner_officer', agency: 'ANR' }]);
    const draft = { ...jointCall, status: 'draft' as const, leadAgency: 'JST' };
    expect(can(jstPo, { type: 'call.create', leadAgency: 'JST' })).toBe(true);
    expect(can(jstPo, { type: 'call.create', leadAgency: 'ANR' })).toBe(false);
    expect(can(anr, { type: 'call.create', leadAgency: null })).toBe(false);
    expect(can(anr, { type: 'call.edit', call: draft })).toBe(true);
    expect(can(anr, { type: 'call.approve', call: draft, agency: 'ANR' })).toBe(true);
    expect(can(anr, { type: 'call.approve', call: draft, agency: 'JST' })).toBe(false);
    expect(can(user([{ role: 'security_officer', agency: 'JST' }]), { type: 'call.approve', call: draft, agency: 'JST' })).toBe(false);
    // A partner officer has no say in a single agency's call.
    expect(can(anr, { type: 'call.approve', call: { modality: 'single_agency', sideAgencies: ['ANR'], status: 'draft' }, agency: 'ANR' })).toBe(false);
  });

  it('leaves lifecycle moves to the lead agency\'s staff and deadline extensions to them or the side\'s officer', () => {
    const call = { ...jointCall, status: 'open' as const, leadAgency: 'JST' };
    expect(can(user([{ role: 'programme_director', agency: 'JST' }]), { type: 'call.transition', call })).toBe(true);
    expect(can(user([{ role: 'partner_officer', agency: 'ANR' }]), { type: 'call.transition', call })).toBe(false);
    expect(can(user([{ role: 'partner_officer', agency: 'ANR' }]), { type: 'call.extend_deadline', call, agency: 'ANR' })).toBe(true);
    expect(can(user([{ role: 'partner_officer', agency: 'ANR' }]), { type: 'call.extend_deadline', call, agency: 'JST' })).toBe(false);
    expect(can(user([{ role: 'programme_officer', agency: 'JST' }]), { type: 'call.extend_deadline', call, agency: 'ANR' })).toBe(true);
  });

  it('throws UNAUTHENTICATED without an actor and FORBIDDEN without the right', () => {
    expect(() => assertCan(null, { type: 'call.list' })).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => assertCan(user([]), { type: 'bundle.export' })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('conflicts of interest', () => {
  it('are shown to the staff of the call\'s agencies only, never to applicants or reviewers', () => {
    const jointCall = { modality: 'joint_call' as const, sideAgencies: ['JST', 'ANR'] };
    const as = (roles: RoleGrant[]): Actor => ({ kind: 'user', userId: 9, email: 'x@example.org', personRef: 'p9', roles });
    expect(can(as([{ role: 'programme_officer', agency: 'JST' }]), { type: 'conflicts.view', call: jointCall })).toBe(true);
    expect(can(as([{ role: 'partner_officer', agency: 'ANR' }]), { type: 'conflicts.view', call: jointCall })).toBe(true);
    expect(can(as([{ role: 'reviewer', agency: 'JST' }]), { type: 'conflicts.view', call: jointCall })).toBe(false);
    expect(can(as([{ role: 'applicant', agency: null }]), { type: 'conflicts.view', call: jointCall })).toBe(false);
  });
});

describe('a reviewer\'s own pool entry', () => {
  it('is kept by the person it describes, whatever their roles, and by nobody else but the platform', () => {
    const entry = { type: 'reviewer.self' as const, agency: 'JST', personRef: 'p50' };
    expect(can(user([{ role: 'reviewer', agency: 'JST' }], 'p50'), entry)).toBe(true);
    expect(can(user([], 'p50'), entry)).toBe(true);
    expect(can(user([{ role: 'reviewer', agency: 'JST' }], 'p51'), entry)).toBe(false);
    // Officers change a pool through pool.manage, never as the reviewer.
    expect(can(user([{ role: 'programme_officer', agency: 'JST' }]), entry)).toBe(false);
    expect(can(systemActor('test'), entry)).toBe(true);
  });
});
