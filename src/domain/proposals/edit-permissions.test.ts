import { describe, expect, it } from 'vitest';
import type { Proposal } from '../model.js';
import { canEditAnything, editableParts, isLeadPi, isProposalMember, leadPiOf } from './edit-permissions.js';

const proposal: Pick<Proposal, 'teams'> = {
  teams: [
    { role: 'lead', agency: 'JST', country: 'JP', pi: 'lead-pi', members: ['lead-member'], budget: [], funding: [] },
    { role: 'partner', agency: 'ANR', country: 'FR', pi: 'partner-pi', members: ['partner-member', 'both'], budget: [], funding: [] },
  ],
};

describe('editableParts', () => {
  it('gives the lead PI the common parts and the lead team only', () => {
    expect(editableParts('lead-pi', proposal)).toEqual({ common: true, teams: [0] });
  });
  it('gives a lead-team member the lead team but not the common parts', () => {
    expect(editableParts('lead-member', proposal)).toEqual({ common: false, teams: [0] });
  });
  it('gives the partner PI and partner members their own team', () => {
    expect(editableParts('partner-pi', proposal)).toEqual({ common: false, teams: [1] });
    expect(editableParts('partner-member', proposal)).toEqual({ common: false, teams: [1] });
  });
  it('gives nothing to outsiders and to actors without a person', () => {
    expect(editableParts('someone-else', proposal)).toEqual({ common: false, teams: [] });
    expect(editableParts(null, proposal)).toEqual({ common: false, teams: [] });
    expect(canEditAnything('someone-else', proposal)).toBe(false);
  });
  it('finds a lead team that is not the first team', () => {
    const reordered = { teams: [proposal.teams[1]!, proposal.teams[0]!] };
    expect(editableParts('lead-pi', reordered)).toEqual({ common: true, teams: [1] });
    expect(leadPiOf(reordered)).toBe('lead-pi');
    expect(isLeadPi('partner-pi', reordered)).toBe(false);
  });
});

describe('isProposalMember', () => {
  it('is true for PIs and members of any team, false otherwise', () => {
    expect(isProposalMember('lead-pi', proposal)).toBe(true);
    expect(isProposalMember('partner-member', proposal)).toBe(true);
    expect(isProposalMember('outsider', proposal)).toBe(false);
    expect(isProposalMember(null, proposal)).toBe(false);
  });
});
