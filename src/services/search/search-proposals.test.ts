import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../domain/access/actor.js';
import { DEMO_APPLICANT } from '../../demo/demo-people.js';
import { makeJointCallBundle, uniquePrefix } from '../../../test/support/factories.js';
import { useTestDatabase } from '../../../test/support/test-db.js';
import { importBundle } from '../bundle/import-bundle.js';
import { loadDemo } from '../demo/load-demo.js';
import { listVisibleProposals, type ProposalListOptions } from '../proposals/view-proposals.js';

const database = useTestDatabase();
const admin = systemActor('test');
const applicant: Actor = { kind: 'user', userId: 0, email: 'applicant@test', personRef: DEMO_APPLICANT, roles: [{ role: 'applicant', agency: null }] };

async function search(actor: Actor, options: Partial<ProposalListOptions>) {
  return listVisibleProposals(database.ctx, actor, { order: 'asc', page: 1, pageSize: 200, ...options });
}

beforeAll(async () => {
  await loadDemo(database.ctx, systemActor('test'));
}, 120_000);

describe('searching the demo proposals', () => {
  it('finds 量子コンピュータ and 量子ビット for the query 量子', async () => {
    const page = await search(admin, { q: '量子' });
    const titles = page.items.map((item) => item.title.en);
    expect(titles).toContain('Error-corrected logical qubits in reconfigurable neutral-atom arrays');
    expect(titles).toContain('Quantum-limited amplifiers for superconducting qubit readout');
    expect(page.total).toBe(page.items.length);
    expect(titles).not.toContain('Glass-ceramic sulfide electrolytes for all-solid-state batteries');
  });

  it('finds "quantum sensing" for the query quantum, title matches first', async () => {
    const page = await search(admin, { q: 'quantum' });
    const titles = page.items.map((item) => item.title.en ?? '');
    expect(titles).toContain('Quantum sensing of neural magnetic fields with diamond NV ensembles');
    const firstWithoutInTitle = titles.findIndex((title) => !/quantum/i.test(title));
    const lastWithInTitle = titles.map((title) => /quantum/i.test(title)).lastIndexOf(true);
    expect(lastWithInTitle).toBeGreaterThanOrEqual(0);
    if (firstWithoutInTitle >= 0) expect(lastWithInTitle).toBeLessThan(firstWithoutInTitle);
  });

  it('finds Japanese compounds by a part and by the whole (全固体電池, 電池, リュードベリ原子)', async () => {
    const solidState = 'Glass-ceramic sulfide electrolytes for all-solid-state batteries';
    expect((await search(admin, { q: '全固体電池' })).items.map((item) => item.title.en)).toContain(solidState);
    expect((await search(admin, { q: '電池' })).items.map((item) => item.title.en)).toContain(solidState);
    const rydberg = (await search(admin, { q: 'リュードベリ原子' })).items.map((item) => item.title.en);
    expect(rydberg).toContain('Quantum simulation of frustrated magnets with Rydberg atom arrays');
    expect((await search(admin, { q: 'battery' })).items.map((item) => item.title.en)).toContain(solidState);
  });

  it('requires every word of the query (AND)', async () => {
    const both = await search(admin, { q: 'quantum 量子ビット' });
    const quantum = await search(admin, { q: 'quantum' });
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(quantum.total);
    for (const item of both.items) expect(quantum.items.map((match) => match.ref)).toContain(item.ref);
  });

  it('combines the search with filters', async () => {
    const all = await search(admin, { q: 'quantum' });
    const filtered = await search(admin, { q: 'quantum', field: 'quantum', decision: 'selected' });
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(all.total);
    expect(filtered.items.every((item) => item.field === 'quantum' && item.decision === 'selected')).toBe(true);
    const sorted = await search(admin, { q: 'quantum', sort: 'ref', order: 'desc' });
    expect(sorted.items.map((item) => item.ref)).toEqual(all.items.map((item) => item.ref).sort().reverse());
  });

  it('pages through ranked results with the full total', async () => {
    const all = await search(admin, { q: 'quantum' });
    const second = await search(admin, { q: 'quantum', page: 2, pageSize: 3 });
    expect(second.total).toBe(all.total);
    expect(second.items.map((item) => item.ref)).toEqual(all.items.slice(3, 6).map((item) => item.ref));
  });

  it("never shows an applicant another team's proposal", async () => {
    const own = new Set((await search(applicant, {})).items.map((item) => item.ref));
    expect(own.size).toBeGreaterThan(0);
    for (const q of ['quantum', '量子', 'Rydberg', '研究', 'materials']) {
      const everyone = await search(admin, { q });
      const mine = await search(applicant, { q });
      expect(everyone.total).toBeGreaterThan(mine.total);
      for (const item of mine.items) expect(own).toContain(item.ref);
    }
  });

  it('finds nothing for text without a searchable word, and everything for no text', async () => {
    expect(await search(admin, { q: 'の を に' })).toEqual({ items: [], total: 0 });
    expect((await search(admin, { q: '  ' })).total).toBe((await search(admin, {})).total);
  });
});

describe('the index follows imports', () => {
  it('ranks a title match above an abstract match and re-indexes a changed proposal', async () => {
    const prefix = uniquePrefix();
    const bundle = makeJointCallBundle(prefix);
    const [first, second] = bundle.proposals ?? [];
    if (!first || !second) throw new Error('the factory makes at least two proposals');
    first.title = { en: 'Coastal monitoring networks', ja: '沿岸観測網' };
    first.abstract = { en: 'We study perovskite sensors along the coast.', ja: 'ペロブスカイト型センサを沿岸に配置する。' };
    second.title = { en: 'Perovskite solar cells at scale', ja: 'ペロブスカイト太陽電池の大面積化' };
    second.abstract = { en: 'Scaling up printed cells.', ja: '印刷型セルの大型化。' };
    await importBundle(database.ctx, admin, bundle);

    for (const q of ['perovskite', 'ペロブスカイト']) {
      const refs = (await search(admin, { q, call: `${prefix}-CALL` })).items.map((item) => item.ref);
      expect(refs).toEqual([second.ref, first.ref]);
    }

    second.title = { en: 'Tandem solar cells at scale', ja: 'タンデム太陽電池の大面積化' };
    await importBundle(database.ctx, admin, bundle);
    expect((await search(admin, { q: 'perovskite', call: `${prefix}-CALL` })).items.map((item) => item.ref)).toEqual([first.ref]);
    expect((await search(admin, { q: 'tandem', call: `${prefix}-CALL` })).items.map((item) => item.ref)).toEqual([second.ref]);
  });
});
