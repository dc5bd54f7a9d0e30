/**
 * Search over 20,000 bilingual proposals (generated with varied Japanese and English titles,
 * abstracts and keywords): the p95 of many different queries through the proposals list (index,
 * ranking, visibility, page of 25 with the total), next to a plain ILIKE scan over the same texts
 * in the same run. On PGlite and, with DATABASE_URL, on a PostgreSQL server.
 */
import { sql } from 'kysely';
import type { DatabaseHandle } from '../src/db/create-db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { systemActor, type Actor } from '../src/domain/access/actor.js';
import { systemClock } from '../src/domain/time.js';
import { importBundle } from '../src/services/bundle/import-bundle.js';
import { listVisibleProposals } from '../src/services/proposals/view-proposals.js';
import { generateBundle } from '../test/support/generate-bundle.js';
import { benchEngines } from './bench-engines.js';
import { quantile, timed, type BenchRow } from './bench-row.js';

const PROPOSALS = 20_000;
const ROUNDS = 3;

// Different queries: Japanese words and compounds, English words and phrases, mixed, rare and common.
const QUERIES = [
  '量子', '量子コンピュータ', '電池', '全固体電池', '半導体', 'パワー半導体', '触媒', '薄膜', '脳イメージング', '海洋観測',
  '機械学習', '若手研究者', 'シミュレーション', '水素', '光ネットワーク', '遺伝子治療', '大規模言語モデル', 'カーボンニュートラル', 'ロボット', '無線通信',
  'quantum', 'quantum sensing', 'battery', 'batteries', 'protein design', 'edge AI', 'perovskite', 'semiconductors', 'hydrogen storage', 'carbon capture',
  'superconducting', 'language models', 'wireless', 'catalyst', 'thin films', 'brain', 'ocean', 'robot learning', 'fabrication', 'screening',
  'quantum 量子', '電池 battery', 'AI 触媒', 'extreme environments', 'national laboratories', '高齢化社会', 'その場観察', 'simulation theory', 'Project 1234', '本課題',
];

/** The baseline: every word as a substring of any text (ILIKE), same page and total. */
async function ilikeScan(handle: DatabaseHandle, query: string): Promise<number> {
  const words = query.split(/\s+/).filter(Boolean);
  const conditions = words.map((word) => {
    const pattern = `%${word.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
    return sql`(p.title_en ilike ${pattern} or p.title_ja ilike ${pattern} or p.abstract_en ilike ${pattern} or p.abstract_ja ilike ${pattern} or array_to_string(p.keywords, ' ') ilike ${pattern})`;
  });
  const rows = await sql<{ ref: string; total: number }>`
    select p.ref, (count(*) over ())::int as total from proposals p where ${sql.join(conditions, sql` and `)}
     order by p.ref limit 25`.execute(handle.db);
  return rows.rows[0]?.total ?? 0;
}

export async function runSearchBench(): Promise<BenchRow[]> {
  const bundle = generateBundle({ proposalCount: PROPOSALS, prefix: 'S', hasVariedTexts: true });
  const actor: Actor = systemActor('bench');
  // An officer of the lead agency: the visibility condition is part of what is measured.
  const officer: Actor = { kind: 'user', userId: 0, email: 'bench@example.org', personRef: null, roles: [{ role: 'programme_officer', agency: 'S-JST' }] };
  const rows: BenchRow[] = [];
  for (const engine of benchEngines()) {
    const { handle, dispose } = await engine.open();
    await migrateToLatest(handle.db);
    const ctx = { db: handle.db, clock: systemClock };
    const imported = await timed(() => importBundle(ctx, actor, bundle));
    process.stderr.write(`  ${engine.name}: imported and indexed in ${(imported.ms / 1000).toFixed(1)} s\n`);
    // Warm up: the tokenizer's dictionary and the first plans.
    await listVisibleProposals(ctx, officer, { q: QUERIES[0], order: 'asc', page: 1, pageSize: 25 });
    await ilikeScan(handle, QUERIES[0] ?? '');
    const indexed: number[] = [];
    const scanned: number[] = [];
    let matches = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of QUERIES) {
        const searched = await timed(() => listVisibleProposals(ctx, officer, { q, order: 'asc', page: 1, pageSize: 25 }));
        indexed.push(searched.ms);
        matches += searched.result.total;
        scanned.push((await timed(() => ilikeScan(handle, q))).ms);
      }
    }
    await dispose();
    const caseName = `search ${PROPOSALS.toLocaleString('en')} bilingual proposals, ${QUERIES.length} queries x ${ROUNDS}`;
    const baselineP95 = quantile(scanned, 0.95);
    rows.push({ case: caseName, variant: `${engine.name}: ILIKE scan (baseline), p50`, ms: quantile(scanned, 0.5), value: `p95 ${baselineP95.toFixed(1)} ms` });
    const p95 = quantile(indexed, 0.95);
    rows.push({
      case: caseName,
      variant: `${engine.name}: tokenized index, ranked, p50`,
      ms: quantile(indexed, 0.5),
      value: `p95 ${p95.toFixed(1)} ms (target < 100 ms); ${Math.round(matches / indexed.length)} matches per query`,
      ratio: `p95 ${(p95 / baselineP95).toFixed(2)}x baseline`,
    });
  }
  return rows;
}
