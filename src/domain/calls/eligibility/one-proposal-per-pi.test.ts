import { describe, expect, it } from 'vitest';
import { checkOneProposalPerPi, indexSubmittedProposalsByPi } from './one-proposal-per-pi.js';
import { fixtureInput, fixtureProposal, fixtureTeam } from './rule-input.fixture.js';

const proposal = (ref: string, status: 'draft' | 'submitted' | 'withdrawn', leadPi: string, partnerPi: string) =>
  fixtureProposal({ ref, status, teams: [fixtureTeam({ pi: leadPi }), fixtureTeam({ role: 'partner', agency: 'ANR', pi: partnerPi })] });

describe('one_proposal_per_pi', () => {
  const proposals = [
    proposal('P1', 'submitted', 'p1', 'p3'),
    proposal('P2', 'submitted', 'p4', 'p1'), // p1 leads P1's lead team and P2's partner team
    proposal('P3', 'submitted', 'p2', 'p5'),
    proposal('P4', 'withdrawn', 'p2', 'p3'),
    proposal('P5', 'draft', 'p5', 'p4'),
  ];
  const index = indexSubmittedProposalsByPi(proposals);
  const check = (ref: string) => checkOneProposalPerPi(fixtureInput({ proposal: proposals.find((item) => item.ref === ref), submittedProposalsByPi: index }));

  it('fails every submitted proposal involved, each naming the person and the others', () => {
    expect(check('P1')?.params.clashes).toEqual([{ key: 'one_proposal_per_pi.person', params: { person: { en: 'Haruka Tanabe (p1)', ja: '田辺 遥（p1）' }, proposals: ['P2'] } }]);
    expect(check('P2')?.params.clashes).toEqual([{ key: 'one_proposal_per_pi.person', params: { person: { en: 'Haruka Tanabe (p1)', ja: '田辺 遥（p1）' }, proposals: ['P1'] } }]);
  });

  it('does not count withdrawn proposals', () => {
    expect(check('P3')).toBeNull();
    expect(check('P4')).toBeNull();
  });

  it('warns a draft whose PIs lead submitted proposals, naming every person', () => {
    const clashes = check('P5')?.params.clashes as unknown as Array<{ params: { person: { en: string }; proposals: string[] } }>;
    expect(clashes.map((clash) => [clash.params.person.en, clash.params.proposals])).toEqual([
      ['Luc Bernard (p5)', ['P3']],
      ['Daichi Kimura (p4)', ['P2']],
    ]);
  });

  it('counts a proposal checked as if submitted', () => {
    const drafts = [proposal('D1', 'draft', 'p1', 'p3'), proposal('D2', 'draft', 'p1', 'p5')];
    expect(indexSubmittedProposalsByPi(drafts).size).toBe(0);
    expect(indexSubmittedProposalsByPi(drafts, 'D2').get('p1')).toEqual(['D2']);
  });

  it('lets the same person lead both teams of one proposal', () => {
    const single = [proposal('S1', 'submitted', 'p1', 'p1')];
    expect(checkOneProposalPerPi(fixtureInput({ proposal: single[0], submittedProposalsByPi: indexSubmittedProposalsByPi(single) }))).toBeNull();
  });
});
