import { describe, expect, it } from 'vitest';
import { checkPartnerPiFundedBy } from './partner-pi-funded-by.js';
import { fixtureInput, fixtureProposal, fixtureTeam } from './rule-input.fixture.js';

const withPartners = (...partners: ReturnType<typeof fixtureTeam>[]) =>
  fixtureInput({ proposal: fixtureProposal({ teams: [fixtureTeam(), ...partners] }) });

describe('partner_pi_funded_by', () => {
  it('accepts a partner team whose funding names a listed agency, in any position', () => {
    const input = withPartners(fixtureTeam({ role: 'partner', agency: null, pi: 'p3', funding: ['WELLCOME', 'NSF'] }));
    expect(checkPartnerPiFundedBy(input, { agencies: ['NSF', 'DOE'] })).toBeNull();
  });

  it('fails a partner team funded by another agency, naming the PI and the funding', () => {
    const input = withPartners(fixtureTeam({ role: 'partner', agency: null, pi: 'p3', funding: ['WELLCOME'] }));
    const failure = checkPartnerPiFundedBy(input, { agencies: ['NSF', 'DOE'] });
    expect(failure).toEqual({
      rule: 'partner_pi_funded_by',
      key: 'partner_pi_funded_by.unfunded',
      params: { agencies: ['NSF', 'DOE'], teams: [{ key: 'partner_pi_funded_by.team_other', params: { pi: { en: 'Claire Morel (p3)', ja: 'Claire Morel（p3）' }, funding: ['WELLCOME'] } }] },
    });
  });

  it('fails a partner team that lists no funding', () => {
    const failure = checkPartnerPiFundedBy(withPartners(fixtureTeam({ role: 'partner', pi: 'p5', funding: [] })), { agencies: ['ANR'] });
    expect((failure?.params.teams as unknown as Array<{ key: string }>)[0]?.key).toBe('partner_pi_funded_by.team_none');
  });

  it('checks every partner team of a multilateral proposal', () => {
    const failure = checkPartnerPiFundedBy(
      withPartners(fixtureTeam({ role: 'partner', pi: 'p3', funding: ['ANR'] }), fixtureTeam({ role: 'partner', pi: 'p5', funding: ['DFG'] })),
      { agencies: ['ANR'] },
    );
    expect((failure?.params.teams as unknown as Array<{ params: { pi: { en: string } } }>).map((team) => team.params.pi.en)).toEqual(['Luc Bernard (p5)']);
  });

  it('fails a proposal without a partner team', () => {
    expect(checkPartnerPiFundedBy(withPartners(), { agencies: ['ANR'] })?.key).toBe('partner_pi_funded_by.no_partner');
  });
});
