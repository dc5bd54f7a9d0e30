import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../domain/access/actor.js';
import { importBundle } from '../bundle/import-bundle.js';
import { loadDemo } from '../demo/load-demo.js';
import { useTestDatabase } from '../../../test/support/test-db.js';
import { makeJointCallBundle, uniquePrefix } from '../../../test/support/factories.js';
import { checkCallEligibility, checkProposalEligibility } from './check-eligibility.js';
import { viewProposalEligibility } from './view-proposal-eligibility.js';

const database = useTestDatabase();
const system = systemActor('test');
const user = (roles: Array<{ role: 'programme_officer' | 'partner_officer' | 'applicant'; agency: string | null }>, personRef: string | null = null): Actor => ({
  kind: 'user',
  userId: 1,
  email: 'u@example.org',
  personRef,
  roles,
});

beforeAll(async () => {
  await loadDemo(database.ctx, system);
});

describe('checkCallEligibility on the demo', () => {
  it('finds SIC25-009 over ANR\'s cap in 2026 and SIC25-010 late for JST, and nothing else', async () => {
    const report = await checkCallEligibility(database.ctx, system, 'SICORP-2025-JST-ANR');
    expect(report.call).toBe('SICORP-2025-JST-ANR');
    const refs = report.proposals.map((proposal) => proposal.ref);
    expect(refs).toEqual([...refs].sort());
    expect(refs).toHaveLength(12);
    expect(report.proposals.filter((proposal) => !proposal.eligible).map((proposal) => proposal.ref)).toEqual(['SIC25-009', 'SIC25-010']);

    const overCap = report.proposals.find((proposal) => proposal.ref === 'SIC25-009');
    expect(overCap?.failures.map((failure) => failure.rule)).toEqual(['budget_within_cap']);
    const capMessage = overCap?.failures[0]?.message;
    expect(capMessage?.en).toContain('ANR FY2026');
    expect(capMessage?.en).toContain('€162,500.00');
    expect(capMessage?.en).toContain('€150,000.00');
    expect(capMessage?.ja).toContain('ANR 2026年度');

    const late = report.proposals.find((proposal) => proposal.ref === 'SIC25-010');
    expect(late?.failures.map((failure) => failure.rule)).toEqual(['deadline']);
    expect(late?.failures[0]?.message.en).toMatch(/^Submitted after the deadline of JST \(/);
    expect(late?.failures[0]?.message.en).not.toContain('ANR');
    expect(late?.failures[0]?.message.en).toContain('2825 s late');
    expect(late?.failures[0]?.message.ja).toContain('JST（締切');
  });

  it('passes every ASPIRE trial proposal: funded partners, early-career exchanges, budgets within ¥26M', async () => {
    const report = await checkCallEligibility(database.ctx, system, 'ASPIRE-2022-TRIAL');
    expect(report.proposals).toHaveLength(43);
    expect(report.proposals.filter((proposal) => !proposal.eligible)).toEqual([]);
  });

  it('refuses applicants and other agencies\' staff, and names an unknown call', async () => {
    await expect(checkCallEligibility(database.ctx, user([{ role: 'applicant', agency: null }], 'x'), 'SICORP-2025-JST-ANR')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(checkCallEligibility(database.ctx, user([{ role: 'programme_officer', agency: 'NSF' }]), 'SICORP-2025-JST-ANR')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(checkCallEligibility(database.ctx, null, 'SICORP-2025-JST-ANR')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(checkCallEligibility(database.ctx, system, 'NO-SUCH-CALL')).rejects.toMatchObject({ code: 'NOT_FOUND', params: { kind: 'call', key: 'NO-SUCH-CALL' } });
    const report = await checkCallEligibility(database.ctx, user([{ role: 'partner_officer', agency: 'ANR' }]), 'SICORP-2025-JST-ANR');
    expect(report.proposals).toHaveLength(12);
  });
});

describe('checkCallEligibility at the edges, on stored proposals', () => {
  const prefix = uniquePrefix();
  const p = (key: string) => `${prefix}-${key}`;

  beforeAll(async () => {
    const bundle = makeJointCallBundle(prefix);
    const call = bundle.calls?.[0];
    const [onTime, draft] = bundle.proposals ?? [];
    if (!call || !onTime || !draft) throw new Error('factory changed');
    call.rules = [...(call.rules ?? []), { rule: 'one_proposal_per_pi' }, { rule: 'exchange_required', minEarlyCareer: 1 }];
    // Exactly at JST's deadline (12:00:00 Tokyo): on time.
    onTime.submittedAt = '2026-06-30T12:00:00+09:00';
    // One second late, by the same lead PI as P1 (one_proposal_per_pi) and over the cap by ¥1.
    const late = structuredClone(onTime);
    late.ref = p('P4');
    late.submittedAt = '2026-06-30T12:00:01+09:00';
    late.decision = null;
    const leadTeam = late.teams?.[0];
    if (!leadTeam) throw new Error('factory changed');
    leadTeam.budget = [{ fiscalYear: 2027, amount: { amount: 15_000_001, currency: 'JPY' } }];
    // The draft names P1's partner PI as its lead PI: it would clash if submitted.
    const draftLead = draft.teams?.[0];
    if (!draftLead) throw new Error('factory changed');
    draftLead.pi = p('p3');
    bundle.proposals = [...(bundle.proposals ?? []), late];
    await importBundle(database.ctx, system, bundle);
  });

  it('is on time at the exact second and late one second after; clashing PIs fail both proposals', async () => {
    const report = await checkCallEligibility(database.ctx, system, p('CALL'));
    const byRef = new Map(report.proposals.map((proposal) => [proposal.ref, proposal]));
    expect(byRef.get(p('P1'))?.failures.map((failure) => failure.rule)).toEqual(['one_proposal_per_pi']);
    expect(byRef.get(p('P1'))?.failures[0]?.message.en).toContain(`Haruka Tanabe (${p('p1')}) in ${p('P4')}`);
    const late = byRef.get(p('P4'));
    expect(late?.failures.map((failure) => failure.rule)).toEqual(['deadline', 'budget_within_cap', 'one_proposal_per_pi']);
    expect(late?.failures[0]?.message.en).toContain('1 s late');
    expect(late?.failures[0]?.message.en).toContain('12:00:01');
    expect(late?.failures[1]?.message.en).toContain(`${p('JST')} FY2027: ¥15,000,001 is ¥1 above the cap of ¥15,000,000`);
    expect(late?.failures[2]?.message.ja).toContain(`田辺 遥（${p('p1')}）（${p('P1')}）`);
    // The draft: no deadline check; its lead PI leads P1's partner team, and it plans no exchange.
    expect(byRef.get(p('P2'))?.failures.map((failure) => failure.rule)).toEqual(['one_proposal_per_pi', 'exchange_required']);
  });

  it('checks one proposal as it stands and as if submitted now', async () => {
    const asItStands = await checkProposalEligibility(database.ctx.db, p('P2'));
    expect(asItStands.failures.map((failure) => failure.rule)).toEqual(['one_proposal_per_pi', 'exchange_required']);
    const onTime = await checkProposalEligibility(database.ctx.db, p('P2'), { asIfSubmittedAt: new Date('2026-06-30T03:00:00Z') });
    expect(onTime.failures.map((failure) => failure.rule)).toEqual(['one_proposal_per_pi', 'exchange_required']);
    const late = await checkProposalEligibility(database.ctx.db, p('P2'), { asIfSubmittedAt: new Date('2026-06-30T03:00:01Z') });
    expect(late.failures.map((failure) => failure.rule)).toEqual(['deadline', 'one_proposal_per_pi', 'exchange_required']);
    expect(late.eligible).toBe(false);
    await expect(checkProposalEligibility(database.ctx.db, 'NO-SUCH')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('agrees with the whole-call check for every proposal, inside a transaction', async () => {
    const report = await checkCallEligibility(database.ctx, system, p('CALL'));
    await database.ctx.db.transaction().execute(async (tx) => {
      for (const proposal of report.proposals) {
        const single = await checkProposalEligibility(tx, proposal.ref);
        expect({ ref: proposal.ref, ...single }).toEqual(proposal);
      }
    });
  });

  it('shows a proposal\'s eligibility to its applicants and call staff only', async () => {
    const own = await viewProposalEligibility(database.ctx, user([{ role: 'applicant', agency: null }], p('p2')), p('P1'));
    expect(own.ref).toBe(p('P1'));
    const staff = await viewProposalEligibility(database.ctx, user([{ role: 'programme_officer', agency: p('ANR') }]), p('P1'));
    expect(staff).toEqual(own);
    await expect(viewProposalEligibility(database.ctx, user([{ role: 'applicant', agency: null }], 'someone-else'), p('P1'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(viewProposalEligibility(database.ctx, user([{ role: 'applicant', agency: null }], p('p2')), 'NO-SUCH')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
