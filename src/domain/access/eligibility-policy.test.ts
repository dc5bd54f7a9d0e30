import { describe, expect, it } from 'vitest';
import { systemActor, type Actor, type RoleGrant } from './actor.js';
import { can } from './policies.js';

const user = (roles: RoleGrant[], personRef: string | null = null): Actor => ({ kind: 'user', userId: 1, email: 'u@example.org', personRef, roles });
const jointCall = { modality: 'joint_call' as const, sideAgencies: ['JST', 'ANR'] };
const singleCall = { modality: 'single_agency' as const, sideAgencies: ['JST'] };

describe('eligibility.check', () => {
  it('lets the staff of the call\'s agencies check a whole call', () => {
    expect(can(user([{ role: 'programme_officer', agency: 'JST' }]), { type: 'eligibility.check', call: singleCall })).toBe(true);
    expect(can(user([{ role: 'programme_director', agency: 'ANR' }]), { type: 'eligibility.check', call: jointCall })).toBe(true);
    expect(can(user([{ role: 'partner_officer', agency: 'ANR' }]), { type: 'eligibility.check', call: jointCall })).toBe(true);
  });

  it('refuses staff of other agencies, partner officers on single-agency calls, applicants and analysts', () => {
    expect(can(user([{ role: 'programme_officer', agency: 'NSF' }]), { type: 'eligibility.check', call: jointCall })).toBe(false);
    expect(can(user([{ role: 'partner_officer', agency: 'JST' }]), { type: 'eligibility.check', call: singleCall })).toBe(false);
    expect(can(user([{ role: 'applicant', agency: null }], 'p1'), { type: 'eligibility.check', call: jointCall })).toBe(false);
    expect(can(user([{ role: 'analyst', agency: 'JST' }]), { type: 'eligibility.check', call: jointCall })).toBe(false);
  });

  it('lets the system actor and administrators check any call', () => {
    expect(can(systemActor('cli'), { type: 'eligibility.check', call: jointCall })).toBe(true);
    expect(can(user([{ role: 'administrator', agency: null }]), { type: 'eligibility.check', call: jointCall })).toBe(true);
  });
});
