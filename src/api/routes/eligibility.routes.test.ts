import { describe, expect, it } from 'vitest';
import { signInAs, useTestApp } from '../../../test/support/build-test-app.js';

const harness = useTestApp();
const DOMAIN = 'demo.kakehashi.org';

describe('eligibility routes', () => {
  const app = () => harness.app;
  it('gives a call\'s staff the whole report, and refuses applicants and the signed-out', async () => {
    const anr = await signInAs(app(), `officer.anr@${DOMAIN}`);
    const response = await app().inject({ method: 'GET', url: '/api/calls/SICORP-2025-JST-ANR/eligibility', headers: { cookie: anr.cookie } });
    expect(response.statusCode).toBe(200);
    const report = response.json<{ call: string; proposals: Array<{ ref: string; eligible: boolean; failures: Array<{ rule: string }> }> }>();
    expect(report.proposals.filter((proposal) => !proposal.eligible).map((proposal) => proposal.ref)).toEqual(['SIC25-009', 'SIC25-010']);

    const applicant = await signInAs(app(), `applicant@${DOMAIN}`);
    const forbidden = await app().inject({ method: 'GET', url: '/api/calls/SICORP-2025-JST-ANR/eligibility', headers: { cookie: applicant.cookie } });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json<{ error: { code: string } }>().error.code).toBe('FORBIDDEN');
    expect((await app().inject({ method: 'GET', url: '/api/calls/SICORP-2025-JST-ANR/eligibility' })).statusCode).toBe(401);
    expect((await app().inject({ method: 'GET', url: '/api/calls/NO-SUCH/eligibility', headers: { cookie: anr.cookie } })).statusCode).toBe(404);
  });

  it('shows a proposal\'s eligibility to its own applicants and to staff, and hides others\' proposals', async () => {
    const applicant = await signInAs(app(), `applicant@${DOMAIN}`);
    const own = await app().inject({ method: 'GET', url: '/api/proposals/SIC25-001/eligibility', headers: { cookie: applicant.cookie } });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual({ ref: 'SIC25-001', eligible: true, failures: [] });
    const other = await app().inject({ method: 'GET', url: '/api/proposals/SIC25-009/eligibility', headers: { cookie: applicant.cookie } });
    expect(other.statusCode).toBe(404);
    const officer = await signInAs(app(), `po.jst@${DOMAIN}`);
    const staff = await app().inject({ method: 'GET', url: '/api/proposals/SIC25-009/eligibility', headers: { cookie: officer.cookie } });
    expect(staff.statusCode).toBe(200);
    expect(staff.json<{ failures: Array<{ rule: string; message: { en: string; ja: string } }> }>().failures[0]).toMatchObject({ rule: 'budget_within_cap', message: { en: expect.stringContaining('ANR FY2026') } });
  });
});
