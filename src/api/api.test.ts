import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { signInAs, useTestApp } from '../../test/support/build-test-app.js';

const context = useTestApp();
const demo = (name: string) => `${name}@demo.kakehashi.org`;

async function get(url: string, email: string) {
  const session = await signInAs(context.app, demo(email));
  return context.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
}

describe('health and documentation', () => {
  it('answers /healthz when the database answers', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('serves OpenAPI generated from the zod schemas', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/calls', '/api/proposals/{ref}', '/api/calls/{code}/reports/proposals']));
  });

  it('serves the web UI for deep links a browser opens', async () => {
    const page = await context.app.inject({ method: 'GET', url: '/calls/ASPIRE-2022-TRIAL/statistics', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('answers unknown API paths with a bilingual NOT_FOUND', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
    expect(response.json().error.message.ja).toContain('見つかりません');
  });
});

describe('sign-in and sessions', () => {
  it('rejects a wrong password the same way as an unknown email, in both languages', async () => {
    const wrong = await context.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: demo('admin'), password: 'nope' } });
    const unknown = await context.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.org', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: { en: expect.stringContaining('not correct'), ja: expect.stringContaining('正しくありません') } });
  });

  it('validates the body and names the field', async () => {
    const response = await context.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'not-an-email', password: '' } });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('sets an HTTP-only, SameSite session cookie and requires the CSRF token to change state', async () => {
    const login = await context.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: demo('po.jst'), password: 'kakehashi-demo' } });
    const cookie = login.cookies.find((item) => item.name === 'kakehashi_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 });
    const header = `kakehashi_session=${cookie?.value}`;
    const me = await context.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: header } });
    expect(me.json().user).toMatchObject({ email: demo('po.jst'), roles: [{ role: 'programme_officer', agency: 'JST' }] });
    const forged = await context.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: { cookie: header }, payload: { locale: 'en' } });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const genuine = await context.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: { cookie: header, 'x-csrf-token': login.json().csrfToken }, payload: { locale: 'en' } });
    expect(genuine.json().user.locale).toBe('en');
    const logout = await context.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: header, 'x-csrf-token': login.json().csrfToken } });
    expect(logout.statusCode).toBe(204);
    expect((await context.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: header } })).statusCode).toBe(401);
  });

  it('refuses everything but sign-in without a session', async () => {
    for (const url of ['/api/calls', '/api/proposals', '/api/agencies', '/api/calls/ASPIRE-2022-TRIAL/reports/proposals?by=field']) {
      const response = await context.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('who sees what', () => {
  it('shows a JST officer every proposal of JST\'s calls', async () => {
    const response = await get('/api/proposals?pageSize=200', 'po.jst');
    expect(response.json().total).toBe(55);
  });

  it('shows the ANR partner officer the joint call only', async () => {
    const response = await get('/api/proposals?pageSize=200', 'officer.anr');
    const calls = new Set(response.json().items.map((item: { call: string }) => item.call));
    expect([...calls]).toEqual(['SICORP-2025-JST-ANR']);
    expect(response.json().total).toBe(12);
    expect((await get('/api/calls/ASPIRE-2022-TRIAL/reports/proposals?by=field', 'officer.anr')).statusCode).toBe(403);
  });

  it('shows an applicant only the proposals they are on, and hides others as not found', async () => {
    const mine = await get('/api/proposals', 'applicant');
    expect(mine.json().items.map((item: { ref: string }) => item.ref).sort()).toEqual(['ASP22-038', 'SIC25-001']);
    expect((await get('/api/proposals/SIC25-001', 'applicant')).statusCode).toBe(200);
    const other = await get('/api/proposals/SIC25-002', 'applicant');
    expect(other.statusCode).toBe(404);
    expect(other.json().error).toMatchObject({ code: 'NOT_FOUND', message: { en: 'There is no proposal "SIC25-002".', ja: '提案「SIC25-002」は見つかりません。' } });
  });

  it('filters, sorts and pages proposals', async () => {
    const response = await get('/api/proposals?call=ASPIRE-2022-TRIAL&partnerCountry=US&sort=partnerAgency&order=desc&page=2&pageSize=5', 'po.jst');
    const body = response.json();
    expect(body.total).toBe(18);
    expect(body.page).toBe(2);
    expect(body.items).toHaveLength(5);
    const agencies = body.items.map((item: { partnerAgency: string }) => item.partnerAgency);
    expect([...agencies].sort().reverse()).toEqual(agencies);
    const selected = await get('/api/proposals?call=ASPIRE-2022-TRIAL&decision=selected&field=materials', 'po.jst');
    expect(selected.json().total).toBe(2);
    const bad = await get('/api/proposals?sort=budget&pageSize=1000', 'po.jst');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['querystring.pageSize', 'querystring.sort']);
  });

  it('shows a proposal with its teams, budgets in minor units, funding and exchanges', async () => {
    const response = await get('/api/proposals/SIC25-001', 'officer.anr');
    const proposal = response.json();
    expect(proposal.teams.map((team: { role: string; agency: string }) => [team.role, team.agency])).toEqual([['lead', 'JST'], ['partner', 'ANR']]);
    expect(proposal.teams[1].budget[0].amount.currency).toBe('EUR');
    expect(Number.isInteger(proposal.teams[1].budget[0].amount.amount)).toBe(true);
    expect(proposal.teams[1].funding[0].agency).toBe('ANR');
  });
});

describe('finding calls', () => {
  it('narrows the calls list by state, field, agency, partner country and deadline window', async () => {
    const codes = async (query: string) => (await get(`/api/calls?${query}`, 'applicant')).json().items.map((call: { code: string }) => call.code).sort();
    expect(await codes('')).toEqual(['ASPIRE-2022-TRIAL', 'SICORP-2025-JST-ANR']);
    expect(await codes('status=decided')).toEqual(['ASPIRE-2022-TRIAL']);
    expect(await codes('agency=NSF')).toEqual(['ASPIRE-2022-TRIAL']);
    expect(await codes('agency=ANR&field=energy')).toEqual(['ASPIRE-2022-TRIAL', 'SICORP-2025-JST-ANR']);
    expect(await codes('partnerCountry=US')).toEqual(['ASPIRE-2022-TRIAL']);
    expect(await codes('field=quantum')).toEqual(['ASPIRE-2022-TRIAL']);
    expect(await codes('deadlineFrom=2025-01-01')).toEqual(['SICORP-2025-JST-ANR']);
    expect(await codes('deadlineTo=2022-11-30')).toEqual(['ASPIRE-2022-TRIAL']);
    const bad = await get('/api/calls?deadlineFrom=30-11-2022', 'applicant');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('querystring.deadlineFrom');
  });
});

describe('call statistics', () => {
  it('returns the seed-003 table with display names in both languages', async () => {
    const response = await get('/api/calls/ASPIRE-2022-TRIAL/reports/proposals?by=partner-country,partner-agency', 'analyst');
    const body = response.json();
    expect(body.total).toEqual({ proposals: 43, selected: 7 });
    expect(body.rows).toContainEqual({ 'partner-country': 'US', 'partner-agency': 'NSF', proposals: 10, selected: 1 });
    expect(body.labels['partner-country'].US).toEqual({ en: 'United States of America', ja: 'アメリカ合衆国' });
    expect(body.labels['partner-agency'].NSF.en).toBe('U.S. National Science Foundation');
  });

  it('downloads CSV in the reader\'s language and a real XLSX', async () => {
    const csv = await get('/api/calls/ASPIRE-2022-TRIAL/reports/proposals?by=field&format=csv&lang=ja', 'po.jst');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('ASPIRE-2022-TRIAL-proposals-by-field.csv');
    expect(csv.body).toContain('量子,quantum,6,1');
    expect(csv.body.trim().split('\n').at(-1)).toBe('合計,,43,7');
    const xlsx = await get('/api/calls/ASPIRE-2022-TRIAL/reports/proposals?by=field&format=xlsx&lang=en', 'po.jst');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Field', 'Field (code)', 'Proposals', 'Selected']);
    const quantum = sheet?.getRows(2, 7)?.find((row) => row.getCell(2).value === 'quantum');
    expect(quantum?.getCell(3).value).toBe(6);
  });
});

