import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../contracts/search.schemas.js';
import { ASPIRE_CALL } from '../../demo/aspire-2022-trial.js';
import { SICORP_CALL } from '../../demo/sicorp-jst-anr.js';
import { signInAs, useTestApp } from '../../../test/support/build-test-app.js';

const harness = useTestApp();
const DOMAIN = 'demo.kakehashi.org';

async function get(url: string, email?: string) {
  const headers = email ? { cookie: (await signInAs(harness.app, email)).cookie } : {};
  return harness.app.inject({ method: 'GET', url, headers });
}

describe('GET /api/calls?q=', () => {
  it('finds calls by Japanese and English words, most relevant first', async () => {
    const energy = await get(`/api/calls?q=${encodeURIComponent('エネルギー')}`, `applicant@${DOMAIN}`);
    expect(energy.statusCode).toBe(200);
    expect(energy.json<{ items: Array<{ code: string }> }>().items.map((call) => call.code)).toEqual([SICORP_CALL]);
    const trial = await get('/api/calls?q=trial', `applicant@${DOMAIN}`);
    expect(trial.json<{ items: Array<{ code: string }> }>().items.map((call) => call.code)).toEqual([ASPIRE_CALL]);
    const all = await get('/api/calls', `applicant@${DOMAIN}`);
    expect(all.json<{ items: unknown[] }>().items.length).toBeGreaterThanOrEqual(2);
  });
});

describe('GET /api/proposals?q=', () => {
  it('ranks by relevance unless a sort is asked for, and keeps to what the officer may see', async () => {
    const ranked = await get(`/api/proposals?q=${encodeURIComponent('量子')}&pageSize=200`, `po.jst@${DOMAIN}`);
    expect(ranked.statusCode).toBe(200);
    const items = ranked.json<{ items: Array<{ ref: string; title: { ja: string | null } }>; total: number }>().items;
    expect(items.length).toBeGreaterThan(3);
    expect(items[0]?.title.ja).toContain('量子');
    const byRef = await get(`/api/proposals?q=${encodeURIComponent('量子')}&pageSize=200&sort=ref`, `po.jst@${DOMAIN}`);
    const refs = byRef.json<{ items: Array<{ ref: string }> }>().items.map((item) => item.ref);
    expect(refs).toEqual([...refs].sort());
    expect(new Set(refs)).toEqual(new Set(items.map((item) => item.ref)));
  });
});

describe('GET /api/search', () => {
  it('returns proposals and calls, the applicant seeing only their own proposals', async () => {
    const officer = await get(`/api/search?q=${encodeURIComponent('AI')}`, `po.jst@${DOMAIN}`);
    expect(officer.statusCode).toBe(200);
    const seen = officer.json<SearchResponse>();
    expect(seen.calls.items.map((call) => call.key)).toContain(SICORP_CALL);
    expect(seen.proposals.total).toBeGreaterThan(1);

    const applicant = await get(`/api/search?q=${encodeURIComponent('AI')}&type=proposal&limit=50`, `applicant@${DOMAIN}`);
    const own = await get('/api/proposals?pageSize=200', `applicant@${DOMAIN}`);
    const ownRefs = own.json<{ items: Array<{ ref: string }> }>().items.map((item) => item.ref);
    const found = applicant.json<SearchResponse>();
    expect(found.calls).toEqual({ items: [], total: 0 });
    expect(found.proposals.total).toBeLessThan(seen.proposals.total);
    for (const hit of found.proposals.items) expect(ownRefs).toContain(hit.key);
  });

  it('rejects a missing query and an anonymous reader', async () => {
    expect((await get('/api/search', `applicant@${DOMAIN}`)).statusCode).toBe(400);
    expect((await get('/api/search?q=quantum')).statusCode).toBe(401);
  });
});
