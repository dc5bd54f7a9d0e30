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

  it('throws UNAUTHENTICATED without an actor and FORBIDDEN without the right', () => {
    expect(() => assertCan(null, { type: 'call.list' })).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => assertCan(user([]), { type: 'bundle.export' })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
